package io.peerplan.app.design;

/**
 * What a selection key names. The first seven carry a topology-wide id ({@link io.peerplan.model.ElementKind});
 * address pools, services and the other MetalLB objects live inside a cluster and are named by {@link Refs}.
 */
public enum Kind {
    REGION, NETWORK, ROUTER, VANTAGE, CLUSTER, NODE, PEERING, POOL, SERVICE,
    /** A cluster's MetalLB objects edited one at a time ({@link MetalLbList}). */
    BGP_PEER, ADVERTISEMENT, COMMUNITY, METALLB_BFD, L2_ADVERTISEMENT, SECRET;

    /** True for the elements that sit on the canvas by themselves and have a layout position. */
    public boolean isPlaced() {
        return this == NETWORK || this == ROUTER || this == VANTAGE || this == CLUSTER;
    }

    /** True for the elements a peering can end on. */
    public boolean isPeeringEnd() {
        return this == ROUTER || this == VANTAGE || this == CLUSTER;
    }
}
