package io.peerplan.export.push;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Quagga config (a daemon's file, or vtysh's merged {@code show running-config}) as contexts and
 * their lines, the way frr-reload.py reads FRR's: a context is the list of headers that lead to a
 * line ({@code router bgp 65000}, then {@code address-family ipv6}), the top level has none. Comments,
 * {@code !}, vtysh's "Building configuration" header, {@code end}, {@code exit} and
 * {@code exit-address-family} carry no setting and are dropped; a context with no line of its own
 * ({@code interface lo}, an empty {@code address-family ipv6}, which Quagga's running config lists
 * for every interface and instance) is a line only when it is one ({@link #headers}).
 */
record QuaggaConfigLines(Map<List<String>, Set<String>> contexts) {
    /** Top-level words that open a context in Quagga 1.2's config (lib/command.c node list, vtysh_config.c vtysh_config_parse_line). */
    private static final List<String> OPENERS = List.of("router ", "interface ", "route-map ", "line ", "key chain ");

    static QuaggaConfigLines parse(String text) {
        Map<List<String>, Set<String>> out = new LinkedHashMap<>();
        out.put(List.of(), new LinkedHashSet<>());
        List<String> root = List.of();
        List<String> current = List.of();
        for (String raw : text.split("\n", -1)) {
            String line = raw.stripTrailing();
            String word = line.strip();
            if (word.isEmpty() || word.startsWith("!") || word.equals("end") || word.equals("exit")
                    || line.startsWith("Building configuration") || line.startsWith("Current configuration")) {
                continue;
            }
            if (!line.startsWith(" ")) {
                if (OPENERS.stream().anyMatch(line::startsWith)) {
                    root = List.of(line);
                    current = root;
                    out.computeIfAbsent(current, k -> new LinkedHashSet<>());
                } else {
                    root = List.of();
                    current = root;
                    out.get(List.of()).add(line);
                }
                continue;
            }
            if (word.equals("exit-address-family")) {
                current = root;
            } else if (word.startsWith("address-family ") && !root.isEmpty() && root.getFirst().startsWith("router bgp ")) {
                current = List.of(root.getFirst(), addressFamily(word));
                out.computeIfAbsent(current, k -> new LinkedHashSet<>());
            } else {
                out.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(word);
            }
        }
        return new QuaggaConfigLines(out);
    }

    /** Quagga 1.2 writes "address-family ipv6" for IPv6 unicast (bgp_vty.c bgp_config_write_family_header). */
    private static String addressFamily(String header) {
        return header.equals("address-family ipv6 unicast") ? "address-family ipv6" : header;
    }

    /** Merges daemon files into one config, as vtysh merges the daemons' running configs. */
    static QuaggaConfigLines merge(List<String> texts) {
        Map<List<String>, Set<String>> out = new LinkedHashMap<>();
        for (String t : texts) {
            parse(t).contexts().forEach((k, v) -> out.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        }
        return new QuaggaConfigLines(out);
    }

    Set<String> lines(List<String> context) {
        return contexts.getOrDefault(context, Set.of());
    }

    /**
     * The contexts that count as a setting of their own even without lines: a route-map entry and a
     * BGP instance exist once written; an interface, an address family or {@code line vty} only
     * holds lines.
     */
    List<List<String>> headers() {
        List<List<String>> out = new ArrayList<>();
        for (List<String> k : contexts.keySet()) {
            if (k.size() == 1 && (k.getFirst().startsWith("route-map ") || k.getFirst().startsWith("router "))) {
                out.add(k);
            }
        }
        return out;
    }
}
