package io.peerplan.export.push;

/**
 * One device of a push plan: a router (its config goes through vtysh and frr-reload.py) or a
 * cluster (its MetalLB objects go through kubectl on the management host).
 *
 * @param login             {@code user@host:port} of the management login, or null
 * @param unsupportedReason why Peerplan will not push this device, or null when it will
 */
public record PushTarget(String id, String name, Kind kind, String platform, String login, String unsupportedReason) {

    public enum Kind { ROUTER, CLUSTER }

    public boolean supported() {
        return unsupportedReason == null;
    }

    /** One line for the plan shown before a push. */
    public String describe() {
        String what = kind == Kind.ROUTER ? platform + " router" : "MetalLB objects of cluster";
        String how = kind == Kind.ROUTER ? "upload, vtysh -C -f, frr-reload.py --test, save, frr-reload.py --reload + soft clear, verify"
                : "kubectl diff, kubectl apply --server-side, verify";
        return name + " [" + id + "] " + what + (login == null ? "" : " via " + login) + ": "
                + (supported() ? how : "SKIPPED — " + unsupportedReason);
    }
}
