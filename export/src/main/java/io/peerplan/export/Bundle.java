package io.peerplan.export;

import java.util.List;
import java.util.Optional;

/**
 * A config bundle: files by path (one directory per device or cluster, a README.md at the top) and
 * the warnings about what could not be expressed, each naming its element.
 */
public record Bundle(List<ExportFile> files, List<String> warnings) {
    public Bundle {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public Optional<ExportFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
