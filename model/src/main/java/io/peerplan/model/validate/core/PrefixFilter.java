package io.peerplan.model.validate.core;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Action;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.session.Ips;
import java.util.Comparator;
import java.util.List;

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
        return compile(list).apply(route);
    }

    /**
     * A prefix-list turned into integer comparisons for IPv4 routes (what the validator runs for every
     * service prefix of every gateway); IPv6 routes fall back to {@link #evaluateSlow}.
     */
    public static Compiled compile(PrefixList list) {
        return new Compiled(list);
    }

    /** A compiled prefix-list; see {@link #compile}. */
    public static final class Compiled {
        private final PrefixList list;
        private final int[] net;
        private final int[] plen;
        private final int[] low;
        private final int[] high;
        private final Action[] action;
        private final boolean v4;

        Compiled(PrefixList list) {
            this.list = list;
            List<PrefixList.Entry> entries = sortedEntries(list);
            int n = entries.size();
            net = new int[n];
            plen = new int[n];
            low = new int[n];
            high = new int[n];
            action = new Action[n];
            boolean allV4 = true;
            for (int i = 0; i < n; i++) {
                PrefixList.Entry e = entries.get(i);
                if (e.prefix() == null || !e.prefix().isIpv4()) {
                    allV4 = false;
                    break;
                }
                int p = e.prefix().length();
                plen[i] = p;
                net[i] = ((inet.ipaddr.ipv4.IPv4Address) e.prefix().address()).intValue() & mask(p);
                low[i] = e.ge() != null ? e.ge() : p;
                high[i] = e.prefix().any() ? 32 : e.le() != null ? e.le() : e.ge() != null ? 32 : p;
                action[i] = e.action();
            }
            v4 = allV4;
        }

        public Action apply(IPAddress route) {
            if (list.entries().isEmpty()) {
                return Action.PERMIT;
            }
            if (!v4 || !route.isIPv4()) {
                return evaluateSlow(list, route);
            }
            int len = Ips.length(route);
            int addr = ((inet.ipaddr.ipv4.IPv4Address) route.getLower()).intValue();
            for (int i = 0; i < net.length; i++) {
                if (len >= plen[i] && (addr & mask(plen[i])) == net[i] && len >= low[i] && len <= high[i]) {
                    return action[i];
                }
            }
            return Action.DENY;
        }

        private static int mask(int bits) {
            return bits == 0 ? 0 : -1 << (32 - bits);
        }
    }

    private static List<PrefixList.Entry> sortedEntries(PrefixList list) {
        List<PrefixList.Entry> entries = list.entries();
        return sorted(entries) ? entries : entries.stream().sorted(Comparator.comparingInt(PrefixList.Entry::seq)).toList();
    }

    /** The general evaluation (any address family). */
    static Action evaluateSlow(PrefixList list, IPAddress route) {
        if (list.entries().isEmpty()) {
            return Action.PERMIT;
        }
        List<PrefixList.Entry> entries = list.entries();
        if (!sorted(entries)) {
            entries = entries.stream().sorted(Comparator.comparingInt(PrefixList.Entry::seq)).toList();
        }
        for (PrefixList.Entry e : entries) {
            if (matches(e, route)) {
                return e.action();
            }
        }
        return Action.DENY;
    }

    private static boolean sorted(List<PrefixList.Entry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).seq() > entries.get(i).seq()) {
                return false;
            }
        }
        return true;
    }

    static boolean matches(PrefixList.Entry e, IPAddress route) {
        if (e.prefix() == null) {
            return false;
        }
        IPAddress a = e.prefix().address();
        IPAddress block = a.isPrefixBlock() ? a : a.toPrefixBlock();
        if (block.getIPVersion() != route.getIPVersion()) {
            return false;
        }
        int len = Ips.length(route);
        int plen = e.prefix().length();
        if (len < plen || !block.contains(route.isPrefixed() && !route.isPrefixBlock() ? route.toPrefixBlock() : route)) {
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
        List<RouteMap.Entry> entries = map.entries();
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).seq() > entries.get(i).seq()) {
                entries = entries.stream().sorted(Comparator.comparingInt(RouteMap.Entry::seq)).toList();
                break;
            }
        }
        for (RouteMap.Entry e : entries) {
            if (e.match().community() != null) {
                return Verdict.UNKNOWN;
            }
            if (e.match().prefixList() != null) {
                PrefixList pl = router.prefixList(e.match().prefixList()).orElse(null);
                if (pl == null || evaluateSlow(pl, route) == Action.DENY) {
                    continue;
                }
            }
            return e.action() == Action.PERMIT ? Verdict.PERMIT : Verdict.DENY;
        }
        return Verdict.DENY;
    }
}
