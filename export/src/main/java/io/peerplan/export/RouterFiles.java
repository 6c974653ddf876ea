package io.peerplan.export;

import java.util.List;

/**
 * What a {@link RouterExporter} rendered for one router: its files, with paths inside the router's
 * directory ({@code frr.conf}, {@code bgp.rsc}), and one sentence per thing the format could not express.
 */
public record RouterFiles(List<ExportFile> files, List<String> warnings) {
    public RouterFiles {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
