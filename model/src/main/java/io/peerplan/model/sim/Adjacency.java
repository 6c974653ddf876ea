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
    /** How routes over this adjacency look to the receiver: shared by all of them. */
    final Source source;
    // The settings the inner loop reads, resolved once.
    final boolean exportHasPolicy;
    final boolean importHasPolicy;
    final String prefixListOut;
    final String routeMapOut;
    final String prefixListIn;
    final String routeMapIn;
    final int allowasIn;
    final int importWeight;
    final boolean nextHopSelf;
    final boolean defaultOriginate;
    /**
     * A node receiver's inbound filter: frr-k8s's prefix-list of the BGPPeer's {@code toReceive}
     * (deny-all without it); null for a router, which has its own policies.
     */
    final PrefixListMatcher nodeReceive;

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
        this.source = new Source(index, from.index, !ibgp, fromAs, fromAddress, from.routerId);
        this.exportHasPolicy = exportConfig.hasOutboundPolicy();
        this.importHasPolicy = importConfig.hasInboundPolicy();
        this.prefixListOut = exportConfig.prefixListOut();
        this.routeMapOut = exportConfig.routeMapOut();
        this.prefixListIn = importConfig.prefixListIn();
        this.routeMapIn = importConfig.routeMapIn();
        this.allowasIn = importConfig.allowasIn() != null ? importConfig.allowasIn() : 0;
        // neighbor X weight N on the receiver: the weight every route from the sender gets.
        this.importWeight = importConfig.weight() != null ? importConfig.weight() : 0;
        this.nextHopSelf = Boolean.TRUE.equals(exportConfig.nextHopSelf());
        this.defaultOriginate = Boolean.TRUE.equals(exportConfig.defaultOriginate());
        this.nodeReceive = to.kind == Speaker.Kind.NODE ? NodeReceive.filter(to, session.bgpPeer) : null;
    }

    boolean defaultOriginate() {
        return defaultOriginate;
    }

    @Override
    public String toString() {
        return from.id + "->" + to.id;
    }
}
