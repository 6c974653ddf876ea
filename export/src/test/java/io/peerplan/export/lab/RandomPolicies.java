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
 * Route maps for the eBGP ends of a {@link RandomTopology}, using every {@code set} and {@code match}
 * the model has: outbound AS-path prepends, MEDs, {@code set origin} and a community tag on the
 * router's own prefixes, deny entries; inbound local preference (by prefix-list or by the
 * neighbor's community tag) and weight on a neighbor's own prefixes. Each entry is on one prefix;
 * every map ends in a permit-all entry.
 */
final class RandomPolicies {
    private RandomPolicies() {
    }

    /** A router's prefix-lists and route-maps as they are added. */
    static final class Builder {
        private final String router;
        private final List<PrefixList> prefixLists = new ArrayList<>();
        private final List<RouteMap> routeMaps = new ArrayList<>();
        private final List<io.peerplan.model.CommunityList> communityLists = new ArrayList<>();

        Builder(String router) {
            this.router = router;
        }

        List<PrefixList> prefixLists() {
            return prefixLists;
        }

        List<RouteMap> routeMaps() {
            return routeMaps;
        }

        List<io.peerplan.model.CommunityList> communityLists() {
            return communityLists;
        }

        /** A community-list permitting exactly one community; returns its name. */
        String community(String value) {
            String name = router + "-cl" + communityLists.size();
            communityLists.add(new io.peerplan.model.CommunityList(name,
                    List.of(new io.peerplan.model.CommunityList.Entry(5, Action.PERMIT, value))));
            return name;
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
            boolean medPair = t.medPairs.contains(p.id());
            t.peerings.set(i, new Peering(p.id(), end(rnd, t, a, b, p.a(), medPair), end(rnd, t, b, a, p.b(), medPair),
                    p.description()));
        }
    }

    /**
     * One end's maps. Local preference and weight are set only on the neighbor's own prefixes (the
     * one-hop path from their origin): preferring any longer path can give a network two stable
     * states (a "dispute wheel", Griffin, Shepherd and Wilfong 2002), and which one real FRR reaches
     * then depends on timing, which no lab can reproduce.
     */
    private static Peering.End end(Random rnd, RandomTopology t, RandomTopology.RouterDraft r,
            RandomTopology.RouterDraft neighbor, Peering.End e, boolean medPair) {
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
            out.add(entry(10, r.policies.exactly(pick(rnd, t)), new RouteMap.Set(prepend, null, null, null, false, null, null)));
        }
        // MED counts between paths from one neighbouring AS: on a session from a router of a
        // two-router AS to a neighbor of both, mostly on the AS's own prefixes, which that neighbor
        // hears from both routers.
        boolean sender = medPair && !r.networks.isEmpty();
        if (rnd.nextInt(100) < (sender ? 80 : 30)) {
            IpPrefix p = sender ? r.networks.get(rnd.nextInt(r.networks.size())) : pick(rnd, t);
            out.add(entry(20, r.policies.exactly(p),
                    new RouteMap.Set(null, (long) (1 + rnd.nextInt(200)), null, null, false, null, null)));
        }
        // The router's own prefixes: tagged with its community, given an origin, or not sent at all.
        if (!r.networks.isEmpty() && rnd.nextInt(100) < 40) {
            out.add(entry(30, r.policies.exactly(r.networks.get(rnd.nextInt(r.networks.size()))),
                    new RouteMap.Set(null, null, null, List.of(tag(r)), rnd.nextBoolean(), null, null)));
        }
        if (!r.networks.isEmpty() && rnd.nextInt(100) < 25) {
            io.peerplan.model.RouteOrigin o = rnd.nextBoolean() ? io.peerplan.model.RouteOrigin.EGP
                    : io.peerplan.model.RouteOrigin.INCOMPLETE;
            out.add(entry(40, r.policies.exactly(r.networks.get(rnd.nextInt(r.networks.size()))),
                    new RouteMap.Set(null, null, null, null, false, null, o)));
        }
        if (rnd.nextInt(100) < 15) {
            out.add(new RouteMap.Entry(5, Action.DENY, null, new RouteMap.Match(r.policies.exactly(pick(rnd, t)), null),
                    null));
        }
        List<RouteMap.Entry> in = new ArrayList<>();
        List<IpPrefix> own = neighbor.networks;
        // The neighbor's community tag marks its own prefixes (only it sets it, on them only).
        if (rnd.nextInt(100) < 25) {
            in.add(new RouteMap.Entry(15, Action.PERMIT, null, new RouteMap.Match(null, r.policies.community(tag(neighbor))),
                    new RouteMap.Set(null, null, (long) (120 + rnd.nextInt(100)), null, false, null, null)));
        }
        if (rnd.nextInt(100) < 35 && !own.isEmpty()) {
            in.add(entry(10, r.policies.exactly(own.get(rnd.nextInt(own.size()))),
                    new RouteMap.Set(null, null, (long) (150 + rnd.nextInt(150)), null, false, null, null)));
        }
        if (rnd.nextInt(100) < 25 && !own.isEmpty()) {
            in.add(entry(20, r.policies.exactly(own.get(rnd.nextInt(own.size()))),
                    new RouteMap.Set(null, null, null, null, false, (long) (10 + rnd.nextInt(190)), null)));
        }
        NeighborConfig c = e.config();
        Integer weight = c.weight();
        NeighborConfig withPolicies = new NeighborConfig(c.remoteAs(), c.localAs(), c.peerGroup(), c.description(),
                c.interfaceName(), c.updateSource(), c.ebgpMultihop(), c.bfd(), c.bfdProfile(), c.keepalive(), c.hold(),
                c.passwordRef(), c.prefixListIn(), c.prefixListOut(),
                in.isEmpty() ? null : r.policies.routeMap("from-" + peer, in),
                out.isEmpty() ? null : r.policies.routeMap("to-" + peer, out), c.allowasIn(),
                c.routeReflectorClient(), c.nextHopSelf(), c.defaultOriginate(), weight, c.port(), c.shutdown());
        return new Peering.End(e.element(), e.peerAddress(), e.listenRange(), withPolicies, e.bgpPeer());
    }

    /** The community a router tags its own prefixes with: the low 16 bits of its AS and its router-id's last byte. */
    static String tag(RandomTopology.RouterDraft r) {
        String rid = r.routerId.toString();
        return (r.asn & 0xffff) + ":" + rid.substring(rid.lastIndexOf('.') + 1);
    }

    private static RouteMap.Entry entry(int seq, String prefixList, RouteMap.Set set) {
        return new RouteMap.Entry(seq, Action.PERMIT, null, new RouteMap.Match(prefixList, null), set);
    }

    private static IpPrefix pick(Random rnd, RandomTopology t) {
        return t.prefixes.get(rnd.nextInt(t.prefixes.size()));
    }
}
