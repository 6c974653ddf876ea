package io.peerplan.model.sim;

/**
 * Where a path came from, as FRR's {@code bgp_path_info->peer} tells it: the adjacency, the
 * neighbor, its type, AS, address and router-id. One per adjacency, shared by every route that
 * crosses it, so that a route carries one reference instead of six fields.
 */
record Source(int adjacency, int speaker, boolean ebgp, long neighborAs, int peerAddress, int peerRouterId) {
    /** Locally originated: FRR's peer_self, which sorts as internal. */
    static final Source LOCAL = new Source(-1, -1, false, -1, 0, 0);
}
