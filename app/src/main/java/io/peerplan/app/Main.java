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
        System.exit(PeerplanCommand.run(args));
    }
}
