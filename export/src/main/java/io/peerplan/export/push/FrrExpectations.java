package io.peerplan.export.push;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.ListenRange;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a router should show once its config is applied: the BGP sessions the topology gives it
 * (configured neighbors, and speakers reaching a listen range) and, per session, the router's own
 * {@code network} prefixes its outbound policy lets through.
 */
record FrrExpectations(List<Session> sessions, List<String> notes) {

    /** One expected session: the neighbor address, the peering it comes from, and the prefixes it should be sent. */
    record Session(String address, String peering, boolean dynamic, List<IpPrefix> advertised) {
    }

    static FrrExpectations of(Topology t, Router r) {
        TopologyIndex index = new TopologyIndex(t);
        Map<String, Session> sessions = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Peering p : index.peeringsOf(r.id())) {
            Peering.End mine = p.endOf(r.id());
            Peering.End other = p.otherEnd(r.id());
            NeighborConfig cfg = mine.config().inheriting(
                    mine.config().peerGroup() == null ? null : r.peerGroup(mine.config().peerGroup()).map(g -> g.config()).orElse(null));
            if (Boolean.TRUE.equals(cfg.shutdown())) {
                continue;
            }
            List<IpPrefix> adv = advertised(r, cfg, p.id(), notes);
            if (!mine.listenRange() && mine.peerAddress() != null) {
                // Only prefixes of the session's own address family are expected on it.
                boolean v4 = mine.peerAddress().isIpv4();
                sessions.putIfAbsent(mine.peerAddress().toString(), new Session(mine.peerAddress().toString(), p.id(), false,
                        adv.stream().filter(x -> x.isIpv4() == v4).toList()));
            } else if (mine.listenRange() && other.isCluster()) {
                for (String speaker : speakersInRange(index, r, cfg.peerGroup(), other)) {
                    boolean v4 = !speaker.contains(":");
                    sessions.putIfAbsent(speaker, new Session(speaker, p.id(), true, adv.stream().filter(x -> x.isIpv4() == v4).toList()));
                }
            }
        }
        return new FrrExpectations(List.copyOf(sessions.values()), List.copyOf(notes));
    }

    private static List<IpPrefix> advertised(Router r, NeighborConfig cfg, String peering, List<String> notes) {
        List<IpPrefix> out = new ArrayList<>();
        for (IpPrefix n : r.networks()) {
            Optional<Boolean> ok = OutboundPolicy.permits(r, cfg, n);
            if (ok.isEmpty()) {
                notes.add(peering + ": " + n + " not checked (route-map " + cfg.routeMapOut() + " matches communities)");
            } else if (ok.get()) {
                out.add(n);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> speakersInRange(TopologyIndex index, Router r, String peerGroup, Peering.End clusterEnd) {
        Cluster c = index.cluster(clusterEnd.element()).orElse(null);
        if (c == null) {
            return List.of();
        }
        BgpPeer peer = c.metallb().peer(clusterEnd.bgpPeer()).orElse(null);
        List<ListenRange> ranges = r.bgp().listenRanges().stream().filter(lr -> peerGroup == null || peerGroup.equals(lr.peerGroup())).toList();
        List<String> out = new ArrayList<>();
        for (Node n : c.nodes()) {
            if (n.isSpeaker() && (peer == null || peer.selects(n)) && ranges.stream().anyMatch(lr -> lr.range().contains(n.address()))) {
                out.add(n.address().toString());
            }
        }
        return out;
    }
}
