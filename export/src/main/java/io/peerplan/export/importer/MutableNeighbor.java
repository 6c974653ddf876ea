package io.peerplan.export.importer;

import io.peerplan.model.NeighborConfig;

/** A neighbor or peer-group's settings while its lines are read, frozen into a {@link NeighborConfig}. */
final class MutableNeighbor {
    String remoteAs;
    Long localAs;
    String peerGroup;
    String description;
    String interfaceName;
    String updateSource;
    Integer ebgpMultihop;
    Boolean bfd;
    String bfdProfile;
    Integer keepalive;
    Integer hold;
    String passwordRef;
    String prefixListIn;
    String prefixListOut;
    String routeMapIn;
    String routeMapOut;
    Integer allowasIn;
    Boolean routeReflectorClient;
    Boolean nextHopSelf;
    Boolean defaultOriginate;
    Integer weight;
    Integer port;
    Boolean shutdown;
    /** The line that defined it, for notes. */
    int line;

    NeighborConfig freeze() {
        // A BFD profile implies BFD (vtysh prints "bfd" with every "bfd profile").
        Boolean bfdOn = Boolean.TRUE.equals(bfd) || bfdProfile != null ? Boolean.TRUE : null;
        return new NeighborConfig(remoteAs, localAs, peerGroup, description, interfaceName, updateSource, ebgpMultihop,
                bfdOn, bfdProfile, keepalive, hold, passwordRef,
                prefixListIn, prefixListOut, routeMapIn, routeMapOut, allowasIn, routeReflectorClient, nextHopSelf,
                defaultOriginate, weight, port, shutdown);
    }
}
