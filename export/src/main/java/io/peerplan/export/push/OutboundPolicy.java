package io.peerplan.export.push;

import io.peerplan.model.Action;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import java.util.Comparator;
import java.util.Optional;

/**
 * Whether a router's own {@code network} prefix passes a neighbor's outbound filters, evaluated as
 * FRR does: the prefix-list first, then the route-map (bgpd/bgp_route.c subgroup_announce_check).
 * The answer is empty when the policy cannot be judged from the topology alone (a community match),
 * so the verifier does not demand that prefix.
 */
final class OutboundPolicy {
    private OutboundPolicy() {
    }

    static Optional<Boolean> permits(Router r, NeighborConfig cfg, IpPrefix prefix) {
        if (cfg.prefixListOut() != null && !prefixListPermits(r, cfg.prefixListOut(), prefix)) {
            return Optional.of(false);
        }
        if (cfg.routeMapOut() == null) {
            return Optional.of(true);
        }
        Optional<RouteMap> map = r.routeMap(cfg.routeMapOut());
        if (map.isEmpty()) {
            // FRR: a neighbor route-map that does not exist denies everything (bgp_route.c, "route-map not found").
            return Optional.of(false);
        }
        for (RouteMap.Entry e : map.get().entries().stream().sorted(Comparator.comparingInt(RouteMap.Entry::seq)).toList()) {
            if (e.match().community() != null) {
                return Optional.empty();
            }
            boolean matches = e.match().prefixList() == null || prefixListPermits(r, e.match().prefixList(), prefix);
            if (matches) {
                return Optional.of(e.action() == Action.PERMIT);
            }
        }
        // A route-map ends with an implicit deny (FRR route_map_apply: RMAP_DENYMATCH).
        return Optional.of(false);
    }

    /** FRR prefix-list semantics (lib/plist.c): first matching entry by seq wins; no match denies; a missing list permits. */
    static boolean prefixListPermits(Router r, String name, IpPrefix prefix) {
        Optional<PrefixList> list = r.prefixList(name);
        if (list.isEmpty()) {
            return true;
        }
        for (PrefixList.Entry e : list.get().entries().stream().sorted(Comparator.comparingInt(PrefixList.Entry::seq)).toList()) {
            if (matches(e, prefix)) {
                return e.action() == Action.PERMIT;
            }
        }
        return false;
    }

    private static boolean matches(PrefixList.Entry e, IpPrefix p) {
        IpPrefix base = e.prefix();
        if (base.isIpv4() != p.isIpv4()) {
            return false;
        }
        int max = p.isIpv4() ? 32 : 128;
        int len = p.length();
        if (base.any()) {
            return true;
        }
        if (!base.network().contains(p.network())) {
            return false;
        }
        int lo = e.ge() != null ? e.ge() : base.length();
        int hi = e.le() != null ? e.le() : e.ge() != null ? max : base.length();
        return len >= lo && len <= hi;
    }
}
