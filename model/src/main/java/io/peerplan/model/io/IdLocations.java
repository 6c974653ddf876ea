package io.peerplan.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Map;
import java.util.Optional;

/**
 * Where each element's {@code id} is written in a project file, for reports that point at a line:
 * read by {@link BlockYaml} without SnakeYAML when the file is in its subset (a file Peerplan wrote
 * is). The caller reads other files with Jackson's YAML parser, as before; both give the line and
 * column (1-based) of the {@code id} key, for ids whose value is text, the first of a repeated id.
 */
public final class IdLocations {
    /** SnakeYAML's default limit of code points in a document; a longer text is left to the caller's parser, which stops there. */
    private static final int DEFAULT_CODE_POINT_LIMIT = 3 * 1024 * 1024;

    private IdLocations() {
    }

    /** The locations, or empty when the bytes are not UTF-8 text in {@link BlockYaml}'s subset. */
    public static Optional<Map<String, JsonLocation>> of(byte[] bytes) {
        if (bytes.length >= DEFAULT_CODE_POINT_LIMIT) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(BlockYaml.idLocations(Utf8Text.decode(bytes)));
        } catch (Utf8Text.NotText e) {
            return Optional.empty();
        }
    }
}
