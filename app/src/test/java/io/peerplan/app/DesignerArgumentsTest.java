package io.peerplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.cli.PeerplanCommand;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParseResult;

/** The designer's fast path must read a command line exactly as picocli would, or leave it to picocli. */
class DesignerArgumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "sample:two-dc-anycast", "--probe-startup", "--probe-startup sample:two-dc-anycast",
        "my.peerplan.yaml --probe-startup", "designs/alfa.yaml"})
    void designerCommandLinesAreReadAsPicocliReadsThem(String line) {
        String[] args = split(line);
        Optional<DesignerArguments> fast = DesignerArguments.of(args);
        assertThat(fast).as("designer arguments: %s", line).isPresent();

        PeerplanCommand picocli = new PeerplanCommand();
        ParseResult parsed = PeerplanCommand.commandLine(picocli).parseArgs(args);
        assertThat(parsed.subcommand()).as("picocli sees no subcommand either").isNull();
        assertThat(fast.get().project()).isEqualTo(picocli.project());
        assertThat(fast.get().probeStartup()).isEqualTo(picocli.probeStartup());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate sample:two-dc-anycast", "help", "show", "--help", "-h", "-V", "--version",
        "sample:a sample:b", "--probe-startup --probe-startup", "--probe-startup=true", "@options.txt", "-x",
        "--", "sample:two-dc-anycast validate", "--unknown sample:two-dc-anycast"})
    void everythingElseGoesToPicocli(String line) {
        assertThat(DesignerArguments.of(split(line))).as("left to picocli: %s", line).isEmpty();
    }

    @Test
    void knowsEverySubcommandPicocliKnows() {
        assertThat(DesignerArguments.subcommands())
                .containsExactlyInAnyOrderElementsOf(PeerplanCommand.commandLine().getSubcommands().keySet());
    }

    private static String[] split(String line) {
        return line.isEmpty() ? new String[0] : line.split(" ");
    }
}
