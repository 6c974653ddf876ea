package io.peerplan.model.sim;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Ip;
import io.peerplan.model.NeighborConfig;

/**
 * One direction of an established session: routes flow from {@code from} to {@code to}. It holds
 * both ends' settings that apply in this direction: the sender's outbound config and the
 * receiver's inbound config, each already merged with its peer-group.
 */
final class Adjacency {
    final int index;
    final Session session;
    final Speaker from;
    final Speaker to;
    final boolean ibgp;
    /** The AS the sender speaks on this session (its {@code local-as}, or the BGPPeer's myASN). */
    final long fromAs;
    /** The AS the receiver speaks on this session: loop prevention checks it in the AS path. */
    final long toAs;
    /** The sender's address as the receiver knows it: the next hop it sets and the peer address. */
    final int fromAddress;
    final Ip fromAddressIp;
    /** The sender's neighbor settings for the receiver (EMPTY for a node or an unconfigured end). */
    final NeighborConfig exportConfig;
    /** The receiver's neighbor settings for the sender. */
    final NeighborConfig importConfig;
    /** The MetalLB BGPPeer of the session when the sender is a node. */
    final BgpPeer senderBgpPeer;
    /** The sender reflects to the receiver as to its route-reflector client. */
    final boolean toIsClient;
    /** The receiver treats the sender as its route-reflector client. */
    final boolean fromIsClient;

    Adjacency(int index, Session session, Speaker from, Speaker to, boolean ibgp, long fromAs, long toAs, Ip fromAddressIp,
            NeighborConfig exportConfig, NeighborConfig importConfig, BgpPeer senderBgpPeer) {
        this.index = index;
        this.session = session;
        this.from = from;
        this.to = to;
        this.ibgp = ibgp;
        this.fromAs = fromAs;
        this.toAs = toAs;
        this.fromAddressIp = fromAddressIp;
        this.fromAddress = V4.of(fromAddressIp);
        this.exportConfig = exportConfig;
        this.importConfig = importConfig;
        this.senderBgpPeer = senderBgpPeer;
        this.toIsClient = ibgp && Boolean.TRUE.equals(exportConfig.routeReflectorClient());
        this.fromIsClient = ibgp && Boolean.TRUE.equals(importConfig.routeReflectorClient());
    }

    /** {@code neighbor X weight N} on the receiver: the weight every route from the sender gets. */
    int importWeight() {
        return importConfig.weight() != null ? importConfig.weight() : 0;
    }

    boolean defaultOriginate() {
        return Boolean.TRUE.equals(exportConfig.defaultOriginate());
    }

    @Override
    public String toString() {
        return from.id + "->" + to.id;
    }
}
