package io.peerplan.app;

import io.peerplan.app.cli.PeerplanCommand;

/**
 * The one launcher: {@code peerplan} with no arguments (or only a file) opens the designer; with a
 * subcommand it runs headless. Deliberately not an {@code Application} subclass, so the CLI never
 * initialises JavaFX (stack.md).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (VersionArgument.matches(args)) {
            ProcessExit.exit(VersionArgument.print(new java.io.PrintWriter(System.out, true)));
            return;
        }
        // The designer's own arguments skip picocli (DesignerArguments says why); the rest is the CLI.
        ProcessExit.exit(DesignerArguments.of(args).map(DesignerArguments::run).orElseGet(() -> PeerplanCommand.run(DesignerArguments::open, args)));
    }
}
