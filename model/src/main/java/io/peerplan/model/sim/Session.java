package io.peerplan.model.sim;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Ip;
import io.peerplan.model.NeighborConfig;

/**
 * One BGP session as the simulator sees it: a peering between two elements, or, for a cluster
 * end, between the router and one node's speaker. {@code problem} says why the two ends cannot
 * establish it (null when they agree); {@code listener} is the router accepting it through a
 * listen range, whose {@code bgp listen limit} may still refuse it.
 */
final class Session {
    final int index;
    final String id;
    final String peering;
    final Speaker a;
    final Speaker b;
    /** a's address as b knows it, and the reverse. */
    final Ip addressA;
    final Ip addressB;
    final long asA;
    final long asB;
    /** Each end's effective neighbor settings (EMPTY for a node end). */
    final NeighborConfig configA;
    final NeighborConfig configB;
    /** The BGPPeer when one end is a node. */
    final BgpPeer bgpPeer;
    final boolean ibgp;
    final String problem;
    final Speaker listener;
    final Detection detection;
    Adjacency ab;
    Adjacency ba;

    Session(int index, String id, String peering, Speaker a, Speaker b, Ip addressA, Ip addressB, long asA, long asB,
            NeighborConfig configA, NeighborConfig configB, BgpPeer bgpPeer, String problem, Speaker listener,
            Detection detection) {
        this.index = index;
        this.id = id;
        this.peering = peering;
        this.a = a;
        this.b = b;
        this.addressA = addressA;
        this.addressB = addressB;
        this.asA = asA;
        this.asB = asB;
        this.configA = configA;
        this.configB = configB;
        this.bgpPeer = bgpPeer;
        this.ibgp = asA == asB;
        this.problem = problem;
        this.listener = listener;
        this.detection = detection;
    }

    /** The address of the end that dials in (the one a listen range must contain). */
    Ip dialerAddress() {
        return listener == a ? addressB : addressA;
    }

    boolean touches(Speaker s) {
        return a == s || b == s;
    }
}
