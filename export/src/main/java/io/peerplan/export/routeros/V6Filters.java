package io.peerplan.export.routeros;

import io.peerplan.model.Action;
import io.peerplan.model.CommunityList;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * FRR policies as RouterOS v6 {@code /routing filter} chains (MikroTik wiki, Manual:Routing/Routing
 * filters: actions accept, discard, jump, return, passthrough; matcher {@code match-chain} is true when
 * the named chain accepts the route).
 * <ul>
 * <li>A prefix-list used to filter a neighbor is chain {@code pl-NAME}: permit entries
 *     {@code return} to the neighbor's chain, deny entries and the implicit deny at the end discard.</li>
 * <li>A prefix-list or community-list used as a route-map match is chain {@code plm-NAME} /
 *     {@code clm-NAME}: permit accepts, deny rejects, so {@code match-chain} reads it.</li>
 * <li>A route-map is chain {@code rm-NAME}: one rule per entry with its matchers and
 *     {@code set-bgp-*} values, accept for permit and discard for deny, then the implicit deny.</li>
 * <li>A neighbor direction is chain {@code PEER-in|out}: weight, then a jump to its prefix-list, then
 *     a jump to its route-map, or accept.</li>
 * </ul>
 */
final class V6Filters {
    private final Router router;
    private final Set<String> filterLists = new LinkedHashSet<>();
    private final Set<String> matchLists = new LinkedHashSet<>();
    private final Set<String> matchCommunityLists = new LinkedHashSet<>();
    private final Set<String> routeMaps = new LinkedHashSet<>();
    private final List<RscLine> peerRules = new ArrayList<>();
    private final List<String> warnings;

    V6Filters(Router router, List<String> warnings) {
        this.router = router;
        this.warnings = warnings;
    }

    /** Builds chain {@code PEER-DIR} for one neighbor direction; returns its name, or null when nothing filters. */
    String neighborChain(String peer, String dir, String prefixList, String routeMap, Integer weight) {
        if (prefixList == null && routeMap == null && weight == null) {
            return null;
        }
        String chain = peer + "-" + dir;
        if (weight != null) {
            peerRules.add(RscLine.add().prop("chain", chain).prop("action", "passthrough").prop("set-bgp-weight", weight));
        }
        if (prefixList != null) {
            filterLists.add(prefixList);
            peerRules.add(RscLine.add().prop("chain", chain).prop("action", "jump").prop("jump-target", "pl-" + prefixList));
        }
        if (routeMap != null) {
            routeMaps.add(routeMap);
            peerRules.add(RscLine.add().prop("chain", chain).prop("action", "jump").prop("jump-target", "rm-" + routeMap));
        } else {
            peerRules.add(RscLine.add().prop("chain", chain).prop("action", "accept"));
        }
        return chain;
    }

    /** All rules, helper chains first so that every jump target exists when a rule names it. */
    List<RscLine> rules() {
        List<RscLine> out = new ArrayList<>();
        List<RscLine> maps = new ArrayList<>();
        for (String name : routeMaps) {
            router.routeMap(name).ifPresentOrElse(m -> routeMap(maps, m),
                    () -> warnings.add("route-map " + name + " is not defined on " + router.id()));
        }
        for (String name : filterLists) {
            prefixList(out, name, "pl-", "return", "discard");
        }
        for (String name : matchLists) {
            prefixList(out, name, "plm-", "accept", "reject");
        }
        for (String name : matchCommunityLists) {
            router.communityList(name).ifPresentOrElse(c -> communityList(out, c),
                    () -> warnings.add("community-list " + name + " is not defined on " + router.id()));
        }
        out.addAll(maps);
        out.addAll(peerRules);
        return out;
    }

    private void prefixList(List<RscLine> out, String name, String prefix, String permit, String deny) {
        PrefixList p = router.prefixList(name).orElse(null);
        if (p == null) {
            warnings.add("prefix-list " + name + " is not defined on " + router.id());
            return;
        }
        String chain = prefix + name;
        for (PrefixList.Entry e : p.entries().stream().sorted(Comparator.comparingInt(PrefixList.Entry::seq)).toList()) {
            RscLine l = RscLine.add().prop("chain", chain).prop("action", e.action() == Action.PERMIT ? permit : deny);
            prefixMatch(l, e);
            out.add(l);
        }
        out.add(RscLine.add().prop("chain", chain).prop("action", deny));
    }

    /** {@code prefix} and {@code prefix-length} for an entry: exact match without ge/le, as in FRR. */
    static void prefixMatch(RscLine l, PrefixList.Entry e) {
        int len = e.prefix().length();
        int max = e.prefix().isIpv4() ? 32 : 128;
        l.prop("prefix", e.prefix().any() ? "0.0.0.0/0" : e.prefix().network().toString());
        if (e.prefix().any()) {
            l.prop("prefix-length", "0-32");
        } else if (e.ge() != null || e.le() != null) {
            l.prop("prefix-length", (e.ge() != null ? e.ge() : len) + "-" + (e.le() != null ? e.le() : max));
        }
    }

    private void communityList(List<RscLine> out, CommunityList c) {
        String chain = "clm-" + c.name();
        for (CommunityList.Entry e : c.entries().stream().sorted(Comparator.comparingInt(CommunityList.Entry::seq)).toList()) {
            out.add(RscLine.add().prop("chain", chain).prop("action", e.action() == Action.PERMIT ? "accept" : "reject")
                    .prop("bgp-communities", String.join(",", e.community().split("\\s+"))));
        }
        out.add(RscLine.add().prop("chain", chain).prop("action", "reject"));
    }

    private void routeMap(List<RscLine> out, RouteMap m) {
        String chain = "rm-" + m.name();
        for (RouteMap.Entry e : m.entries().stream().sorted(Comparator.comparingInt(RouteMap.Entry::seq)).toList()) {
            RscLine l = RscLine.add().prop("chain", chain).prop("action", e.action() == Action.PERMIT ? "accept" : "discard");
            if (e.description() != null) {
                l.text("comment", e.description());
            }
            String pl = e.match().prefixList();
            String cl = e.match().community();
            if (pl != null && cl != null) {
                // One rule has one match-chain: a helper chain asks the prefix-list, then the community-list.
                String both = "rmm-" + m.name() + "-" + e.seq();
                matchLists.add(pl);
                matchCommunityLists.add(cl);
                out.add(RscLine.add().prop("chain", both).prop("match-chain", "plm-" + pl).prop("action", "jump")
                        .prop("jump-target", "clm-" + cl));
                out.add(RscLine.add().prop("chain", both).prop("action", "reject"));
                l.prop("match-chain", both);
            } else if (pl != null) {
                matchLists.add(pl);
                l.prop("match-chain", "plm-" + pl);
            } else if (cl != null) {
                matchCommunityLists.add(cl);
                l.prop("match-chain", "clm-" + cl);
            }
            sets(l, e.set());
            out.add(l);
        }
        out.add(RscLine.add().prop("chain", chain).prop("action", "discard"));
    }

    private void sets(RscLine l, RouteMap.Set s) {
        if (!s.asPathPrepend().isEmpty()) {
            boolean own = router.asn() != null && s.asPathPrepend().stream().allMatch(a -> a == router.asn().value());
            if (own) {
                l.prop("set-bgp-prepend", s.asPathPrepend().size());
            } else {
                l.prop("set-bgp-prepend-path", s.asPathPrepend().stream().map(String::valueOf).collect(Collectors.joining(",")));
            }
        }
        if (!s.communities().isEmpty()) {
            l.prop(s.communityAdditive() ? "append-bgp-communities" : "set-bgp-communities", String.join(",", s.communities()));
        }
        l.prop("set-bgp-local-pref", s.localPreference());
        l.prop("set-bgp-med", s.med());
        l.prop("set-bgp-weight", s.weight());
        if (s.origin() != null) {
            warnings.add(router.id() + " (RouterOS v6): 'set origin " + s.origin().keyword()
                    + "' is not written; this export has no RouterOS filter action for it");
        }
    }
}
