package io.peerplan.export.push;

import java.util.List;

/**
 * One device of a push plan: a router (its config goes through vtysh and frr-reload.py) or a
 * cluster (its MetalLB objects go through kubectl on the management host).
 *
 * @param login             {@code user@host:port} of the management login, or null
 * @param commandPrefix     the words every remote command starts with ({@code sudo -n}); empty for none
 * @param unsupportedReason why Peerplan will not push this device, or null when it will
 */
public record PushTarget(String id, String name, Kind kind, String platform, String login, List<String> commandPrefix,
        String unsupportedReason) {

    public enum Kind { ROUTER, CLUSTER }

    public PushTarget {
        commandPrefix = List.copyOf(commandPrefix);
    }

    public boolean supported() {
        return unsupportedReason == null;
    }

    /**
     * The commands the push runs on the device, in order. A dry run stops after the diff: it writes
     * only into a private temporary directory (mktemp -d, removed afterwards) and runs only the
     * read-only checks listed, so it changes nothing on the device.
     */
    public String steps(boolean dryRun) {
        String run = kind == Kind.ROUTER
                ? "mktemp -d, vtysh -c 'show version' (FRR check), upload the candidate over SFTP, vtysh -C -f (syntax check), "
                        + "frr-reload.py --test (diff)"
                        + (dryRun ? "" : ", show running-config (saved), frr-reload.py --reload, clear bgp * soft, verify sessions and prefixes"
                                + "; any failure after the save rolls back")
                : "mktemp -d, upload the manifests over SFTP, kubectl diff --server-side"
                        + (dryRun ? "" : ", kubectl get (saved), kubectl apply --server-side, verify; any failure after the save restores");
        return (dryRun ? "dry run, read-only: " : "") + run + runsAs();
    }

    /** {@code ; every command runs as 'sudo -n COMMAND'}, or empty without a prefix: the plan shows exactly what runs. */
    public String runsAs() {
        return commandPrefix.isEmpty() ? "" : "; every command runs as '" + String.join(" ", commandPrefix) + " COMMAND'";
    }

    /** One line for the plan shown before a push. */
    public String describe(boolean dryRun) {
        String what = kind == Kind.ROUTER ? platform + " router" : "MetalLB objects of cluster";
        return name + " [" + id + "] " + what + (login == null ? "" : " via " + login) + ": "
                + (supported() ? steps(dryRun) : "SKIPPED — " + unsupportedReason);
    }

    public String describe() {
        return describe(false);
    }
}
