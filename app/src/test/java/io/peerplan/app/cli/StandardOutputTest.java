package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * simulate's JSON handed to standard output as bytes is, byte for byte, the text the command writes
 * through a writer (what the pinned outputs compare), ending with a line break; non-UTF-8 standard
 * output keeps the writer.
 */
class StandardOutputTest {

    @ParameterizedTest
    @ValueSource(strings = {"sample:two-dc-anycast", "sample:homelab-openwrt-quagga", "sample:mikrotik-core"})
    void jsonAsBytesIsTheWritersText(String sample) {
        for (List<String> args : List.of(List.of("simulate", "--format", "json", sample),
                List.of("simulate", "--format", "json", "--tables", sample))) {
            StringWriter text = new StringWriter();
            int viaWriter = PeerplanCommand.run(new PrintWriter(text, true), new PrintWriter(new StringWriter(), true),
                    args.toArray(String[]::new));

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            StandardOutput stdout = new StandardOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(StandardOutput.utf8Bytes(stdout)).isNotNull();
            int viaBytes = PeerplanCommand.run(stdout, new PrintWriter(new StringWriter(), true), args.toArray(String[]::new));

            assertThat(viaBytes).isEqualTo(viaWriter);
            assertThat(text.toString()).endsWith("}" + System.lineSeparator());
            assertThat(bytes.toByteArray()).as("%s", args).isEqualTo(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"US-ASCII", "ISO-8859-1"})
    void anotherEncodingKeepsTheWriter(String charset) throws Exception {
        StandardOutput stdout = new StandardOutput(new PrintStream(new ByteArrayOutputStream(), true, charset));
        assertThat(StandardOutput.utf8Bytes(stdout)).isNull();
        assertThat(StandardOutput.utf8Bytes(new PrintWriter(new StringWriter()))).isNull();
    }
}
