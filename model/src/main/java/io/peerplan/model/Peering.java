package io.peerplan.model;

/**
 * A BGP session between two ends. Each end holds its own settings, exactly as the two real configs
 * would, so that a mismatch (ASN, multihop, BFD, password) can be represented and reported rather
 * than made impossible. An end is a router, a vantage, or a cluster's MetalLB speakers.
 */
public record Peering(String id, End a, End b, String description) {

    /** The end on this element, or null. */
    public End endOf(String elementId) {
        if (a.element().equals(elementId)) {
            return a;
        }
        return b.element().equals(elementId) ? b : null;
    }

    /** The other end than the one on this element. */
    public End otherEnd(String elementId) {
        return a.element().equals(elementId) ? b : a;
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public Peering withId(String value) {
        return new Peering(value, a, b, description);
    }

    public Peering withA(End value) {
        return new Peering(id, value, b, description);
    }

    public Peering withB(End value) {
        return new Peering(id, a, value, description);
    }

    public Peering withDescription(String value) {
        return new Peering(id, a, b, value);
    }

    /**
     * One end of a session.
     *
     * @param element     the id of a router, vantage or cluster
     * @param peerAddress the address this end's config points at ({@code neighbor X}); null for a router
     *                    end that accepts the session through a listen range, and for a cluster end
     *                    (the BGPPeer holds it)
     * @param listenRange true when a router end accepts this session through {@code bgp listen range}
     *                    rather than a configured neighbor
     * @param config      a router or vantage end's neighbor settings
     * @param bgpPeer     a cluster end's MetalLB BGPPeer name
     */
    public record End(String element, Ip peerAddress, boolean listenRange, NeighborConfig config, String bgpPeer) {
        public End {
            config = config == null ? NeighborConfig.EMPTY : config;
        }

        public static End router(String element, Ip peerAddress, NeighborConfig config) {
            return new End(element, peerAddress, false, config, null);
        }

        public static End cluster(String element, String bgpPeer) {
            return new End(element, null, false, null, bgpPeer);
        }

        public boolean isCluster() {
            return bgpPeer != null;
        }

        public End withElement(String value) {
            return new End(value, peerAddress, listenRange, config, bgpPeer);
        }

        public End withPeerAddress(Ip value) {
            return new End(element, value, listenRange, config, bgpPeer);
        }

        public End withListenRange(boolean value) {
            return new End(element, peerAddress, value, config, bgpPeer);
        }

        public End withConfig(NeighborConfig value) {
            return new End(element, peerAddress, listenRange, value, bgpPeer);
        }
    }
}
