package io.peerplan.export.frr;

import io.peerplan.export.text.ConfigSyntax;
import io.peerplan.model.CommunityList;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prefix-lists, community-lists and route-maps as FRR 8.4 prints them: prefix-lists in definition order, community-lists sorted by name, each route-map entry closed
 * with {@code exit}; inside an entry the match clauses, then the sets, in vtysh's fixed order
 * (measured: community before prefix-list; prepend, community, local-preference, metric, weight).
 * Descriptions have their inner whitespace collapsed, as vtysh stores them.
 */
public final class FrrPolicySection {
    private FrrPolicySection() {
    }

    static void write(FrrText out, Router r) {
        List<PrefixList> v4 = r.prefixLists().stream().filter(p -> !isIpv6(p)).toList();
        List<PrefixList> v6 = r.prefixLists().stream().filter(FrrPolicySection::isIpv6).toList();
        prefixLists(out, v4, "ip");
        prefixLists(out, v6, "ipv6");
        List<CommunityList> lists = r.communityLists().stream().sorted(Comparator.comparing(CommunityList::name)).toList();
        for (CommunityList c : lists) {
            c.entries().stream().sorted(Comparator.comparingInt(CommunityList.Entry::seq)).forEach(e ->
                    out.line("bgp community-list standard " + FrrText.word(c.name()) + " seq " + e.seq() + " "
                            + e.action().keyword() + " " + FrrText.word(e.community())));
        }
        if (!lists.isEmpty()) {
            out.bang(0);
        }
        for (RouteMap m : r.routeMaps()) {
            m.entries().stream().sorted(Comparator.comparingInt(RouteMap.Entry::seq)).forEach(e -> routeMapEntry(out, r, m, e));
        }
    }

    /** An IPv6 list is one with an IPv6 prefix ({@code any} alone does not tell, and counts as IPv4). */
    static boolean isIpv6(PrefixList p) {
        return p.entries().stream().anyMatch(e -> !e.prefix().any() && !e.prefix().isIpv4());
    }

    private static void prefixLists(FrrText out, List<PrefixList> lists, String family) {
        for (PrefixList p : lists) {
            p.entries().stream().sorted(Comparator.comparingInt(PrefixList.Entry::seq)).forEach(e -> out.line(entry(family, p, e)));
        }
        if (!lists.isEmpty()) {
            out.bang(0);
        }
    }

    /** One prefix-list line as frr.conf holds it ({@code any} for 0.0.0.0/0 alone, ge/le when set). */
    public static String entry(String family, PrefixList p, PrefixList.Entry e) {
        return family + " prefix-list " + FrrText.word(p.name()) + " seq " + e.seq() + " " + e.action().keyword() + " "
                + (e.prefix().any() ? "any" : e.prefix().network().toString())
                + (e.ge() == null ? "" : " ge " + e.ge()) + (e.le() == null ? "" : " le " + e.le());
    }

    private static void routeMapEntry(FrrText out, Router r, RouteMap m, RouteMap.Entry e) {
        out.line("route-map " + FrrText.word(m.name()) + " " + e.action().keyword() + " " + e.seq());
        if (e.description() != null && !e.description().isBlank()) {
            out.line(1, "description " + collapse(e.description()));
        }
        RouteMap.Match match = e.match();
        if (match.community() != null) {
            out.line(1, "match community " + FrrText.word(match.community()));
        }
        if (match.prefixList() != null) {
            boolean v6 = r.prefixList(match.prefixList()).map(FrrPolicySection::isIpv6).orElse(false);
            out.line(1, "match " + (v6 ? "ipv6" : "ip") + " address prefix-list " + FrrText.word(match.prefixList()));
        }
        RouteMap.Set set = e.set();
        if (!set.asPathPrepend().isEmpty()) {
            out.line(1, "set as-path prepend " + set.asPathPrepend().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        }
        if (!set.communities().isEmpty()) {
            out.line(1, "set community " + String.join(" ", set.communities().stream().map(FrrText::word).toList()) + (set.communityAdditive() ? " additive" : ""));
        }
        if (set.localPreference() != null) {
            out.line(1, "set local-preference " + set.localPreference());
        }
        if (set.med() != null) {
            out.line(1, "set metric " + set.med());
        }
        if (set.origin() != null) {
            out.line(1, "set origin " + set.origin().keyword());
        }
        if (set.weight() != null) {
            out.line(1, "set weight " + set.weight());
        }
        out.line("exit");
        out.bang(0);
    }

    static String collapse(String text) {
        return ConfigSyntax.collapsed(FrrText.FORMAT, text);
    }
}
