package io.peerplan.export.lab;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what Quagga 1.2's bgpd prints, which has no JSON form: the table ({@code show ip bgp},
 * bgp_route.c route_vty_out), one prefix's paths ({@code show ip bgp A.B.C.D/M},
 * route_vty_out_detail_header and route_vty_out_detail) and the neighbor summary
 * ({@code show ip bgp summary}, bgp_vty.c bgp_show_summary). Quagga prints no selection reason,
 * so the paths it yields carry none. The push reads a Quagga router's sessions and advertised
 * routes with it too.
 */
public final class QuaggaShow {
    /** A table row that starts a prefix: three status characters (route_vty_short_status_out), the network. */
    private static final Pattern ROW = Pattern.compile("^[ *>=sdhirRS]{3}(\\d+\\.\\d+\\.\\d+\\.\\d+(?:/\\d+)?)\\s");
    private static final Pattern ENTRY = Pattern.compile("^BGP routing table entry for (\\S+)$");
    /** Line 2 of a path: next hop, then the neighbor it came from and that neighbor's router id. */
    private static final Pattern FROM = Pattern.compile(
            "^ {4}(\\S+)(?: \\(inaccessible\\)| \\(metric \\d+\\))? from (\\S+) \\((\\S+)\\)$");
    private static final Pattern ATTRIBUTES = Pattern.compile("^ {6}Origin (IGP|EGP|incomplete)(.*)$");
    private static final Pattern METRIC = Pattern.compile(", metric (\\d+)");
    private static final Pattern LOCAL_PREF = Pattern.compile(", localpref (\\d+)");
    private static final Pattern WEIGHT = Pattern.compile(", weight (\\d+)");
    private static final Pattern SUMMARY = Pattern.compile(
            "^(\\S+)\\s+4\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\S+\\s+(.+)$");

    private QuaggaShow() {
    }

    /**
     * The prefixes of a {@code show ip bgp} table, each with its length: Quagga leaves the length
     * off a classful prefix (route_vty_out_route: /8 in class A, /16 in B, /24 in C, and 0.0.0.0).
     */
    public static List<String> prefixes(String table) {
        List<String> out = new ArrayList<>();
        boolean rows = false;
        for (String line : table.split("\n")) {
            Matcher m = ROW.matcher(line);
            if (line.startsWith("   Network ")) {
                rows = true;
            } else if (rows && m.find()) {
                String network = m.group(1);
                out.add(network.contains("/") ? network : network + "/" + classfulLength(network));
            }
        }
        return out;
    }

    private static int classfulLength(String address) {
        int first = Integer.parseInt(address.substring(0, address.indexOf('.')));
        if (address.equals("0.0.0.0")) {
            return 0;
        }
        return first < 128 ? 8 : first < 192 ? 16 : 24;
    }

    /** The table of one router from the detail views of its prefixes. */
    static LabRib rib(String elementId, List<String> details) {
        Map<IpPrefix, List<LabRib.Path>> routes = new LinkedHashMap<>();
        for (String detail : details) {
            String[] lines = detail.split("\n");
            IpPrefix prefix = null;
            List<LabRib.Path> paths = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                Matcher entry = ENTRY.matcher(lines[i]);
                if (entry.matches()) {
                    prefix = IpPrefix.parse(entry.group(1));
                }
                Matcher from = FROM.matcher(lines[i]);
                if (from.matches() && i > 0) {
                    paths.add(path(lines[i - 1], from, attributes(lines, i + 1)));
                }
            }
            if (prefix != null && !paths.isEmpty()) {
                routes.put(prefix, paths);
            }
        }
        return new LabRib(elementId, routes, false);
    }

    private static String attributes(String[] lines, int from) {
        for (int j = from; j < lines.length && j < from + 3; j++) {
            if (ATTRIBUTES.matcher(lines[j]).matches()) {
                return lines[j];
            }
        }
        return "";
    }

    private static LabRib.Path path(String asPathLine, Matcher from, String attributeLine) {
        String peerAddress = from.group(2);
        Ip peer = peerAddress.equals("0.0.0.0") || peerAddress.equals("::") ? null : Ip.parse(peerAddress);
        List<Long> asPath = new ArrayList<>();
        // Line 1: the AS path (or "Local"), then flags such as ", (stale)" that hold no AS numbers.
        String path = asPathLine.strip();
        int flags = path.indexOf(", (");
        for (String part : (flags < 0 ? path : path.substring(0, flags)).split("[\\s{}(),]+")) {
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                asPath.add(Long.parseLong(part));
            }
        }
        Matcher a = ATTRIBUTES.matcher(attributeLine);
        String origin = a.matches() ? a.group(1) : "";
        String rest = a.matches() ? a.group(2) : "";
        List<String> words = List.of(rest.split(", "));
        return new LabRib.Path(peer, asPath, origin, number(METRIC, rest), number(LOCAL_PREF, rest),
                number(WEIGHT, rest) == null ? 0 : number(WEIGHT, rest), Ip.parse(from.group(1)),
                words.contains("valid"), words.contains("best"), null, words.contains("multipath"),
                words.contains("internal"));
    }

    private static Long number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    /**
     * Neighbor address to state: a number in the last column means Established (its prefix
     * count); otherwise the column holds the state's name, e.g. {@code Active} or {@code Idle (Admin)}.
     */
    public static Map<String, String> sessionStates(String summary) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean rows = false;
        String wrapped = null;
        for (String line : summary.split("\n")) {
            if (line.startsWith("Neighbor ")) {
                rows = true;
                continue;
            }
            if (!rows || line.isBlank()) {
                rows = rows && !line.isBlank();
                continue;
            }
            // A neighbor address of 16 characters or more stands alone on its line (bgp_show_summary).
            if (wrapped == null && !line.startsWith(" ") && line.strip().split("\\s+").length == 1) {
                wrapped = line.strip();
                continue;
            }
            String row = wrapped != null ? wrapped + line.substring(Math.min(line.length(), 15)) : line;
            wrapped = null;
            Matcher m = SUMMARY.matcher(row);
            if (m.matches()) {
                String state = m.group(2).strip();
                out.put(m.group(1), state.chars().allMatch(Character::isDigit) ? "Established" : state.split(" ")[0]);
            }
        }
        return out;
    }
}
