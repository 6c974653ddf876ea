package io.peerplan.export.lab;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Names of everything a lab creates. Every namespace is {@code pp-<labId>-<element>}: the six-hex
 * lab id keeps parallel labs (and anything else on the machine) apart, the element id keeps
 * {@code ip netns list} readable. FRR's daemons put their sockets in {@code /var/run/frr/NAMESPACE},
 * whose unix-socket paths must stay under 108 bytes, hence the length cap.
 */
final class LabNames {
    static final String PREFIX = "pp-";
    private static final int MAX_NAMESPACE = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String labId;
    private final Set<String> used = new HashSet<>();

    LabNames(String labId) {
        if (!labId.matches("[0-9a-f]{6}")) {
            throw new IllegalArgumentException("a lab id is six lowercase hex digits, not '" + labId + "'");
        }
        this.labId = labId;
    }

    /** A fresh random lab id. */
    static String newLabId() {
        byte[] b = new byte[3];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    String labId() {
        return labId;
    }

    /** The namespace of a router, node or vantage. */
    String host(String elementId) {
        return unique(PREFIX + labId + "-" + clean(elementId));
    }

    /** The namespace holding a network's bridge. */
    String switchFor(String networkId) {
        return unique(PREFIX + labId + "-n-" + clean(networkId));
    }

    private String unique(String wanted) {
        String base = wanted.length() > MAX_NAMESPACE ? wanted.substring(0, MAX_NAMESPACE) : wanted;
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            String suffix = "-" + i;
            name = (base.length() + suffix.length() > MAX_NAMESPACE
                    ? base.substring(0, MAX_NAMESPACE - suffix.length()) : base) + suffix;
        }
        return name;
    }

    private static String clean(String id) {
        String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return s.isEmpty() ? "x" : s;
    }
}
