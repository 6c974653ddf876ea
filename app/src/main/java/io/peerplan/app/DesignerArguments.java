package io.peerplan.app;

import io.peerplan.app.cli.ExitCodes;
import io.peerplan.app.cli.PeerplanCommand;
import io.peerplan.app.ui.DesignerLauncher;
import io.peerplan.app.ui.StartupProbe;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The command lines that open the designer: {@code peerplan [--probe-startup] [FILE|sample:NAME]}.
 *
 * <p>{@link #of} recognises them without picocli, whose model of every subcommand (built by reflection,
 * from classes too old for the JVM's ahead-of-time cache) costs about 250 ms of the designer's cold
 * start (docs/benchmarks.md, "Distribution"). It claims only what picocli would read the same way: the
 * flag at most once, at most one project that is neither an option, a subcommand nor an {@code @file};
 * anything else, including every mistake, goes to picocli and gets its messages. The subcommand names
 * come from {@link PeerplanCommand#SUBCOMMANDS}, so the two cannot drift apart.
 */
public record DesignerArguments(String project, boolean probeStartup) {
    static final String PROBE_FLAG = PeerplanCommand.PROBE_FLAG;

    /** The designer's arguments, or empty when {@code args} are for picocli. */
    public static Optional<DesignerArguments> of(String... args) {
        String project = null;
        boolean probe = false;
        for (String arg : args) {
            if (arg.equals(PROBE_FLAG) && !probe) {
                probe = true;
            } else if (project == null && !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@")
                    && !subcommands().contains(arg)) {
                project = arg;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new DesignerArguments(project, probe));
    }

    /** Opens the designer (measuring its start when probing); returns the exit code. */
    public int run() {
        return open(project, probeStartup);
    }

    /** The CLI's {@link io.peerplan.app.cli.Designer}: picocli read the arguments. */
    static int open(String project, boolean probeStartup) {
        return probeStartup ? StartupProbe.measure(() -> launch(project), System.out::println) : launch(project);
    }

    private static int launch(String project) {
        return DesignerLauncher.launch(project) ? ExitCodes.OK : ExitCodes.INPUT_ERRORS;
    }

    static Set<String> subcommands() {
        return PeerplanCommand.SUBCOMMANDS.stream().map(PeerplanCommand.Subcommand::name).collect(Collectors.toSet());
    }
}
