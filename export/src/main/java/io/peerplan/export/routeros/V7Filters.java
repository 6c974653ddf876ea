package io.peerplan.export.routeros;

import io.peerplan.export.text.UnwritableValueException;
import io.peerplan.model.Action;
import io.peerplan.model.CommunityList;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * FRR policies as RouterOS v7 {@code /routing/filter/rule} chains (help.mikrotik.com, "Route
 * Filtering": {@code if (matchers) { actions }}, the chain's default action is reject). Each neighbor
 * direction gets one self-contained chain: the prefix-list as a reject rule for what it does not
 * permit, then one rule per route-map entry with its sets and accept/reject, then the implicit deny.
 * A prefix-list or community-list is expanded into a first-match expression, so permit and deny
 * entries keep FRR's order.
 */
final class V7Filters {
    private final Router router;
    private final List<String> warnings;
    private final List<RscLine> rules = new ArrayList<>();

    V7Filters(Router router, List<String> warnings) {
        this.router = router;
        this.warnings = warnings;
    }

    String neighborChain(String peer, String dir, String prefixList, String routeMap, Integer weight) {
        if (prefixList == null && routeMap == null && weight == null) {
            return null;
        }
        String chain = peer + "-" + dir;
        if (weight != null) {
            add(chain, "set bgp-weight " + weight);
        }
        if (prefixList != null) {
            add(chain, "if (!(" + prefixListCondition(prefixList) + ")) { reject }");
        }
        if (routeMap == null) {
            add(chain, "accept");
            return chain;
        }
        RouteMap m = router.routeMap(routeMap).orElse(null);
        if (m == null) {
            warnings.add("route-map " + routeMap + " is not defined on " + router.id());
        } else {
            for (RouteMap.Entry e : m.entries().stream().sorted(Comparator.comparingInt(RouteMap.Entry::seq)).toList()) {
                List<String> conds = new ArrayList<>();
                if (e.match().prefixList() != null) {
                    conds.add(prefixListCondition(e.match().prefixList()));
                }
                if (e.match().community() != null) {
                    conds.add(communityCondition(e.match().community()));
                }
                String body = sets(e.set()) + (e.action() == Action.PERMIT ? "accept" : "reject");
                add(chain, conds.isEmpty() ? body : "if (" + String.join(" && ", conds) + ") { " + body + " }");
            }
        }
        add(chain, "reject");
        return chain;
    }

    List<RscLine> rules() {
        return rules;
    }

    private void add(String chain, String rule) {
        rules.add(RscLine.add().prop("chain", chain).prop("rule", rule));
    }

    /** FRR first-match semantics as one boolean expression: e1 permit → (m1 || rest), e1 deny → (!m1 && rest). */
    private String prefixListCondition(String name) {
        PrefixList p = router.prefixList(name).orElse(null);
        if (p == null) {
            warnings.add("prefix-list " + name + " is not defined on " + router.id());
            return "false";
        }
        List<PrefixList.Entry> entries = p.entries().stream().sorted(Comparator.comparingInt(PrefixList.Entry::seq)).toList();
        return firstMatch(entries.stream().map(e -> new Clause(e.action(), prefixMatch(e))).toList());
    }

    private String communityCondition(String name) {
        CommunityList c = router.communityList(name).orElse(null);
        if (c == null) {
            warnings.add("community-list " + name + " is not defined on " + router.id());
            return "false";
        }
        return firstMatch(c.entries().stream().sorted(Comparator.comparingInt(CommunityList.Entry::seq))
                .map(e -> new Clause(e.action(), "bgp-communities includes " + String.join(",", e.community().split("\\s+"))))
                .toList());
    }

    private record Clause(Action action, String match) {
    }

    private static String firstMatch(List<Clause> clauses) {
        String rest = "false";
        for (int i = clauses.size() - 1; i >= 0; i--) {
            Clause c = clauses.get(i);
            if (c.action() == Action.PERMIT) {
                rest = rest.equals("false") ? c.match() : "(" + c.match() + ") || (" + rest + ")";
            } else {
                rest = rest.equals("false") ? "false" : "!(" + c.match() + ") && (" + rest + ")";
            }
        }
        return rest;
    }

    /**
     * A community inside a filter rule, which is itself a small program (RouterOS v7 manual, Routing
     * Filters): only community syntax ({@code 64512:100}, {@code large:1:2:3}, well-known names) may
     * appear there, never a {@code ;} or a space that would start another statement.
     */
    static String community(String value) {
        if (value == null || !value.matches("[A-Za-z0-9:_-]+")) {
            throw new UnwritableValueException("a RouterOS v7 filter rule", value, "is not a BGP community");
        }
        return value;
    }

    static String prefixMatch(PrefixList.Entry e) {
        if (e.prefix().any()) {
            return "dst in 0.0.0.0/0";
        }
        int len = e.prefix().length();
        int max = e.prefix().isIpv4() ? 32 : 128;
        String in = "dst in " + e.prefix().network();
        if (e.ge() == null && e.le() == null) {
            return in + " && dst-len == " + len;
        }
        return in + " && dst-len in " + (e.ge() != null ? e.ge() : len) + "-" + (e.le() != null ? e.le() : max);
    }

    private String sets(RouteMap.Set s) {
        StringBuilder b = new StringBuilder();
        if (!s.asPathPrepend().isEmpty()) {
            boolean own = router.asn() != null && s.asPathPrepend().stream().allMatch(a -> a == router.asn().value());
            if (!own) {
                warnings.add(router.id() + " (RouterOS v7): prepending ASNs other than its own ("
                        + s.asPathPrepend() + ") is written as a count of its own AS");
            }
            b.append("set bgp-path-prepend ").append(s.asPathPrepend().size()).append("; ");
        }
        if (!s.communities().isEmpty()) {
            b.append(s.communityAdditive() ? "append" : "set").append(" bgp-communities ")
                    .append(s.communities().stream().map(V7Filters::community).collect(Collectors.joining(","))).append("; ");
        }
        if (s.localPreference() != null) {
            b.append("set bgp-local-pref ").append(s.localPreference()).append("; ");
        }
        if (s.med() != null) {
            b.append("set bgp-med ").append(s.med()).append("; ");
        }
        if (s.weight() != null) {
            b.append("set bgp-weight ").append(s.weight()).append("; ");
        }
        if (s.origin() != null) {
            warnings.add(router.id() + " (RouterOS v7): 'set origin " + s.origin().keyword()
                    + "' is not written; this export has no RouterOS filter action for it");
        }
        return b.toString();
    }
}
