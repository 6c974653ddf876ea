package io.peerplan.app.design;

import io.peerplan.model.BfdPeer;
import io.peerplan.model.ListenRange;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Redistribution;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The names a router's config defines for itself (peer-groups, prefix-lists, community-lists,
 * route-maps, BFD profiles) and every place of the same router that refers to one: its listen
 * ranges, route-map matches, redistributions, BFD peers, peer-groups and the neighbor settings of
 * its peering ends. A rename follows every reference, and a name still referred to is not removed
 * silently (FRR itself accepts a dangling name, and then an undefined route-map denies everything:
 * lib/routemap.c route_map_apply; ReferenceRules reports it).
 *
 * <p>One walk serves both questions: {@link #references} maps every reference of a kind through a
 * function, so counting the uses is a walk whose function only looks.
 */
public final class PolicyNames {
    private PolicyNames() {
    }

    /** What a name can stand for, in FRR's words. */
    public enum Kind {
        PEER_GROUP("peer-group"), PREFIX_LIST("prefix-list"), COMMUNITY_LIST("community-list"), ROUTE_MAP("route-map"),
        BFD_PROFILE("BFD profile");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Where the router refers to {@code name}, one phrase per place ("route-map prpnd_private seq 10"). */
    public static List<String> uses(Topology t, String routerId, Kind kind, String name) {
        List<String> where = new ArrayList<>();
        references(t, routerId, kind, (place, value) -> {
            if (name.equals(value)) {
                where.add(place);
            }
            return value;
        });
        return where;
    }

    /** Every reference of the router to {@code oldName} made to name {@code newName} (the definition is the caller's). */
    public static Topology renameReferences(Topology t, String routerId, Kind kind, String oldName, String newName) {
        return references(t, routerId, kind, (place, value) -> oldName.equals(value) ? newName : value);
    }

    /** A reference seen by a walk: where it is, its value; returns the value to keep. */
    @FunctionalInterface
    interface Visit {
        String apply(String place, String value);
    }

    private static Topology references(Topology t, String routerId, Kind kind, Visit visit) {
        Router r = (Router) Elements.find(t, routerId).orElseThrow(() -> new IllegalArgumentException("no router '" + routerId + "'"));
        Router next = switch (kind) {
            case PEER_GROUP -> r.withBgp(r.bgp().withListenRanges(r.bgp().listenRanges().stream()
                    .map(l -> new ListenRange(l.range(), visit.apply("bgp listen range " + l.range(), l.peerGroup()))).toList()));
            case COMMUNITY_LIST, PREFIX_LIST -> r.withRouteMaps(r.routeMaps().stream().map(m -> new RouteMap(m.name(),
                    m.entries().stream().map(e -> e.withMatch(match(e.match(), kind,
                            v -> visit.apply("route-map " + m.name() + " seq " + e.seq(), v)))).toList())).toList());
            case ROUTE_MAP -> r.withRedistribute(r.redistribute().stream().map(d -> new Redistribution(d.source(),
                    visit.apply("redistribute " + d.source().keyword(), d.routeMap()))).toList());
            case BFD_PROFILE -> r.withBfdPeers(r.bfdPeers().stream().map(b -> new BfdPeer(b.address(),
                    visit.apply("bfd peer " + b.address(), b.profile()), b.multihop(), b.localAddress(), b.interfaceName()))
                    .toList());
        };
        next = next.withPeerGroups(next.peerGroups().stream().map(g -> new PeerGroup(g.name(),
                neighbor(g.config(), kind, "peer-group " + g.name(), visit))).toList());
        Topology out = Elements.replace(t, routerId, next);
        return out.withPeerings(out.peerings().stream().map(p -> end(p, routerId, kind, visit)).toList());
    }

    private static RouteMap.Match match(RouteMap.Match m, Kind kind, UnaryOperator<String> f) {
        return kind == Kind.PREFIX_LIST ? m.withPrefixList(f.apply(m.prefixList())) : m.withCommunity(f.apply(m.community()));
    }

    private static Peering end(Peering p, String routerId, Kind kind, Visit visit) {
        Peering.End e = p.endOf(routerId);
        if (e == null || e.isCluster()) {
            return p;
        }
        String who = e.peerAddress() != null ? "neighbor " + e.peerAddress() : "peering " + p.id();
        Peering.End next = e.withConfig(neighbor(e.config(), kind, who, visit));
        if (next.equals(e)) {
            return p;
        }
        return p.a() == e ? p.withA(next) : p.withB(next);
    }

    /** The neighbor settings that name a thing of this kind (FRR bgpd/bgp_vty.c, the neighbor commands). */
    private static NeighborConfig neighbor(NeighborConfig c, Kind kind, String who, Visit visit) {
        return switch (kind) {
            case PEER_GROUP -> c.withPeerGroup(visit.apply(who, c.peerGroup()));
            case PREFIX_LIST -> c.withPrefixListIn(visit.apply(who + " prefix-list in", c.prefixListIn()))
                    .withPrefixListOut(visit.apply(who + " prefix-list out", c.prefixListOut()));
            case ROUTE_MAP -> c.withRouteMapIn(visit.apply(who + " route-map in", c.routeMapIn()))
                    .withRouteMapOut(visit.apply(who + " route-map out", c.routeMapOut()));
            case BFD_PROFILE -> c.withBfdProfile(visit.apply(who + " bfd profile", c.bfdProfile()));
            case COMMUNITY_LIST -> c;
        };
    }
}
