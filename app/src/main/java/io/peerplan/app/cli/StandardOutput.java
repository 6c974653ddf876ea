package io.peerplan.app.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output as the CLI's writer, which also lets a command that writes a large
 * UTF-8 document (simulate's JSON, hundreds of MB at 10× the scale topology) hand bytes straight to
 * the stream instead of turning them into chars and encoding them back.
 */
final class StandardOutput extends PrintWriter {
    private final PrintStream stream;

    StandardOutput(PrintStream stream) {
        super(stream, true);
        this.stream = stream;
    }

    /**
     * The byte stream under {@code out} when it is the standard output and encodes as UTF-8 (the bytes
     * are then those the writer would have made), after flushing what {@code out} holds; else null.
     */
    static OutputStream utf8Bytes(PrintWriter out) {
        if (out instanceof StandardOutput std && StandardCharsets.UTF_8.equals(std.stream.charset())) {
            std.flush();
            return std.stream;
        }
        return null;
    }
}
