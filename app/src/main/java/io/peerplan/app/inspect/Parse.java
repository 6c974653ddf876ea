package io.peerplan.app.inspect;

import io.peerplan.model.Asn;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.validate.input.Grammar;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Text ↔ value for inspector fields. Every parse failure is an IllegalArgumentException whose
 * message is what the field's decoration shows, written for a network engineer ("AS number 70000
 * is out of range", not "NumberFormatException").
 */
public final class Parse {
    private Parse() {
    }

    /**
     * Blank → null, else trimmed; refused, as the loader would refuse the saved file, when it is not
     * one line of printable text ({@link Grammar#LINE}, what the project file holds in every field
     * not given another grammar). Fields with another grammar use {@link #optional(String, Grammar)}.
     */
    public static String optional(String s) {
        return optional(s, Grammar.LINE);
    }

    /** A description or a region's site and location: free text, line breaks kept ({@link Grammar#TEXT}). */
    public static String freeText(String s) {
        return optional(s, Grammar.TEXT);
    }

    /** strip, not trim: trim would also drop control characters such as U+0000, which must be refused. */
    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static String required(String s, String what) {
        String v = optional(s);
        if (v == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return v;
    }

    public static Asn asn(String s) {
        String v = optional(s);
        return v == null ? null : Asn.of(number(v, 0, Asn.MAX, "AS number"));
    }

    public static Asn requiredAsn(String s) {
        return Asn.of(number(required(s, "an AS number"), 0, Asn.MAX, "AS number"));
    }

    public static Long asnNumber(String s) {
        String v = optional(s);
        return v == null ? null : number(v, 0, Asn.MAX, "AS number");
    }

    /**
     * Blank → null, else the trimmed text, refused when it does not fit the grammar the validator
     * checks that field against ({@link Grammar}, the project's input rules), with the same reason.
     */
    public static String optional(String s, Grammar grammar) {
        String v = trimmed(s);
        if (v != null) {
            grammar.check(v).ifPresent(p -> {
                // A control character is named by its code point, not echoed into the message.
                throw new IllegalArgumentException((p.kind() == Grammar.Kind.CONTROL ? "The text" : "'" + v + "'") + " " + p.reason());
            });
        }
        return v;
    }

    /** One of the names a drop-down offers (a reference to an element that exists). */
    public static String oneOf(String s, List<String> names, String what) {
        String v = required(s, what);
        if (!names.contains(v)) {
            throw new IllegalArgumentException("there is no " + what.replaceFirst("^an? ", "") + " named '" + v + "' (one of: "
                    + String.join(", ", names) + ")");
        }
        return v;
    }

    /** A name written as one word of a router command (a prefix-list, route-map, peer-group name). */
    public static String word(String s, String what) {
        return optional(required(s, what), Grammar.WORD);
    }

    public static Long longValue(String s, long min, long max, String what) {
        String v = optional(s);
        return v == null ? null : number(v, min, max, what);
    }

    /** ASNs separated by commas or spaces ({@code set as-path prepend 64859 64859}). */
    public static List<Long> asns(String s) {
        return list(s).stream().map(v -> number(v, 1, Asn.MAX, "AS number")).toList();
    }

    public static Integer integer(String s, int min, int max, String what) {
        String v = optional(s);
        return v == null ? null : (int) number(v, min, max, what);
    }

    private static long number(String v, long min, long max, String what) {
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + v + "' is not a number");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(what + " " + n + " is out of range (" + min + ".." + max + ")");
        }
        return n;
    }

    public static Ip ip(String s) {
        String v = optional(s);
        return v == null ? null : Ip.parse(v);
    }

    public static IpPrefix prefix(String s) {
        String v = optional(s);
        return v == null ? null : IpPrefix.parse(v);
    }

    /** Items separated by commas, spaces or new lines. */
    public static List<String> list(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("[,\\s]+")).filter(x -> !x.isBlank()).toList();
    }

    public static String list(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public static List<IpPrefix> prefixes(String s) {
        return list(s).stream().map(IpPrefix::parse).toList();
    }

    /** "Default", "Yes", "No" for settings where unset means the platform default. */
    public static final List<String> TRI = List.of("default", "yes", "no");

    public static Boolean tri(String s) {
        return switch (s == null ? "default" : s) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    public static String tri(Boolean b) {
        return b == null ? "default" : b ? "yes" : "no";
    }

    /** {@code key=value} pairs separated by commas or new lines (Kubernetes labels). */
    public static Map<String, String> labels(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        for (String pair : s.split("[,\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = (eq < 0 ? pair : pair.substring(0, eq)).trim();
            if (key.isEmpty()) {
                throw new IllegalArgumentException("'" + pair.trim() + "' has no label key");
            }
            out.put(key, eq < 0 ? "" : pair.substring(eq + 1).trim());
        }
        return out;
    }

    public static String labels(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
