package io.peerplan.export.push;

import io.peerplan.model.Management;

/**
 * The vtysh command line that the push runs on a managed FRR router, for other readers of the
 * device (the designer's live state): the router's {@code commandPrefix} (e.g. {@code sudo -n}),
 * {@code -N PATHSPACE} when FRR runs with one, every argument quoted and every value validated, as
 * {@link FrrCommands} builds it, so a read logs in and runs exactly as a push does.
 */
public final class VtyshCommand {
    private VtyshCommand() {
    }

    /** {@code [prefix] vtysh [-N ns] -c COMMAND}; throws with the element's name when a setting is unsafe. */
    public static String of(String element, Management management, String user, String command) throws PushFailure {
        return new FrrCommands(element, management, user).vtysh(command);
    }
}
