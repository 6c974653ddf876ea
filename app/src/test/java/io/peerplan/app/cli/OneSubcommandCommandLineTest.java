package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A command line whose first word names a subcommand builds only that subcommand
 * ({@code PeerplanCommand.commandLine(root, args)}); it must answer exactly as the whole command line:
 * the same standard output, errors and exit code.
 */
class OneSubcommandCommandLineTest {

    static Stream<List<String>> commandLines() {
        List<List<String>> lines = new ArrayList<>();
        for (PeerplanCommand.Subcommand c : PeerplanCommand.SUBCOMMANDS) {
            String name = c.name();
            for (String flag : List.of("--help", "-V", "--no-such-option")) {
                lines.add(List.of(name, flag));
            }
        }
        lines.add(List.of("validate", "sample:two-dc-anycast"));
        lines.add(List.of("validate", "sample:two-dc-anycast", "extra"));
        lines.add(List.of("simulate", "sample:homelab-openwrt-quagga", "--fail", "nothing-here"));
        lines.add(List.of("show", "sample:mikrotik-core"));
        lines.add(List.of("export", "--help"));
        lines.add(List.of("lab", "up", "--help"));
        lines.add(List.of("help", "validate"));
        lines.add(List.of("valdate", "x.yaml"));
        lines.add(List.of("--help"));
        return lines.stream();
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void answersAsTheWholeCommandLine(List<String> line) {
        String[] args = line.toArray(String[]::new);
        StringWriter wholeOut = new StringWriter();
        StringWriter wholeErr = new StringWriter();
        int whole = PeerplanCommand.execute(PeerplanCommand.commandLine(), new PrintWriter(wholeOut, true),
                new PrintWriter(wholeErr, true), args);

        CliTestSupport.Result one = CliTestSupport.run(args);

        assertThat(one.out()).as("standard output of peerplan %s", line).isEqualTo(wholeOut.toString());
        assertThat(one.err()).as("errors of peerplan %s", line).isEqualTo(wholeErr.toString());
        assertThat(one.exitCode()).as("exit code of peerplan %s", line).isEqualTo(whole);
    }
}
