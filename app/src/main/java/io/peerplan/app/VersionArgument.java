package io.peerplan.app;

import io.peerplan.app.cli.ExitCodes;
import io.peerplan.app.cli.PeerplanCommand;
import java.io.PrintWriter;

/**
 * {@code peerplan --version} (or {@code -V}) on its own, answered without picocli: building picocli's
 * model of every subcommand by reflection, from class files too old for the JVM's ahead-of-time cache,
 * was most of the command's 0.7 s of CPU (docs/benchmarks.md, "Whole commands"). Only the exact
 * one-argument lines are claimed, and they print what picocli prints for them ({@link PeerplanCommand#VERSION},
 * one line, exit 0; {@code VersionArgumentTest} compares the two); any other line, such as
 * {@code validate --version}, goes to picocli.
 */
final class VersionArgument {
    private VersionArgument() {
    }

    /** Whether {@code args} only ask for the version. */
    static boolean matches(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** Prints the version as picocli's {@code printVersionHelp} does; returns the exit code. */
    static int print(PrintWriter out) {
        out.println(PeerplanCommand.VERSION);
        out.flush();
        return ExitCodes.OK;
    }
}
