package io.peerplan.export.importer;

import io.peerplan.model.Action;
import io.peerplan.model.CommunityList;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.PrefixList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Prefix-lists, community-lists and route-map entries of an frr.conf (also Quagga's spellings). */
final class FrrPolicyParser {
    private FrrPolicyParser() {
    }

    static Action action(String s) {
        return "permit".equals(s) ? Action.PERMIT : "deny".equals(s) ? Action.DENY : null;
    }

    /** {@code ip|ipv6 prefix-list NAME [seq N] permit|deny PREFIX|any [ge G] [le L]}; false if not understood. */
    static boolean prefixList(ParsedRouter r, Line l) {
        if (l.size() < 5) {
            return false;
        }
        String name = l.at(2);
        int i = 3;
        Integer seq = null;
        if ("seq".equals(l.at(i))) {
            seq = Line.integer(l.at(i + 1));
            if (seq == null) {
                return false;
            }
            i += 2;
        }
        Action a = action(l.at(i));
        IpPrefix p = Line.prefix(l.at(i + 1));
        if (a == null || p == null) {
            return false;
        }
        i += 2;
        Integer ge = null;
        Integer le = null;
        while (i < l.size()) {
            Integer v = Line.integer(l.at(i + 1));
            if (v == null) {
                return false;
            }
            if ("ge".equals(l.at(i)) && ge == null) {
                ge = v;
            } else if ("le".equals(l.at(i)) && le == null) {
                le = v;
            } else {
                return false;
            }
            i += 2;
        }
        List<PrefixList.Entry> entries = r.prefixLists.computeIfAbsent(name, k -> new ArrayList<>());
        // FRR numbers entries without "seq" in steps of 5 (lib/plist.c).
        int s = seq != null ? seq : entries.stream().mapToInt(PrefixList.Entry::seq).max().orElse(0) + 5;
        entries.add(new PrefixList.Entry(s, a, p, ge, le));
        return true;
    }

    /**
     * FRR's {@code bgp community-list [standard] NAME [seq N] permit|deny COMMUNITY...} and Quagga's
     * {@code ip community-list [standard] NAME permit|deny COMMUNITY...} (no sequence numbers).
     */
    static boolean communityList(ParsedRouter r, Line l) {
        int i = 2;
        if ("standard".equals(l.at(i))) {
            i++;
        } else if ("expanded".equals(l.at(i))) {
            return false;
        }
        String name = l.at(i++);
        if (name == null || name.matches("[0-9]+")) {
            return false;
        }
        Integer seq = null;
        if ("seq".equals(l.at(i))) {
            seq = Line.integer(l.at(i + 1));
            i += 2;
        }
        Action a = action(l.at(i));
        String community = l.rest(i + 1);
        if (a == null || community.isEmpty()) {
            return false;
        }
        List<CommunityList.Entry> entries = r.communityLists.computeIfAbsent(name, k -> new ArrayList<>());
        int s = seq != null ? seq : entries.stream().mapToInt(CommunityList.Entry::seq).max().orElse(0) + 5;
        entries.add(new CommunityList.Entry(s, a, community));
        return true;
    }

    /** A line inside {@code route-map NAME ACTION SEQ}; false if not understood. */
    static boolean routeMapLine(ParsedRouter.RouteMapEntryBuilder e, Line l) {
        if (l.starts("description") && l.size() > 1) {
            e.description = l.rest(1);
            return true;
        }
        if ((l.starts("match", "ip", "address", "prefix-list") || l.starts("match", "ipv6", "address", "prefix-list")) && l.size() == 5) {
            e.matchPrefixList = l.at(4);
            return true;
        }
        if (l.starts("match", "community") && l.size() == 3) {
            e.matchCommunity = l.at(2);
            return true;
        }
        if (l.starts("set", "as-path", "prepend") && l.size() > 3) {
            List<Long> asns = new ArrayList<>();
            for (String s : Arrays.copyOfRange(l.w, 3, l.size())) {
                Long v = Line.number(s);
                if (v == null) {
                    return false;
                }
                asns.add(v);
            }
            e.prepend = asns;
            return true;
        }
        if (l.starts("set", "community") && l.size() > 2 && !"none".equals(l.at(2))) {
            List<String> c = new ArrayList<>(Arrays.asList(l.w).subList(2, l.size()));
            e.additive = c.getLast().equals("additive");
            if (e.additive) {
                c.removeLast();
            }
            e.communities = c;
            return !c.isEmpty();
        }
        if (l.starts("set", "origin") && l.size() == 3) {
            // route_set_origin (bgpd/bgp_routemap.c): igp, egp or incomplete.
            for (io.peerplan.model.RouteOrigin o : io.peerplan.model.RouteOrigin.values()) {
                if (o.keyword().equals(l.at(2))) {
                    e.origin = o;
                    return true;
                }
            }
            return false;
        }
        if (l.size() == 3 && l.starts("set")) {
            Long v = Line.number(l.at(2));
            if (v == null) {
                return false;
            }
            switch (l.at(1)) {
                case "local-preference" -> e.localPreference = v;
                case "metric" -> e.med = v;
                case "weight" -> e.weight = v;
                default -> {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
