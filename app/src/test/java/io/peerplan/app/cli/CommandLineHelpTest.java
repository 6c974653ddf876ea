package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help on every command, and a mistyped command or element id answered with the closest names. */
class CommandLineHelpTest {

    @Test
    void everySubcommandAnswersHelp() {
        List<List<String>> paths = new ArrayList<>();
        collect(PeerplanCommand.commandLine(), new ArrayList<>(), paths);
        assertThat(paths).hasSizeGreaterThan(10);
        for (List<String> path : paths) {
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(path);
                args.add(flag);
                CliTestSupport.Result r = CliTestSupport.run(args.toArray(String[]::new));
                assertThat(r.exitCode()).as("peerplan %s: %s", String.join(" ", args), r.err()).isZero();
                assertThat(r.out()).as("peerplan %s", String.join(" ", args))
                        .contains("Usage: peerplan " + String.join(" ", path));
            }
        }
    }

    @Test
    void aMistypedCommandSuggestsTheClosest() {
        CliTestSupport.Result alone = CliTestSupport.run("valdate");
        assertThat(alone.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(alone.err()).contains("'valdate' is not a command. Did you mean 'validate'?");
        CliTestSupport.Result withFile = CliTestSupport.run("simualte", "sample:two-dc-anycast");
        assertThat(withFile.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(withFile.err()).contains("Did you mean 'simulate'?");
    }

    @Test
    void anUnknownElementSuggestsTheClosestIds() {
        CliTestSupport.Result r = CliTestSupport.run("simulate", "sample:two-dc-anycast", "--fail", "antres");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no element 'antres' in two-dc-anycast. Did you mean 'antares'?");
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> out) {
        for (var sub : command.getSubcommands().entrySet()) {
            List<String> p = new ArrayList<>(path);
            p.add(sub.getKey());
            out.add(p);
            collect(sub.getValue(), p, out);
        }
    }
}
