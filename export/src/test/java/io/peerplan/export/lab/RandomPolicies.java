package io.peerplan.export.lab;

import io.peerplan.model.Action;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Peering;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Route maps for the eBGP ends of a {@link RandomTopology}: outbound AS-path prepends and MEDs,
 * inbound local preference and weight (by route map or {@code neighbor X weight}), each on one
 * prefix, every map ending in a permit-all entry.
 */
final class RandomPolicies {
    private RandomPolicies() {
    }

    /** A router's prefix-lists and route-maps as they are added. */
    static final class Builder {
        private final String router;
        private final List<PrefixList> prefixLists = new ArrayList<>();
        private final List<RouteMap> routeMaps = new ArrayList<>();

        Builder(String router) {
            this.router = router;
        }

        List<PrefixList> prefixLists() {
            return prefixLists;
        }

        List<RouteMap> routeMaps() {
            return routeMaps;
        }

        /** A prefix-list matching exactly one prefix; returns its name. */
        String exactly(IpPrefix p) {
            String name = router + "-pl" + prefixLists.size();
            prefixLists.add(new PrefixList(name, List.of(new PrefixList.Entry(5, Action.PERMIT, p, null, null))));
            return name;
        }

        String routeMap(String name, List<RouteMap.Entry> entries) {
            List<RouteMap.Entry> all = new ArrayList<>(entries);
            all.add(new RouteMap.Entry(100, Action.PERMIT, null, null, null));
            routeMaps.add(new RouteMap(name, all));
            return name;
        }
    }

    static void decorate(Random rnd, RandomTopology t) {
        Map<String, RandomTopology.RouterDraft> byId = t.routers.stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        for (int i = 0; i < t.peerings.size(); i++) {
            Peering p = t.peerings.get(i);
            RandomTopology.RouterDraft a = byId.get(p.a().element());
            RandomTopology.RouterDraft b = byId.get(p.b().element());
            if (a == null || b == null || a.asn == b.asn) {
                continue;
            }
            t.peerings.set(i, new Peering(p.id(), end(rnd, t, a, p.a()), end(rnd, t, b, p.b()), p.description()));
        }
    }

    private static Peering.End end(Random rnd, RandomTopology t, RandomTopology.RouterDraft r, Peering.End e) {
        if (t.prefixes.isEmpty()) {
            return e;
        }
        String peer = e.peerAddress().toString().replace('.', '-');
        List<RouteMap.Entry> out = new ArrayList<>();
        if (rnd.nextInt(100) < 35) {
            List<Long> prepend = new ArrayList<>();
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                prepend.add(r.asn);
            }
            out.add(entry(10, r.policies.exactly(pick(rnd, t)), new RouteMap.Set(prepend, null, null, null, false, null)));
        }
        if (rnd.nextInt(100) < 30) {
            out.add(entry(20, r.policies.exactly(pick(rnd, t)),
                    new RouteMap.Set(null, (long) rnd.nextInt(200), null, null, false, null)));
        }
        List<RouteMap.Entry> in = new ArrayList<>();
        if (rnd.nextInt(100) < 30) {
            in.add(entry(10, r.policies.exactly(pick(rnd, t)),
                    new RouteMap.Set(null, null, (long) (50 + rnd.nextInt(250)), null, false, null)));
        }
        if (rnd.nextInt(100) < 20) {
            in.add(entry(20, r.policies.exactly(pick(rnd, t)),
                    new RouteMap.Set(null, null, null, null, false, (long) (10 + rnd.nextInt(190)))));
        }
        Integer weight = rnd.nextInt(100) < 10 ? 5 + rnd.nextInt(50) : null;
        NeighborConfig c = e.config();
        NeighborConfig withPolicies = new NeighborConfig(c.remoteAs(), c.localAs(), c.peerGroup(), c.description(),
                c.interfaceName(), c.updateSource(), c.ebgpMultihop(), c.bfd(), c.bfdProfile(), c.keepalive(), c.hold(),
                c.passwordRef(), c.prefixListIn(), c.prefixListOut(),
                in.isEmpty() ? null : r.policies.routeMap("from-" + peer, in),
                out.isEmpty() ? null : r.policies.routeMap("to-" + peer, out), c.allowasIn(),
                c.routeReflectorClient(), c.nextHopSelf(), c.defaultOriginate(), weight, c.port(), c.shutdown());
        return new Peering.End(e.element(), e.peerAddress(), e.listenRange(), withPolicies, e.bgpPeer());
    }

    private static RouteMap.Entry entry(int seq, String prefixList, RouteMap.Set set) {
        return new RouteMap.Entry(seq, Action.PERMIT, null, new RouteMap.Match(prefixList, null), set);
    }

    private static IpPrefix pick(Random rnd, RandomTopology t) {
        return t.prefixes.get(rnd.nextInt(t.prefixes.size()));
    }
}
