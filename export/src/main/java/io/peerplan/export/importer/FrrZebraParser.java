package io.peerplan.export.importer;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.StaticRoute;

/** Top-level {@code ip}/{@code ipv6} lines: router-id, forwarding, prefix- and community-lists, static routes. */
final class FrrZebraParser {
    private FrrZebraParser() {
    }

    /** {@code ip|ipv6 ...} and {@code no ip|ipv6 forwarding}, {@code router-id} (Quagga zebra). */
    static boolean line(ParsedRouter r, Line l) {
        if (l.is("ip", "forwarding") || l.is("ipv6", "forwarding") || l.is("no", "ipv6", "forwarding")) {
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
            return staticRoute(r, l);
        }
        return false;
    }

    /** {@code ip route P (NEXTHOP [IF] | IF | blackhole | Null0) [DISTANCE]}. */
    private static boolean staticRoute(ParsedRouter r, Line l) {
        IpPrefix p = Line.prefix(l.at(2));
        if (p == null || l.size() < 4) {
            return false;
        }
        Ip nh = null;
        String ifName = null;
        boolean blackhole = false;
        Integer distance = null;
        for (int i = 3; i < l.size(); i++) {
            String w = l.at(i);
            if (i == 3 && (w.equals("blackhole") || w.equalsIgnoreCase("null0"))) {
                blackhole = true;
            } else if (i == 3 && Line.ip(w) != null) {
                nh = Line.ip(w);
            } else if (i == l.size() - 1 && Line.integer(w) != null && i > 3) {
                distance = Line.integer(w);
            } else if (ifName == null && !blackhole && w.matches("[A-Za-z][A-Za-z0-9._-]*") && !w.equals("tag") && !w.equals("label")
                    && !w.equals("vrf") && !w.equals("table") && !w.equals("reject")) {
                ifName = w;
            } else {
                return false;
            }
        }
        r.staticRoutes.add(new StaticRoute(p, nh, ifName, blackhole, distance));
        return true;
    }
}
