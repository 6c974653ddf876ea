package io.peerplan.export.lab;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a frr.conf into what sets up sessions and what originates routes ({@code network},
 * {@code redistribute}, {@code neighbor X default-originate} in the IPv4 unicast address family).
 * The lab applies the first everywhere, waits until every session is Established, then the second
 * everywhere at once: routes then spread from all their origins together, hop by hop, instead of in
 * the order sessions happened to come up (which decides eBGP ties by "Older Path", FrrFactsTest
 * batch 3). The final config is the full one.
 */
record Origination(String sessions, String routes) {
    private static final Pattern ORIGINATES = Pattern.compile(
            "^\\s*(network \\S+.*|redistribute \\S+.*|neighbor \\S+ default-originate.*)$");

    /** One part a host's {@code prepare} wrote to its run directory ({@code sessions.conf}, {@code routes.conf}). */
    static List<String> read(java.nio.file.Path dir, String part, String namespace) {
        try {
            return java.nio.file.Files.readAllLines(dir.resolve(part));
        } catch (java.io.IOException e) {
            throw new LabException(namespace + ": " + e.getMessage(), e);
        }
    }

    static Origination split(String config) {
        StringBuilder base = new StringBuilder();
        List<String> originating = new ArrayList<>();
        String routerBgp = null;
        boolean inBgp = false;
        boolean inV4 = false;
        boolean inAf = false;
        for (String line : config.split("\n", -1)) {
            String t = line.strip();
            if (line.startsWith("router bgp ")) {
                routerBgp = line;
                inBgp = true;
            } else if (inBgp && (line.equals("exit") || line.startsWith("router ") || line.equals("end"))) {
                inBgp = false;
                inV4 = false;
                inAf = false;
            } else if (inBgp && t.startsWith("address-family ")) {
                inV4 = t.equals("address-family ipv4 unicast") || t.equals("address-family ipv4");
                inAf = true;
            } else if (inBgp && t.equals("exit-address-family")) {
                inV4 = false;
                inAf = false;
            } else if (inBgp && ORIGINATES.matcher(line).matches() && (inV4 || !inAf)) {
                originating.add(t);
                continue;
            }
            base.append(line).append('\n');
        }
        if (originating.isEmpty()) {
            return new Origination(base.toString(), "");
        }
        StringBuilder routes = new StringBuilder(routerBgp).append('\n').append(" address-family ipv4 unicast\n");
        originating.forEach(l -> routes.append("  ").append(l).append('\n'));
        routes.append(" exit-address-family\nexit\n");
        return new Origination(base.toString(), routes.toString());
    }
}
