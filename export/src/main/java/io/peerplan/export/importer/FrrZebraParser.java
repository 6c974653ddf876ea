package io.peerplan.export.importer;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.StaticRoute;
import java.util.List;
import java.util.regex.Pattern;

/** Top-level {@code ip}/{@code ipv6} lines: router-id, forwarding, prefix- and community-lists, static routes. */
final class FrrZebraParser {
    private static final Pattern INTERFACE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
    private FrrZebraParser() {
    }

    /** {@code ip|ipv6 ...} and {@code no ip|ipv6 forwarding}, {@code router-id} (Quagga zebra). */
    static boolean line(ParsedRouter r, Line l, List<ImportNote> notes, String file) {
        if (l.is("ip", "forwarding") || l.is("ipv6", "forwarding") || l.is("no", "ipv6", "forwarding")) {
            return true;
        }
        if (l.is("ip", "nht", "resolve-via-default") || l.is("no", "ip", "nht", "resolve-via-default")) {
            r.nhtResolveViaDefault = !l.starts("no");
            return true;
        }
        if (l.starts("ip", "router-id") && l.size() == 3 && Line.ip(l.at(2)) != null) {
            r.routerId = Line.ip(l.at(2));
            return true;
        }
        if (l.starts("ip", "prefix-list") || l.starts("ipv6", "prefix-list")) {
            return FrrPolicyParser.prefixList(r, l);
        }
        if (l.starts("ip", "community-list")) {
            return FrrPolicyParser.communityList(r, l);
        }
        if (l.starts("ip", "route") || l.starts("ipv6", "route")) {
            return staticRoute(r, l, notes, file);
        }
        return false;
    }

    /**
     * {@code ip route P|A M (NEXTHOP [IF] | IF | blackhole | reject | Null0) [DISTANCE]}: the forms of
     * staticd/static_vty.c ({@code ip_route_blackhole}, {@code ip_route_address_interface}, ...).
     */
    private static boolean staticRoute(ParsedRouter r, Line l, List<ImportNote> notes, String file) {
        IpPrefix p = Line.prefix(l.at(2));
        int first = 3;
        if (p == null && l.starts("ip", "route")) {
            p = Line.masked(l.at(2), l.at(3));
            first = 4;
        }
        if (p == null || l.size() <= first) {
            return false;
        }
        Ip nh = null;
        String ifName = null;
        boolean blackhole = false;
        Integer distance = null;
        for (int i = first; i < l.size(); i++) {
            String w = l.at(i);
            if (i == first && (w.equals("blackhole") || w.equals("reject") || w.equalsIgnoreCase("null0"))) {
                blackhole = true;
            } else if (i == first && Line.ip(w) != null) {
                nh = Line.ip(w);
            } else if (i == l.size() - 1 && Line.integer(w) != null && i > first) {
                distance = Line.integer(w);
            } else if (ifName == null && !blackhole && INTERFACE_NAME.matcher(w).matches() && !w.equals("tag") && !w.equals("label")
                    && !w.equals("vrf") && !w.equals("table") && !w.equals("reject")) {
                ifName = w;
            } else {
                return false;
            }
        }
        if (l.at(first).equals("reject")) {
            // zebra installs reject as an unreachable route (ICMP sent), blackhole as a silent drop
            // (zebra/rt_netlink.c: RTN_UNREACHABLE vs RTN_BLACKHOLE); to BGP both are the same route.
            notes.add(new ImportNote(ImportNote.Kind.INFERRED, file, l.number, "", l.text,
                    "imported as a blackhole route: the design has no reject (ICMP unreachable) kind, so exports write blackhole"));
        }
        r.staticRoutes.add(new StaticRoute(p, nh, ifName, blackhole, distance));
        return true;
    }
}
