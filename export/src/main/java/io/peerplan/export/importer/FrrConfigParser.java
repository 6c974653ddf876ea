package io.peerplan.export.importer;

import io.peerplan.model.Asn;
import io.peerplan.model.BfdPeer;
import io.peerplan.model.DefaultsProfile;
import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Platform;
import io.peerplan.model.RouterRole;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an {@code frr.conf} (or Quagga's {@code bgpd.conf}/{@code zebra.conf}) into a router: every
 * construct the FRR generator writes and the seeds use, indented as vtysh writes it or flat as seed
 * 000 does. Blocks end at {@code exit} or, as in vtysh, at the first line that belongs to an outer
 * level. A line it does not understand is kept verbatim in an {@link ImportNote} with its number and
 * block, never dropped silently. Peerplan's own header comments give back the router id, role and
 * interfaces that frr.conf itself does not hold.
 */
final class FrrConfigParser {
    /** \R: vtysh writes \n, editors on other systems \r\n or a lone \r; each ends a line. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern HEADER = Pattern.compile(
            "! (?:(?:bgpd|zebra)\\.conf generated|Generated) by Peerplan for (?:router|vantage) (\\S+?)(?: \\((\\w+)\\))?, written for (FRR|Quagga) .*");
    private static final Pattern INTERFACE = Pattern.compile("!\\s{3}(\\S+) (\\S+/\\d+)(?: network (\\S+))?");
    /** First words that only exist at the top level: seeing one inside a block ends the block, as in vtysh. */
    private static final List<String> OUTER = List.of("router", "route-map", "ip", "ipv6", "hostname", "log", "frr",
            "interface", "line", "end", "service", "password", "enable", "debug", "agentx", "vrf", "access-list");
    private static final List<String> OUTER_BGP = List.of("community-list", "large-community-list", "extcommunity-list",
            "as-path", "route-map");

    private enum Ctx { TOP, BGP, AF, AF_OTHER, ROUTE_MAP, BFD, BFD_PROFILE, BFD_PEER, INTERFACE, IGNORED, UNKNOWN_BLOCK }

    private final String file;
    private final List<ImportNote> notes;
    private final ParsedRouter r;
    private Ctx ctx = Ctx.TOP;
    private String where = "";
    private String bgpWhere = "";
    private ParsedRouter.RouteMapEntryBuilder entry;
    private ParsedRouter.BfdProfileBuilder profile;
    private int bfdPeer = -1;
    private String iface;
    private boolean inInterfaceHeader;

    private FrrConfigParser(String file, List<ImportNote> notes, ParsedRouter into) {
        this.file = file;
        this.notes = notes;
        this.r = into;
        if (r.source == null) {
            r.source = file;
        }
    }

    static ParsedRouter parse(String file, String text, List<ImportNote> notes) {
        return parse(file, text, notes, new ParsedRouter());
    }

    /** Reads into {@code into}: Quagga's zebra.conf and bgpd.conf describe one router. */
    static ParsedRouter parse(String file, String text, List<ImportNote> notes, ParsedRouter into) {
        FrrConfigParser p = new FrrConfigParser(file, notes, into);
        String[] lines = LINE_BREAK.split(text, -1);
        for (int i = 0; i < lines.length; i++) {
            p.line(new Line(i + 1, lines[i]));
        }
        return p.r;
    }

    private void line(Line l) {
        if (l.text.isEmpty()) {
            return;
        }
        if (l.text.startsWith("!") || l.text.startsWith("#")) {
            comment(l);
            return;
        }
        inInterfaceHeader = false;
        if (ctx != Ctx.TOP && inner(l)) {
            return;
        }
        ctx = Ctx.TOP;
        where = "";
        if (!top(l)) {
            unknown(l, "not understood");
        }
    }

    private void comment(Line l) {
        if (ctx == Ctx.BFD_PROFILE && l.text.startsWith(FrrBfdParser.LOG_NOTE)) {
            profile.logSessionChanges = true;
            return;
        }
        Matcher h = HEADER.matcher(l.text);
        if (h.matches()) {
            r.id = h.group(1);
            r.role = role(h.group(2));
            r.platform = h.group(3).equals("Quagga") ? Platform.QUAGGA : Platform.FRR;
            return;
        }
        if (l.text.startsWith("! Interfaces (")) {
            inInterfaceHeader = true;
            return;
        }
        Matcher m = INTERFACE.matcher(l.text);
        if (inInterfaceHeader && m.matches() && Line.prefix(m.group(2)) != null) {
            if (r.interfaces.stream().noneMatch(f -> f.name().equals(m.group(1)))) {
                r.interfaces.add(new Interface(m.group(1), Line.prefix(m.group(2)), m.group(3)));
            }
            r.interfacesFromHeader = true;
            return;
        }
        inInterfaceHeader = false;
    }

    private static RouterRole role(String s) {
        if (s == null) {
            return null;
        }
        try {
            return RouterRole.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A line inside the current block; false sends it to the outer level. */
    private boolean inner(Line l) {
        switch (ctx) {
            case BGP -> {
                if (l.is("exit")) {
                    ctx = Ctx.TOP;
                    return true;
                }
                if (l.starts("address-family")) {
                    boolean v4 = l.is("address-family", "ipv4") || l.is("address-family", "ipv4", "unicast");
                    boolean v6 = l.is("address-family", "ipv6") || l.is("address-family", "ipv6", "unicast");
                    ctx = v4 || v6 ? Ctx.AF : Ctx.AF_OTHER;
                    if (ctx == Ctx.AF_OTHER) {
                        unknown(l, "this address family is not part of Peerplan's model; its block is kept below");
                    }
                    where = bgpWhere + " / " + l.text;
                    return true;
                }
                return FrrBgpParser.bgpLine(r, l, notes, file) || unknownInside(l);
            }
            case AF, AF_OTHER -> {
                if (l.is("exit-address-family") || l.is("exit")) {
                    ctx = Ctx.BGP;
                    where = bgpWhere;
                    return true;
                }
                if (ctx == Ctx.AF_OTHER) {
                    return unknownInside(l);
                }
                return FrrBgpParser.afLine(r, l, notes, file) || unknownInside(l);
            }
            case ROUTE_MAP -> {
                if (l.is("exit")) {
                    ctx = Ctx.TOP;
                    return true;
                }
                return FrrPolicyParser.routeMapLine(entry, l) || unknownInside(l);
            }
            case BFD -> {
                if (l.is("exit")) {
                    ctx = Ctx.TOP;
                    return true;
                }
                if (l.starts("profile") && l.size() == 2) {
                    profile = new ParsedRouter.BfdProfileBuilder();
                    profile.name = l.at(1);
                    r.bfdProfiles.add(profile);
                    ctx = Ctx.BFD_PROFILE;
                    where = "bfd / " + l.text;
                    return true;
                }
                if (l.starts("peer")) {
                    BfdPeer p = FrrBfdParser.peer(l);
                    if (p == null) {
                        return unknownInside(l);
                    }
                    r.bfdPeers.add(p);
                    bfdPeer = r.bfdPeers.size() - 1;
                    ctx = Ctx.BFD_PEER;
                    where = "bfd / " + l.text;
                    return true;
                }
                return unknownInside(l);
            }
            case BFD_PROFILE -> {
                if (l.is("exit")) {
                    ctx = Ctx.BFD;
                    where = "bfd";
                    return true;
                }
                return FrrBfdParser.profileLine(profile, l) || unknownInside(l);
            }
            case BFD_PEER -> {
                if (l.is("exit")) {
                    ctx = Ctx.BFD;
                    where = "bfd";
                    return true;
                }
                if (l.starts("profile") && l.size() == 2) {
                    BfdPeer p = r.bfdPeers.get(bfdPeer);
                    r.bfdPeers.set(bfdPeer, new BfdPeer(p.address(), l.at(1), p.multihop(), p.localAddress(), p.interfaceName()));
                    return true;
                }
                return unknownInside(l);
            }
            case INTERFACE -> {
                if (l.is("exit")) {
                    ctx = Ctx.TOP;
                    return true;
                }
                if ((l.starts("ip", "address") || l.starts("ipv6", "address")) && l.size() == 3 && Line.prefix(l.at(2)) != null) {
                    IpPrefix a = Line.prefix(l.at(2));
                    Interface known = r.interfaces.stream().filter(f -> f.name().equals(iface)).findFirst().orElse(null);
                    if (known == null) {
                        r.interfaces.add(new Interface(iface, a, null));
                    } else if (!String.valueOf(known.address()).equals(a.toString())) {
                        // zebra keeps every address of an interface (zebra/interface.c: ip_address_install);
                        // the design's Interface holds one, so say which one was left out.
                        unknown(l, "a second address on " + iface + " (" + known.address()
                                + " was imported); an interface in the design holds one address");
                    }
                    return true;
                }
                return unknownInside(l);
            }
            case IGNORED -> {
                if (l.is("exit")) {
                    ctx = Ctx.TOP;
                    return true;
                }
                return !outer(l);
            }
            case UNKNOWN_BLOCK -> {
                if (l.is("exit")) {
                    ctx = Ctx.TOP;
                    return true;
                }
                return unknownInside(l);
            }
            default -> {
                return false;
            }
        }
    }

    /** An inner line not understood: kept, unless it is really an outer-level command (vtysh's node fallback). */
    private boolean unknownInside(Line l) {
        if (outer(l)) {
            return false;
        }
        unknown(l, "not understood in this block");
        return true;
    }

    /** True for a command that exists only at the top level; {@code bfd} opens bfdd's block from anywhere but bfdd's own. */
    private boolean outer(Line l) {
        String first = l.at(0);
        if (OUTER.contains(first) || l.starts("no", "ip") || l.starts("no", "ipv6")) {
            return true;
        }
        if (first.equals("bgp") && l.size() > 1 && OUTER_BGP.contains(l.at(1))) {
            return true;
        }
        return l.is("bfd") && ctx != Ctx.BFD && ctx != Ctx.BFD_PROFILE && ctx != Ctx.BFD_PEER;
    }

    private boolean top(Line l) {
        switch (l.at(0)) {
            case "frr" -> {
                if (l.starts("frr", "defaults") && l.size() == 3) {
                    try {
                        r.defaults = DefaultsProfile.valueOf(l.at(2).toUpperCase(Locale.ROOT));
                        return true;
                    } catch (IllegalArgumentException e) {
                        return false;
                    }
                }
                return l.starts("frr", "version");
            }
            case "hostname" -> {
                r.hostname = l.size() == 2 ? l.at(1) : null;
                return l.size() == 2;
            }
            case "log" -> {
                if (r.log != null) {
                    return false;
                }
                r.log = l.rest(1);
                return true;
            }
            case "end", "exit" -> {
                return true;
            }
            case "service" -> {
                return l.is("service", "integrated-vtysh-config");
            }
            case "password", "enable" -> {
                notes.add(new ImportNote(ImportNote.Kind.SECRET, file, l.number, "", l.at(0) + " ****",
                        "a vty login password; secrets are not imported"));
                return true;
            }
            case "line" -> {
                ctx = Ctx.IGNORED;
                return true;
            }
            case "interface" -> {
                if (l.size() != 2) {
                    return false;
                }
                iface = l.at(1);
                ctx = Ctx.INTERFACE;
                where = l.text;
                return true;
            }
            case "bfd" -> {
                if (l.size() != 1) {
                    return false;
                }
                ctx = Ctx.BFD;
                where = "bfd";
                return true;
            }
            case "router" -> {
                return router(l);
            }
            case "route-map" -> {
                return routeMap(l);
            }
            case "bgp" -> {
                if (l.starts("bgp", "route-map", "delay-timer") && l.size() == 4 && Line.integer(l.at(3)) != null) {
                    r.routeMapDelayTimer = Line.integer(l.at(3));
                    return true;
                }
                return l.starts("bgp", "community-list") && FrrPolicyParser.communityList(r, l);
            }
            default -> {
                return FrrZebraParser.line(r, l, notes, file);
            }
        }
    }

    private boolean router(Line l) {
        if (l.starts("router", "bgp") && l.size() == 3 && Line.asn(l.at(2)) != null) {
            r.asn = Asn.of(Line.asn(l.at(2)));
            r.bgpFile = file;
            r.bgpLine = l.number;
            ctx = Ctx.BGP;
            bgpWhere = l.text;
            where = bgpWhere;
            return true;
        }
        if (l.starts("router")) {
            unknown(l, "this routing protocol or instance is not part of Peerplan's model; its block is kept below");
            ctx = Ctx.UNKNOWN_BLOCK;
            where = l.text;
            return true;
        }
        return false;
    }

    private boolean routeMap(Line l) {
        if (l.size() != 4 || FrrPolicyParser.action(l.at(2)) == null || Line.integer(l.at(3)) == null) {
            return false;
        }
        entry = new ParsedRouter.RouteMapEntryBuilder();
        entry.action = FrrPolicyParser.action(l.at(2));
        entry.seq = Line.integer(l.at(3));
        r.routeMaps.computeIfAbsent(l.at(1), k -> new java.util.ArrayList<>()).add(entry);
        ctx = Ctx.ROUTE_MAP;
        where = l.text;
        return true;
    }

    private void unknown(Line l, String reason) {
        notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, file, l.number, where, l.text, reason + (reason.contains("kept") ? "" : "; kept in this report, not imported")));
    }
}
