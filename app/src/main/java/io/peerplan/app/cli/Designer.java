package io.peerplan.app.cli;

/**
 * How {@code peerplan [FILE]} opens the designer without the CLI linking it: the launcher
 * ({@code io.peerplan.app.Main}) passes one in, so the headless commands never load a JavaFX class.
 */
@FunctionalInterface
public interface Designer {
    /** Used where no designer is wired in (tests of the headless commands). */
    Designer NONE = (project, probeStartup) -> {
        System.err.println("peerplan: the designer is not available here; use a subcommand (peerplan --help)");
        return ExitCodes.USAGE;
    };

    /** Opens the designer, optionally on a project, and returns the process's exit code when it closes. */
    int open(String project, boolean probeStartup);
}
