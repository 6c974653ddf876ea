package io.peerplan.model;

/** {@code neighbor NAME peer-group}: shared settings that member neighbors and listen ranges inherit. */
public record PeerGroup(String name, NeighborConfig config) {
    public PeerGroup {
        config = config == null ? NeighborConfig.EMPTY : config;
    }
}
