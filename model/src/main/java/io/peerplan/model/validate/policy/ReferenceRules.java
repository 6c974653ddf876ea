package io.peerplan.model.validate.policy;

import io.peerplan.model.BfdPeer;
import io.peerplan.model.ListenRange;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Redistribution;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.session.Ips;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.List;

/**
 * References to things a router does not define: {@code vtysh -C} accepts them silently
 * (frr-lab.md), and at run time an undefined route-map denies everything, an undefined prefix-list
 * in a route-map never matches, an undefined peer-group or interface leaves the neighbor unusable.
 */
public final class ReferenceRules {
    public static final RuleInfo UNDEFINED = RuleInfo.error("POLICY-UNDEFINED-REFERENCE", RuleFamily.POLICY,
            "A router references a route-map, prefix-list, community-list, peer-group, BFD profile or interface it does not define",
            "frr-lab.md (\"vtysh -C ... does not catch an undefined route-map or peer-group\"); FRR lib/routemap.c route_map_apply (no map: deny)");

    private ReferenceRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(UNDEFINED, ReferenceRules::undefined));
    }

    static void undefined(Context ctx, Sink sink) {
        for (Router r : ctx.topology().routers()) {
            List<String> missing = new ArrayList<>();
            for (PeerGroup g : r.peerGroups()) {
                neighbor(r, "peer-group " + g.name(), g.config(), missing);
            }
            for (ListenRange lr : r.bgp().listenRanges()) {
                if (lr.peerGroup() != null && r.peerGroup(lr.peerGroup()).isEmpty()) {
                    missing.add("peer-group " + lr.peerGroup() + " (bgp listen range " + lr.range() + ")");
                }
            }
            for (Peering p : ctx.index().peeringsOf(r.id())) {
                Peering.End e = p.endOf(r.id());
                if (e != null && !e.isCluster()) {
                    String who = e.peerAddress() != null ? "neighbor " + e.peerAddress() : "peering " + p.id();
                    if (e.config().peerGroup() != null && r.peerGroup(e.config().peerGroup()).isEmpty()) {
                        missing.add("peer-group " + e.config().peerGroup() + " (" + who + ")");
                    }
                    neighbor(r, who, e.config(), missing);
                }
            }
            for (RouteMap m : r.routeMaps()) {
                for (RouteMap.Entry e : m.entries()) {
                    if (e.match().prefixList() != null && r.prefixList(e.match().prefixList()).isEmpty()) {
                        missing.add("prefix-list " + e.match().prefixList() + " (route-map " + m.name() + " seq " + e.seq() + ")");
                    }
                    if (e.match().community() != null && r.communityList(e.match().community()).isEmpty()) {
                        missing.add("community-list " + e.match().community() + " (route-map " + m.name() + " seq " + e.seq() + ")");
                    }
                }
            }
            for (Redistribution d : r.redistribute()) {
                if (d.routeMap() != null && r.routeMap(d.routeMap()).isEmpty()) {
                    missing.add("route-map " + d.routeMap() + " (redistribute " + d.source().keyword() + ")");
                }
            }
            for (BfdPeer b : r.bfdPeers()) {
                if (b.profile() != null && r.bfdProfile(b.profile()).isEmpty()) {
                    missing.add("BFD profile " + b.profile() + " (bfd peer " + b.address() + ")");
                }
                if (b.interfaceName() != null && r.iface(b.interfaceName()).isEmpty()) {
                    missing.add("interface " + b.interfaceName() + " (bfd peer " + b.address() + ")");
                }
            }
            for (String m : missing.stream().distinct().toList()) {
                sink.report(r.displayName() + " references " + m + ", which it does not define: vtysh -C accepts it, but "
                                + consequence(m), List.of(r.id()), "define it, or fix the name");
            }
        }
    }

    private static void neighbor(Router r, String who, NeighborConfig c, List<String> missing) {
        routeMap(r, c.routeMapIn(), who + " in", missing);
        routeMap(r, c.routeMapOut(), who + " out", missing);
        prefixList(r, c.prefixListIn(), who + " in", missing);
        prefixList(r, c.prefixListOut(), who + " out", missing);
        if (c.bfdProfile() != null && r.bfdProfile(c.bfdProfile()).isEmpty()) {
            missing.add("BFD profile " + c.bfdProfile() + " (" + who + ")");
        }
        for (String name : new String[] {c.interfaceName(), c.updateSource()}) {
            if (name != null && Ips.parseAddress(name) == null && r.iface(name).isEmpty()) {
                missing.add("interface " + name + " (" + who + ")");
            }
        }
    }

    private static void routeMap(Router r, String name, String where, List<String> missing) {
        if (name != null && r.routeMap(name).isEmpty()) {
            missing.add("route-map " + name + " (" + where + ")");
        }
    }

    private static void prefixList(Router r, String name, String where, List<String> missing) {
        if (name != null && r.prefixList(name).isEmpty()) {
            missing.add("prefix-list " + name + " (" + where + ")");
        }
    }

    private static String consequence(String what) {
        if (what.startsWith("route-map")) {
            return "an undefined route-map denies every route";
        }
        if (what.startsWith("prefix-list") && what.contains("route-map")) {
            return "the route-map entry never matches";
        }
        if (what.startsWith("prefix-list")) {
            return "the filter is silently not applied";
        }
        if (what.startsWith("community-list")) {
            return "the route-map entry never matches";
        }
        if (what.startsWith("peer-group")) {
            return "the neighbor gets none of the group's settings (FRR refuses the command on a live router)";
        }
        if (what.startsWith("BFD profile")) {
            return "bfdd runs the session with default timers";
        }
        return "the session cannot bind to a missing interface";
    }
}
