package io.peerplan.export;

import io.peerplan.export.text.ShellQuote;
import io.peerplan.export.text.UnwritableValueException;
import io.peerplan.model.Cluster;
import io.peerplan.model.Management;
import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.validate.input.CommandPrefix;
import java.util.List;

/** The README's per-directory sections: where each file goes and the exact commands that apply it. */
final class ApplySteps {
    private ApplySteps() {
    }

    static void router(StringBuilder b, TopologyIndex index, Router r, BundleEntry e, ExportOptions o) {
        RouterExporter exporter = RouterExporters.of(e.platform());
        Management m = r.management();
        boolean known = m != null && m.host() != null;
        // ssh/scp destination; ROUTER when the design does not say how to reach the device.
        String login = known ? (m.user() == null ? "" : m.user() + "@") + m.host() : "ROUTER";
        // Every word of a generated shell line goes through ShellQuote: the reader pastes these lines into a shell.
        String sudo = m != null && exporter.shellLogin() ? prefix(m.commandPrefix()) : "";
        String port = m != null && m.port() != null && m.port() != 22 ? " -P " + m.port() : "";
        String sshPort = m != null && m.port() != null && m.port() != 22 ? " -p " + m.port() : "";
        b.append("## ").append(r.id()).append(" (").append(e.format()).append(")\n\n");
        b.append("Log in with `ssh").append(sshPort).append(' ').append(ShellQuote.quote(login))
                .append("`; the commands run there").append(sudo.isEmpty() ? "" : " with `" + sudo.strip() + "`").append(".\n\n");
        exporter.applySteps(new ApplyContext(index, r, o, e.files(), login, sudo, port), b);
        if (!known) {
            b.append("The design has no management address for ").append(r.id()).append("; replace `ROUTER` with it.\n\n");
        }
    }

    /** The command prefix's words, quoted, with a trailing space; empty without one. */
    private static String prefix(String commandPrefix) {
        List<String> words = CommandPrefix.parse(commandPrefix).orElseThrow(() -> new UnwritableValueException(
                "a shell command line", commandPrefix, "is not an allowed command prefix (" + CommandPrefix.DESCRIPTION + ")"));
        return words.isEmpty() ? "" : ShellQuote.join(words) + " ";
    }

    static void cluster(StringBuilder b, Cluster c, BundleEntry e) {
        b.append("## ").append(c.id()).append(" (").append(e.format()).append(")\n\n");
        ClusterExporters.of(e.speaker()).applySteps(c, e.style(), e.files(), b);
    }
}
