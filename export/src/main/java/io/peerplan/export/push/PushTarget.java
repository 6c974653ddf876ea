package io.peerplan.export.push;

import java.util.List;

/**
 * One device of a push plan: a router (its config goes through vtysh and frr-reload.py on FRR, vtysh
 * and the daemons' files on Quagga) or a cluster (its MetalLB objects go through kubectl on the
 * management host).
 *
 * @param login             {@code user@host:port} of the management login, or null
 * @param commandPrefix     the words every remote command starts with ({@code sudo -n}); empty for none
 * @param unsupportedReason why Peerplan will not push this device, or null when it will
 * @param steps             what runs on the device, by its driver
 */
public record PushTarget(String id, String name, Kind kind, String platform, String login, List<String> commandPrefix,
        String unsupportedReason, Steps steps) {

    /**
     * The commands a push runs on the device, as the plan shows them: the read-only part a dry run
     * stops after, and the part that changes the device.
     */
    public record Steps(String readOnly, String changing) {
        static final Steps FRR = new Steps("mktemp -d, vtysh -c 'show version' (FRR check), upload the candidate over SFTP, vtysh -C -f (syntax check), "
                + "frr-reload.py --test (diff)",
                "show running-config (saved), frr-reload.py --reload, clear bgp * soft, verify sessions and prefixes; any failure after the save rolls back");
        static final Steps KUBECTL = new Steps("mktemp -d, upload the manifests over SFTP, kubectl diff --server-side",
                "kubectl get (saved), kubectl apply --server-side, verify; any failure after the save restores");

        /** A Quagga router: the restart named is the layout's ({@link QuaggaCommands#restartArgs}). */
        static Steps quagga(io.peerplan.model.QuaggaLayout layout) {
            String files = QuaggaCommands.CONF_DIR + "/zebra.conf and bgpd.conf";
            return new Steps("mktemp -d, upload zebra.conf and bgpd.conf over SFTP, bgpd -C -f and zebra -C -f (syntax check), "
                    + "vtysh -c 'show running-config' (diff)",
                    "show running-config and cp -p of " + files + " (saved), then vtysh configure commands and write memory, or, where the diff "
                            + "says a change cannot be applied live, " + files + " replaced and '" + String.join(" ", QuaggaCommands.restartArgs(layout))
                            + "', clear ip bgp * soft, verify sessions and prefixes; any failure after the save rolls back");
        }
    }

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
        String run = steps.readOnly() + (dryRun ? "" : ", " + steps.changing());
        return (dryRun ? "dry run, read-only: " : "") + run + runsAs();
    }

    /** {@code ; every command runs as 'sudo -n COMMAND'}, or empty without a prefix: the plan shows exactly what runs. */
    public String runsAs() {
        return commandPrefix.isEmpty() ? "" : "; every command runs as '" + String.join(" ", commandPrefix) + " COMMAND'";
    }

    /** One line for the plan shown before a push. */
    public String describe(boolean dryRun) {
        String what = kind == Kind.ROUTER ? platform + " router" : platform + " objects of cluster";
        return name + " [" + id + "] " + what + (login == null ? "" : " via " + login) + ": "
                + (supported() ? steps(dryRun) : "SKIPPED — " + unsupportedReason);
    }

    public String describe() {
        return describe(false);
    }
}
