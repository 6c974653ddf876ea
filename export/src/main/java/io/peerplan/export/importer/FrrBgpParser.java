package io.peerplan.export.importer;

import io.peerplan.export.Secrets;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.ListenRange;
import io.peerplan.model.Redistribution;
import java.util.List;

/** Lines of {@code router bgp} and its address families, including every {@code neighbor} form the generator writes. */
final class FrrBgpParser {
    private FrrBgpParser() {
    }

    /** A line directly under {@code router bgp}; false if not understood. */
    static boolean bgpLine(ParsedRouter r, Line l, List<ImportNote> notes, String file) {
        if (l.is("bgp", "always-compare-med")) {
            r.alwaysCompareMed = true;
        } else if (l.is("bgp", "bestpath", "compare-routerid")) {
            r.compareRouterId = true;
        } else if (bestpath(r, l)) {
            return true;
        } else if (l.is("bgp", "deterministic-med") || l.is("no", "bgp", "deterministic-med")) {
            r.deterministicMed = !l.starts("no");
        } else if (l.is("bgp", "ebgp-requires-policy") || l.is("no", "bgp", "ebgp-requires-policy")) {
            r.ebgpRequiresPolicy = !l.starts("no");
        } else if (l.is("bgp", "network", "import-check") || l.is("no", "bgp", "network", "import-check")) {
            r.networkImportCheck = !l.starts("no");
        } else if (l.starts("bgp", "router-id") && l.size() == 3 && Line.ip(l.at(2)) != null) {
            r.bgpRouterId = Line.ip(l.at(2));
        } else if (l.starts("bgp", "cluster-id") && l.size() == 3 && Line.ip(l.at(2)) != null) {
            r.clusterId = Line.ip(l.at(2));
        } else if (l.starts("timers", "bgp") && l.size() == 4 && Line.integer(l.at(2)) != null && Line.integer(l.at(3)) != null) {
            r.keepalive = Line.integer(l.at(2));
            r.hold = Line.integer(l.at(3));
        } else if (l.starts("bgp", "listen", "limit") && l.size() == 4 && Line.integer(l.at(3)) != null
                && Line.integer(l.at(3)) >= 1 && Line.integer(l.at(3)) <= 65535) { // FRR: "bgp listen limit (1-65535)"
            r.listenLimit = Line.integer(l.at(3));
        } else if (l.starts("bgp", "listen", "range") && l.size() == 6 && "peer-group".equals(l.at(4)) && Line.prefix(l.at(3)) != null) {
            r.listenRanges.add(new ListenRange(Line.prefix(l.at(3)), l.at(5)));
        } else if (l.starts("neighbor")) {
            return neighbor(r, l, notes, file);
        } else {
            // Quagga writes IPv4 unicast settings directly under router bgp.
            return afLine(r, l, notes, file);
        }
        return true;
    }

    /**
     * The {@code bgp bestpath} knobs of bgp_vty.c that steer bgp_path_info_cmp: {@code as-path
     * ignore|multipath-relax}, {@code med confed|missing-as-worst} in either order, {@code peer-type
     * multipath-relax}, each also with {@code no} in front.
     */
    private static boolean bestpath(ParsedRouter r, Line l) {
        boolean no = l.starts("no");
        int k = no ? 1 : 0;
        if (l.size() < k + 3 || !"bgp".equals(l.at(k)) || !"bestpath".equals(l.at(k + 1))) {
            return false;
        }
        List<String> rest = java.util.Arrays.asList(l.w).subList(k + 2, l.size());
        switch (String.join(" ", rest)) {
            case "as-path ignore" -> r.asPathIgnore = !no;
            case "as-path multipath-relax" -> r.asPathMultipathRelax = !no;
            case "peer-type multipath-relax" -> r.peerTypeMultipathRelax = !no;
            case "med confed" -> r.medConfed = !no;
            case "med missing-as-worst" -> r.medMissingAsWorst = !no;
            case "med confed missing-as-worst", "med missing-as-worst confed" -> {
                r.medConfed = !no;
                r.medMissingAsWorst = !no;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code network A.B.C.D/M}, {@code network A.B.C.D mask M.M.M.M} and the classful
     * {@code network A.B.C.D}: the three forms of {@code bgp_network} (bgpd/bgp_route.c).
     */
    private static IpPrefix network(Line l) {
        if (!l.starts("network")) {
            return null;
        }
        if (l.size() == 2) {
            return l.at(1).contains("/") ? Line.prefix(l.at(1)) : Line.classful(l.at(1));
        }
        return l.size() == 4 && "mask".equals(l.at(2)) ? Line.masked(l.at(1), l.at(3)) : null;
    }

    /** A line inside {@code address-family ipv4|ipv6 unicast}; false if not understood. */
    static boolean afLine(ParsedRouter r, Line l, List<ImportNote> notes, String file) {
        IpPrefix p = network(l);
        if (p != null) {
            if (!r.networks.contains(p)) {
                r.networks.add(p);
            }
            return true;
        }
        if (l.starts("redistribute") && (l.size() == 2 || l.size() == 4 && "route-map".equals(l.at(2)))) {
            Redistribution.Source s = switch (l.at(1)) {
                case "connected" -> Redistribution.Source.CONNECTED;
                case "static" -> Redistribution.Source.STATIC;
                default -> null;
            };
            if (s == null) {
                return false;
            }
            r.redistribute.add(new Redistribution(s, l.size() == 4 ? l.at(3) : null));
            return true;
        }
        if (l.starts("maximum-paths") && l.size() == 2 && Line.integer(l.at(1)) != null) {
            r.maximumPaths = Line.integer(l.at(1));
            return true;
        }
        if (l.starts("maximum-paths", "ibgp") && l.size() == 3 && Line.integer(l.at(2)) != null) {
            r.maximumPathsIbgp = Line.integer(l.at(2));
            return true;
        }
        if (l.starts("neighbor")) {
            return neighbor(r, l, notes, file);
        }
        return false;
    }

    /** {@code neighbor NAME ...}: NAME is an address or a peer-group. */
    static boolean neighbor(ParsedRouter r, Line l, List<ImportNote> notes, String file) {
        if (l.size() < 3) {
            return false;
        }
        String name = l.at(1);
        Ip ip = Line.ip(name);
        if (ip == null && l.is("neighbor", name, "peer-group")) {
            r.peerGroups.computeIfAbsent(name, k -> new MutableNeighbor()).line = l.number;
            return true;
        }
        MutableNeighbor n = ip != null ? r.neighbors.get(ip) : r.peerGroups.get(name);
        if (n == null && ip != null) {
            n = new MutableNeighbor();
            n.line = l.number;
            r.neighbors.put(ip, n);
        }
        if (n == null) {
            return false;
        }
        return attribute(r, n, name, l, notes, file);
    }

    private static boolean attribute(ParsedRouter r, MutableNeighbor n, String name, Line l, List<ImportNote> notes, String file) {
        String a = l.at(2);
        int words = l.size() - 3;
        String v = l.at(3);
        switch (a) {
            case "remote-as" -> {
                if (words != 1 || !(Line.asn(v) != null || v.equals("internal") || v.equals("external"))) {
                    return false;
                }
                n.remoteAs = v;
            }
            case "peer-group" -> {
                if (words != 1) {
                    return false;
                }
                n.peerGroup = v;
            }
            case "local-as" -> {
                if (words != 1 || Line.asn(v) == null) {
                    return false;
                }
                n.localAs = Line.asn(v);
            }
            case "description" -> n.description = l.rest(3);
            case "shutdown" -> n.shutdown = words == 0 ? Boolean.TRUE : null;
            case "bfd" -> {
                if (words == 0) {
                    n.bfd = Boolean.TRUE;
                } else if (words == 2 && "profile".equals(v)) {
                    n.bfdProfile = l.at(4);
                } else {
                    return false;
                }
            }
            case "password" -> {
                if (words != 1) {
                    return false;
                }
                n.passwordRef = Secrets.nameOf(v).orElseGet(() -> {
                    String ref = Secrets.nameFrom("bgp", r.id() == null ? "router" : r.id(), name);
                    notes.add(new ImportNote(ImportNote.Kind.SECRET, file, l.number, "router bgp", "neighbor " + name + " password ****",
                            "the password is not stored in the design; it refers to secret '" + ref + "', written as "
                                    + Secrets.placeholder(ref) + " in exports"));
                    return ref;
                });
            }
            case "port" -> n.port = Line.integer(v);
            case "interface" -> n.interfaceName = words == 1 ? v : null;
            case "ebgp-multihop" -> n.ebgpMultihop = words == 0 ? Integer.valueOf(255) : Line.integer(v);
            case "update-source" -> n.updateSource = words == 1 ? v : null;
            case "timers" -> {
                if (words != 2 || Line.integer(v) == null || Line.integer(l.at(4)) == null) {
                    return false;
                }
                n.keepalive = Line.integer(v);
                n.hold = Line.integer(l.at(4));
            }
            case "activate" -> {
                return words == 0;
            }
            case "route-reflector-client" -> n.routeReflectorClient = words == 0 ? Boolean.TRUE : null;
            case "next-hop-self" -> n.nextHopSelf = words == 0 ? Boolean.TRUE : null;
            case "default-originate" -> n.defaultOriginate = words == 0 ? Boolean.TRUE : null;
            case "allowas-in" -> n.allowasIn = words == 0 ? Integer.valueOf(3) : Line.integer(v);
            case "weight" -> n.weight = Line.integer(v);
            case "prefix-list", "route-map" -> {
                String dir = l.at(4);
                if (words != 2 || !("in".equals(dir) || "out".equals(dir))) {
                    return false;
                }
                boolean pl = a.equals("prefix-list");
                if (dir.equals("in")) {
                    if (pl) {
                        n.prefixListIn = v;
                    } else {
                        n.routeMapIn = v;
                    }
                } else if (pl) {
                    n.prefixListOut = v;
                } else {
                    n.routeMapOut = v;
                }
            }
            default -> {
                return false;
            }
        }
        return valid(n, a, words);
    }

    /** A numeric attribute whose number did not parse leaves its field null: report the line instead. */
    private static boolean valid(MutableNeighbor n, String a, int words) {
        return switch (a) {
            case "port" -> n.port != null;
            case "interface" -> n.interfaceName != null;
            case "ebgp-multihop" -> n.ebgpMultihop != null;
            case "update-source" -> n.updateSource != null;
            case "allowas-in" -> n.allowasIn != null;
            case "weight" -> n.weight != null;
            case "shutdown", "route-reflector-client", "next-hop-self", "default-originate" -> words == 0;
            default -> true;
        };
    }
}
