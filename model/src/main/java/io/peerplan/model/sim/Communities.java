package io.peerplan.model.sim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Community values in the one text form the simulator compares and prints: {@code A:B} for
 * standard communities, FRR's names for the well-known ones (lib/community.c: {@code no-export},
 * {@code no-advertise}, {@code local-AS}, ...) and {@code A:B:C} for large communities (MetalLB
 * writes them {@code large:A:B:C}).
 */
final class Communities {
    static final String NO_EXPORT = "no-export";
    static final String NO_ADVERTISE = "no-advertise";
    static final String LOCAL_AS = "local-AS";

    private Communities() {
    }

    /** The canonical text, or null when the value is not a community. */
    static String canonical(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "no-export":
            case "65535:65281":
                return NO_EXPORT;
            case "no-advertise":
            case "65535:65282":
                return NO_ADVERTISE;
            case "local-as":
            case "no-export-subconfed":
            case "65535:65283":
                return LOCAL_AS;
            case "graceful-shutdown":
            case "65535:0":
                return "graceful-shutdown";
            case "blackhole":
            case "65535:666":
                return "blackhole";
            default:
                break;
        }
        if (lower.startsWith("large:")) {
            t = t.substring("large:".length());
        }
        String[] parts = t.split(":");
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            try {
                long v = Long.parseLong(p);
                long max = parts.length == 2 ? 65535 : 4_294_967_295L;
                if (v < 0 || v > max) {
                    return null;
                }
                if (!b.isEmpty()) {
                    b.append(':');
                }
                b.append(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return b.toString();
    }

    /** A sorted, duplicate-free immutable list of canonical values; unparsable ones are dropped. */
    static List<String> of(Collection<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        TreeSet<String> set = new TreeSet<>();
        for (String v : values) {
            for (String one : v.trim().split("\\s+")) {
                String c = canonical(one);
                if (c != null) {
                    set.add(c);
                }
            }
        }
        return List.copyOf(set);
    }

    static List<String> union(List<String> a, List<String> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return of(all);
    }

    /** Large communities have three parts; {@code send-community} covers both kinds in FRR. */
    static boolean isLarge(String canonical) {
        return canonical.chars().filter(c -> c == ':').count() == 2;
    }
}
