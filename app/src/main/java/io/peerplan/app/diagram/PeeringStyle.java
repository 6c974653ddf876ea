package io.peerplan.app.diagram;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a peering's line says about it. iBGP when both ends speak from the same AS (RFC 4271 §1.1:
 * "internal peer … in the same AS"); an end's AS is its {@code local-as} when set, else its
 * router's, and a cluster end's is its BGPPeer's {@code myASN}. BFD and multihop are marked when
 * either end asks for them (a one-sided setting is a validator finding, but still worth seeing).
 * Effective settings include the peer-group's, as FRR applies them.
 */
final class PeeringStyle {
    private final Map<String, Router> routers = new HashMap<>();
    private final Map<String, Vantage> vantages = new HashMap<>();
    private final Map<String, Cluster> clusters = new HashMap<>();

    /** Indexes only what peering ends name (not the thousands of nodes). */
    PeeringStyle(Topology t) {
        t.routers().forEach(r -> routers.put(r.id(), r));
        t.vantages().forEach(v -> vantages.put(v.id(), v));
        t.clusters().forEach(c -> clusters.put(c.id(), c));
    }

    LinkType type(Peering p) {
        Long a = asn(p.a());
        Long b = asn(p.b());
        if (a == null || b == null) {
            return LinkType.UNKNOWN;
        }
        return a.equals(b) ? LinkType.IBGP : LinkType.EBGP;
    }

    boolean bfd(Peering p) {
        return bfd(p.a()) || bfd(p.b());
    }

    int multihop(Peering p) {
        return Math.max(multihop(p.a()), multihop(p.b()));
    }

    private Long asn(Peering.End end) {
        if (end.isCluster()) {
            return bgpPeer(end).map(BgpPeer::myASN).orElse(null);
        }
        NeighborConfig c = effective(end);
        if (c.localAs() != null) {
            return c.localAs();
        }
        Router r = routers.get(end.element());
        if (r != null) {
            return r.asn() == null ? null : r.asn().value();
        }
        Vantage v = vantages.get(end.element());
        return v == null || v.asn() == null ? null : v.asn().value();
    }

    private boolean bfd(Peering.End end) {
        if (end.isCluster()) {
            return bgpPeer(end).map(p -> p.bfdProfile() != null).orElse(false);
        }
        return effective(end).bfdEnabled();
    }

    private int multihop(Peering.End end) {
        if (end.isCluster()) {
            return bgpPeer(end).map(p -> Boolean.TRUE.equals(p.ebgpMultiHop()) ? 255 : 0).orElse(0);
        }
        Integer hops = effective(end).ebgpMultihop();
        return hops == null ? 0 : hops;
    }

    private NeighborConfig effective(Peering.End end) {
        Optional<Router> router = Optional.ofNullable(routers.get(end.element()));
        String group = end.config().peerGroup();
        if (router.isEmpty()) {
            return end.config();
        }
        if (group == null && end.listenRange()) {
            group = router.get().bgp().listenRanges().stream().map(l -> l.peerGroup()).filter(g -> g != null)
                    .findFirst().orElse(null);
        }
        String name = group;
        return end.config().inheriting(name == null ? null
                : router.get().peerGroup(name).map(PeerGroup::config).orElse(null));
    }

    private Optional<BgpPeer> bgpPeer(Peering.End end) {
        return Optional.ofNullable(clusters.get(end.element())).map(Cluster::metallb).flatMap(m -> m.peer(end.bgpPeer()));
    }
}
