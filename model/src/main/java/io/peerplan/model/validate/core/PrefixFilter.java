package io.peerplan.model.validate.core;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Action;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import java.util.Comparator;

/**
 * FRR's filters applied to one route prefix. Prefix-lists (lib/plist.c): entries in {@code seq}
 * order, a route matches when it lies inside the entry's prefix with a length in [ge or len, le or ge
 * or len] (up to the address width when only ge is given), {@code any} is 0.0.0.0/0 le 32, no match
 * is deny, and a list without entries permits. Route-maps (lib/routemap.c): the first entry whose
 * match clauses all hold decides; no match, an empty map or an undefined map denies.
 */
public final class PrefixFilter {
    /** A verdict, or {@link #UNKNOWN} when it depends on something Peerplan cannot see (communities). */
    public enum Verdict { PERMIT, DENY, UNKNOWN }

    private PrefixFilter() {
    }

    public static Action evaluate(PrefixList list, IPAddress route) {
        if (list.entries().isEmpty()) {
            return Action.PERMIT;
        }
        return list.entries().stream().sorted(Comparator.comparingInt(PrefixList.Entry::seq))
                .filter(e -> matches(e, route)).map(PrefixList.Entry::action).findFirst().orElse(Action.DENY);
    }

    static boolean matches(PrefixList.Entry e, IPAddress route) {
        if (e.prefix() == null) {
            return false;
        }
        IPAddress block = e.prefix().address().toPrefixBlock();
        if (block.getIPVersion() != route.getIPVersion()) {
            return false;
        }
        int len = route.getNetworkPrefixLength() == null ? route.getBitCount() : route.getNetworkPrefixLength();
        int plen = e.prefix().length();
        if (len < plen || !block.contains(route.toPrefixBlock())) {
            return false;
        }
        Integer ge = e.ge();
        Integer le = e.le();
        if (e.prefix().any()) {
            le = route.getBitCount();
        }
        int low = ge != null ? ge : plen;
        int high = le != null ? le : ge != null ? route.getBitCount() : plen;
        return len >= low && len <= high;
    }

    /** A route-map on this router applied to the route (only prefix-list matches are evaluated). */
    public static Verdict evaluate(Router router, String routeMap, IPAddress route) {
        RouteMap map = router.routeMap(routeMap).orElse(null);
        if (map == null) {
            return Verdict.DENY;
        }
        for (RouteMap.Entry e : map.entries().stream().sorted(Comparator.comparingInt(RouteMap.Entry::seq)).toList()) {
            if (e.match().community() != null) {
                return Verdict.UNKNOWN;
            }
            if (e.match().prefixList() != null) {
                PrefixList pl = router.prefixList(e.match().prefixList()).orElse(null);
                if (pl == null || evaluate(pl, route) == Action.DENY) {
                    continue;
                }
            }
            return e.action() == Action.PERMIT ? Verdict.PERMIT : Verdict.DENY;
        }
        return Verdict.DENY;
    }
}
