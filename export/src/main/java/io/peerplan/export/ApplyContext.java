package io.peerplan.export;

import io.peerplan.export.text.ShellQuote;
import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import java.util.List;

/**
 * What a {@link RouterExporter} needs to write a router's install steps in the README.
 *
 * @param files   the rendered files, named inside the router's directory
 * @param login   the ssh/scp destination ({@code user@host}, or {@code ROUTER} when the design has none)
 * @param sudo    the management commandPrefix's words, shell-quoted, followed by a space, or empty
 * @param scpPort {@code " -P PORT"} for a non-standard ssh port, or empty
 */
public record ApplyContext(TopologyIndex index, Router router, ExportOptions options, List<String> files, String login,
        String sudo, String scpPort) {
    public ApplyContext {
        files = List.copyOf(files);
    }

    /** The router's directory inside the bundle, with a trailing slash. */
    public String dir() {
        return router.id() + "/";
    }

    /** Where files are copied first: the login's {@code /tmp/}, as one quoted shell word. */
    public String scpTarget() {
        return remote("/tmp/");
    }

    /** {@code LOGIN:PATH} as one quoted shell word (scp's destination). */
    public String remote(String path) {
        return ShellQuote.quote(login + ":" + path);
    }

    /** A file of this router's directory as one quoted shell word. */
    public String path(String file) {
        return ShellQuote.quote(dir() + file);
    }
}
