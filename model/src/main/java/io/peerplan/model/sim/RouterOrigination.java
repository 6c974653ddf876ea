package io.peerplan.model.sim;

import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Redistribution;
import io.peerplan.model.Router;
import io.peerplan.model.StaticRoute;
import java.util.List;
import java.util.Map;

/**
 * What a router originates: its {@code network} statements, kept back by {@code bgp network
 * import-check} unless the RIB holds a route of exactly that prefix (a static, blackhole or
 * connected route; FRR bgp_static_update registers the prefix with zebra for an exact match), and
 * its redistributed connected and static routes, through the redistribution's route-map.
 *
 * <p>Attributes as FRR sets them (FrrFactsTest batch 1): weight 32768 (BGP_ATTR_DEFAULT_WEIGHT),
 * origin IGP for {@code network} and incomplete for redistribution, MED 0 (the zebra metric of
 * the connected or static route), no LOCAL_PREF, next hop 0.0.0.0.
 */
final class RouterOrigination {
    static final int LOCAL_WEIGHT = 32768;

    private RouterOrigination() {
    }

    static void originate(Speaker s, Map<Long, List<Origin>> out, List<SimulationNote> notes) {
        Router r = s.router;
        for (IpPrefix n : r.networks()) {
            if (!n.isIpv4() || n.any()) {
                notes.add(new SimulationNote(r.id(), "network " + n + " is not simulated (IPv4 unicast only)"));
                continue;
            }
            long key = V4.key(n);
            Route.Builder b = local(Route.LocalKind.NETWORK, Route.IGP);
            if (s.behaviour.importCheck() && !inRib(r, key)) {
                // FRR keeps the path in its table, invalid ("inaccessible, import-check enabled"),
                // with no best path and advertised to nobody (FrrFactsTest batch 1).
                notes.add(new SimulationNote(r.id(), "network " + V4.prefix(key) + " is not announced: bgp network "
                        + "import-check is on and no route of exactly " + V4.prefix(key) + " is in the RIB (add `ip route "
                        + V4.prefix(key) + " blackhole`, or `no bgp network import-check`)"));
                b.valid(false);
            }
            add(out, key, s, b);
        }
        for (Redistribution red : r.redistribute()) {
            if (red.source() == Redistribution.Source.CONNECTED) {
                for (Interface i : r.interfaces()) {
                    if (i.address() != null && i.address().isIpv4()) {
                        redistribute(s, red, V4.key(V4.of(i.address().ip()), i.address().length()), Route.LocalKind.CONNECTED, out);
                    }
                }
            } else {
                for (StaticRoute st : r.staticRoutes()) {
                    if (st.prefix() != null && st.prefix().isIpv4()) {
                        redistribute(s, red, V4.key(st.prefix()), Route.LocalKind.STATIC, out);
                    }
                }
            }
        }
    }

    private static void redistribute(Speaker s, Redistribution red, long key, Route.LocalKind kind,
            Map<Long, List<Origin>> out) {
        Route.Builder b = local(kind, Route.INCOMPLETE);
        if (red.routeMap() != null && !s.policies.applyRouteMap(red.routeMap(), key, b, true)) {
            return;
        }
        add(out, key, s, b);
    }

    /** True when a static or connected route of exactly this prefix is in the router's RIB. */
    static boolean inRib(Router r, long key) {
        for (StaticRoute st : r.staticRoutes()) {
            if (st.prefix() != null && st.prefix().isIpv4() && V4.key(st.prefix()) == key) {
                return true;
            }
        }
        for (Interface i : r.interfaces()) {
            if (i.address() != null && i.address().isIpv4()
                    && V4.key(V4.of(i.address().ip()), i.address().length()) == key) {
                return true;
            }
        }
        return false;
    }

    private static Route.Builder local(Route.LocalKind kind, byte origin) {
        return Route.builder().local(kind).origin(origin).med(0).weight(LOCAL_WEIGHT);
    }

    private static void add(Map<Long, List<Origin>> out, long key, Speaker s, Route.Builder b) {
        out.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(new Origin(s.index, b.build(), null));
    }
}
