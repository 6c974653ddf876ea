package io.peerplan.model;

/** The kinds of element that carry a topology-wide id. */
public enum ElementKind {
    REGION, NETWORK, ROUTER, VANTAGE, CLUSTER, NODE, PEERING
}
