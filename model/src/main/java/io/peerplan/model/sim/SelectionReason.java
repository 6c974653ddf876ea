package io.peerplan.model.sim;

/**
 * Why a best path won, with the exact words FRR prints under
 * {@code paths[].bestpath.selectionReason} in {@code show bgp ipv4 unicast PREFIX json}
 * (bgpd/bgp_route.c, {@code bgp_path_selection_reason2str}), so that a simulated RIB can be compared
 * with a real one word for word. The order is FRR's {@code enum bgp_path_selection_reason}, minus
 * the EVPN, AIGP, accept-own and confederation reasons, which Peerplan's designs never produce.
 */
public enum SelectionReason {
    /** No usable path: FRR's {@code bgp_path_selection_none}. */
    NONE("Nothing to Select"),
    FIRST("First path received"),
    WEIGHT("Weight"),
    LOCAL_PREF("Local Pref"),
    LOCAL_ROUTE("Local Route"),
    AS_PATH("AS Path"),
    ORIGIN("Origin"),
    MED("MED"),
    PEER_TYPE("Peer Type"),
    IGP_METRIC("IGP Metric"),
    OLDER_PATH("Older Path"),
    ROUTER_ID("Router ID"),
    CLUSTER_LENGTH("Cluster length"),
    LOCALLY_CONFIGURED("Locally configured route"),
    NEIGHBOR_IP("Neighbor IP"),
    NOTHING_LEFT("Nothing left to compare");

    private static final SelectionReason[] VALUES = values();

    private final String frrText;

    SelectionReason(String frrText) {
        this.frrText = frrText;
    }

    /** The string FRR prints. */
    public String frrText() {
        return frrText;
    }

    static SelectionReason ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    @Override
    public String toString() {
        return frrText;
    }
}
