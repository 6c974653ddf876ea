package io.peerplan.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.peerplan.model.Ip;
import io.peerplan.model.session.GoDuration;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The CEL rules ({@code x-kubernetes-validations}) of the frr-k8s FRRConfiguration CRD, evaluated on
 * a document. No CEL library is on this build's module path, so each rule the CRD holds is
 * implemented here from its text, with cel-go's semantics as the Kubernetes API server runs them
 * ({@code split} returns every part, {@code duration()} parses as Go's time.ParseDuration,
 * {@code getSeconds}/{@code getMilliseconds} are the whole duration in that unit, {@code uint()} of a
 * number beyond 2^64-1 is an error, so the rule fails; {@code isIP} is apiserver's library). A rule
 * text not in this table fails the check, so a CRD update with a new rule cannot pass unread.
 */
public final class CelRules {
    private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final Map<String, Predicate<String>> RULES = Map.ofEntries(
            Map.entry("self.split(':').size() == 2", s -> parts(s).length == 2),
            Map.entry("duration(self).getSeconds() >= 1 && duration(self).getSeconds() <= 65535",
                    s -> seconds(s) >= 1 && seconds(s) <= 65535),
            Map.entry("duration(self).getMilliseconds() % 1000 == 0", s -> GoDuration.parse(s).nanos() / 1_000_000 % 1000 == 0),
            Map.entry("self.split(':').size() != 2 || (isIP(self.split(':')[0]) || self.split(':')[0].matches('[0-9]+'))",
                    s -> parts(s).length != 2 || isIp(parts(s)[0]) || digits(parts(s)[0])),
            Map.entry("self.split(':').size() != 2 || (self.startsWith('*:') || isIP(self.split(':')[0]) || self.split(':')[0].matches('[0-9]+'))",
                    s -> parts(s).length != 2 || s.startsWith("*:") || isIp(parts(s)[0]) || digits(parts(s)[0])),
            Map.entry("self.split(':').size() != 2 || self.split(':')[1].matches('[0-9]+')", s -> parts(s).length != 2 || digits(parts(s)[1])),
            Map.entry("self.split(':').size() != 2 || !self.split(':')[0].contains('.') || (self.split(':')[1].matches('[0-9]+') && uint(self.split(':')[1]) <= 65535u)",
                    s -> parts(s).length != 2 || !parts(s)[0].contains(".") || (digits(parts(s)[1]) && le(parts(s)[1], 65535))),
            Map.entry("self.split(':').size() != 2 || self.split(':')[0].contains('.') || !self.split(':')[0].matches('[0-9]+') || !self.split(':')[1].matches('[0-9]+') || uint(self.split(':')[0]) <= 65535u || uint(self.split(':')[1]) <= 65535u",
                    s -> asnRule(s, true)),
            Map.entry("self.split(':').size() != 2 || self.startsWith('*:') || self.split(':')[0].contains('.') || !self.split(':')[0].matches('[0-9]+') || !self.split(':')[1].matches('[0-9]+') || uint(self.split(':')[0]) <= 65535u || uint(self.split(':')[1]) <= 65535u",
                    s -> s.startsWith("*:") || asnRule(s, true)),
            Map.entry("self.split(':').size() != 2 || self.split(':')[0].contains('.') || !self.split(':')[0].matches('[0-9]+') || !self.split(':')[1].matches('[0-9]+') || uint(self.split(':')[0]) > 65535u || uint(self.split(':')[1]) <= 4294967295u",
                    s -> asnRule(s, false)),
            Map.entry("self.split(':').size() != 2 || self.startsWith('*:') || self.split(':')[0].contains('.') || !self.split(':')[0].matches('[0-9]+') || !self.split(':')[1].matches('[0-9]+') || uint(self.split(':')[0]) > 65535u || uint(self.split(':')[1]) <= 4294967295u",
                    s -> s.startsWith("*:") || asnRule(s, false)),
            Map.entry("self.split(':').size() != 2 || !self.startsWith('*:') || (self.split(':')[1].matches('[0-9]+') && uint(self.split(':')[1]) <= 4294967295u)",
                    s -> parts(s).length != 2 || !s.startsWith("*:") || (digits(parts(s)[1]) && le(parts(s)[1], 4294967295L))));

    private CelRules() {
    }

    /** The messages of the rules {@code doc} breaks, walking {@code schema} (an openAPIV3Schema) alongside it. */
    public static List<String> violations(JsonNode schema, JsonNode doc) {
        List<String> out = new ArrayList<>();
        walk(schema, doc, "", out);
        return out;
    }

    /** Whether every rule text in the schema is one this class implements. */
    public static List<String> unknownRules(JsonNode schema) {
        List<String> out = new ArrayList<>();
        schema.findValues("x-kubernetes-validations").forEach(list -> list.forEach(r -> {
            if (!RULES.containsKey(r.path("rule").asText())) {
                out.add(r.path("rule").asText());
            }
        }));
        return out;
    }

    private static void walk(JsonNode schema, JsonNode value, String path, List<String> out) {
        if (schema == null || value == null || value.isNull()) {
            return;
        }
        for (JsonNode r : schema.path("x-kubernetes-validations")) {
            Predicate<String> rule = RULES.get(r.path("rule").asText());
            boolean ok;
            try {
                ok = rule != null && rule.test(value.asText());
            } catch (RuntimeException e) {
                ok = false; // a CEL evaluation error rejects the object
            }
            if (!ok) {
                out.add(path + ": " + r.path("message").asText() + (rule == null ? " (rule not implemented)" : ""));
            }
        }
        if (value.isObject()) {
            value.properties().forEach(e -> walk(schema.path("properties").get(e.getKey()), e.getValue(), path + "/" + e.getKey(), out));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                walk(schema.get("items"), value.get(i), path + "/" + i, out);
            }
        }
    }

    private static String[] parts(String s) {
        return s.split(":", -1);
    }

    private static boolean digits(String s) {
        return s.matches("[0-9]+");
    }

    private static long seconds(String s) {
        return GoDuration.parse(s).wholeSeconds();
    }

    private static boolean isIp(String s) {
        try {
            Ip.parse(s);
            return !s.contains("/") && !s.contains("%");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code uint(x) <= max}, an error (so the rule fails) beyond 2^64-1. */
    private static boolean le(String s, long max) {
        BigInteger v = new BigInteger(s);
        if (v.compareTo(U64) > 0) {
            throw new ArithmeticException("uint overflow");
        }
        return v.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /** The route-target ASN rules: two-byte ASN ({@code first <= 65535 || second <= 65535}) or four-byte ({@code first > 65535 || second <= 2^32-1}). */
    private static boolean asnRule(String s, boolean twoByte) {
        String[] p = parts(s);
        if (p.length != 2 || p[0].contains(".") || !digits(p[0]) || !digits(p[1])) {
            return true;
        }
        if (twoByte) {
            return le(p[0], 65535) || le(p[1], 65535);
        }
        return !le(p[0], 65535) || le(p[1], 4294967295L);
    }
}
