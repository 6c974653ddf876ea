package io.peerplan.model.sim;

import io.peerplan.model.Action;
import io.peerplan.model.CommunityList;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One router's prefix-lists, community-lists and route-maps, compiled once, applied to routes
 * (FRR lib/routemap.c semantics): a route-map's entries are tried in seq order, the first whose
 * match clauses all hold decides; permit applies its sets; no entry matching denies. A neighbor
 * filter naming a prefix-list that does not exist permits (FRR prefix_list_apply on NULL); a
 * route-map that does not exist denies (bgp_input_modifier / bgp_output_modifier); a route-map
 * match on a missing list does not match.
 */
final class Policies {
    static final Policies NONE = new Policies(List.of(), List.of(), List.of());

    private final Map<String, PrefixListMatcher> prefixLists = new HashMap<>();
    private final Map<String, CommunityListMatcher> communityLists = new HashMap<>();
    private final Map<String, List<RouteMap.Entry>> routeMaps = new HashMap<>();
    private final List<RouteMap> maps;
    private final List<PrefixList> lists;
    private final List<CommunityList> clists;

    Policies(List<PrefixList> lists, List<CommunityList> clists, List<RouteMap> maps) {
        this.lists = lists;
        this.clists = clists;
        this.maps = maps;
        for (PrefixList p : lists) {
            prefixLists.put(p.name(), new PrefixListMatcher(p));
        }
        for (CommunityList c : clists) {
            communityLists.put(c.name(), new CommunityListMatcher(c));
        }
        for (RouteMap m : maps) {
            routeMaps.put(m.name(), m.entries().stream().sorted(Comparator.comparingInt(RouteMap.Entry::seq)).toList());
        }
    }

    static Policies of(Router r) {
        return new Policies(r.prefixLists(), r.communityLists(), r.routeMaps());
    }

    boolean hasRouteMap(String name) {
        return routeMaps.containsKey(name);
    }

    /** A copy whose route-map entry {@code map seq} has its prepend replaced (a what-if override). */
    Policies withRouteMaps(List<RouteMap> replaced) {
        return new Policies(lists, clists, replaced);
    }

    List<RouteMap> routeMapList() {
        return maps;
    }

    /** The neighbor's {@code prefix-list NAME in|out}: true when the route may pass. */
    boolean prefixListPermits(String name, long prefixKey) {
        PrefixListMatcher m = prefixLists.get(name);
        return m == null || m.permits(prefixKey);
    }

    /**
     * Applies route-map {@code name} to the route being built; false when it denies.
     * {@code weightApplies} is false outbound, where FRR ignores {@code set weight}.
     */
    boolean applyRouteMap(String name, long prefixKey, Route.Builder b, boolean weightApplies) {
        List<RouteMap.Entry> entries = routeMaps.get(name);
        if (entries == null) {
            return false;
        }
        for (RouteMap.Entry e : entries) {
            if (!matches(e.match(), prefixKey, b)) {
                continue;
            }
            if (e.action() == Action.DENY) {
                return false;
            }
            apply(e.set(), b, weightApplies);
            return true;
        }
        return false;
    }

    private boolean matches(RouteMap.Match m, long prefixKey, Route.Builder b) {
        if (m.prefixList() != null) {
            PrefixListMatcher p = prefixLists.get(m.prefixList());
            if (p == null || !p.permits(prefixKey)) {
                return false;
            }
        }
        if (m.community() != null) {
            CommunityListMatcher c = communityLists.get(m.community());
            return c != null && c.permits(b.communities);
        }
        return true;
    }

    private static void apply(RouteMap.Set s, Route.Builder b, boolean weightApplies) {
        if (!s.asPathPrepend().isEmpty()) {
            b.asPath = b.asPath.prepend(s.asPathPrepend());
        }
        if (s.med() != null) {
            b.med = s.med();
        }
        if (s.localPreference() != null) {
            b.localPref = s.localPreference();
        }
        if (!s.communities().isEmpty()) {
            List<String> set = s.communities().contains("none") ? List.of() : Communities.of(s.communities());
            b.communities = s.communityAdditive() ? Communities.union(b.communities, set) : set;
        }
        if (s.origin() != null) {
            // route_set_origin: IGP 0, EGP 1, incomplete 2, the RouteOrigin order.
            b.origin = (byte) s.origin().ordinal();
        }
        if (s.weight() != null && weightApplies) {
            b.weight = (int) (long) s.weight();
        }
    }

    /** The route-maps with entry {@code seq} of {@code map} prepending {@code asn} {@code count} times. */
    static List<RouteMap> withPrepend(List<RouteMap> maps, String map, int seq, int count, long asn) {
        List<RouteMap> out = new ArrayList<>();
        for (RouteMap m : maps) {
            if (!m.name().equals(map)) {
                out.add(m);
                continue;
            }
            List<RouteMap.Entry> entries = new ArrayList<>();
            for (RouteMap.Entry e : m.entries()) {
                if (e.seq() == seq) {
                    RouteMap.Set s = e.set();
                    long as = s.asPathPrepend().isEmpty() ? asn : s.asPathPrepend().get(0);
                    List<Long> prepend = java.util.Collections.nCopies(count, as);
                    e = new RouteMap.Entry(e.seq(), e.action(), e.description(), e.match(),
                            new RouteMap.Set(prepend, s.med(), s.localPreference(), s.communities(), s.communityAdditive(), s.weight(), s.origin()));
                }
                entries.add(e);
            }
            out.add(new RouteMap(m.name(), entries));
        }
        return out;
    }
}
