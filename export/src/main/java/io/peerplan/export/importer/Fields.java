package io.peerplan.export.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.model.LabelSelector;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads one YAML mapping and remembers which keys were read, so that every key Peerplan does not
 * know can be reported ({@link #unread}) instead of silently dropped.
 */
final class Fields {
    private final JsonNode node;
    private final String path;
    private final Set<String> read = new LinkedHashSet<>();
    private final List<String> unread;

    Fields(JsonNode node, String path, List<String> unread) {
        this.node = node == null || !node.isObject() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : node;
        this.path = path;
        this.unread = unread;
    }

    String text(String key) {
        JsonNode v = take(key);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : null;
    }

    /**
     * A value a design holds as one word (an address, a name, a duration). A value with blanks in it
     * is one MetalLB refuses too ({@code refusal}, its words); it is reported and left out, since no
     * router config could carry it.
     */
    String word(String key, String refusal) {
        String v = text(key);
        if (v != null && (v.isBlank() || !v.equals(v.strip()) || v.chars().anyMatch(Character::isWhitespace))) {
            invalid(key, refusal + " " + '"' + v + '"' + ": MetalLB refuses it; a design holds it as one word");
            return null;
        }
        return v;
    }

    Integer integer(String key) {
        JsonNode v = take(key);
        return v != null && v.canConvertToInt() && (v.isIntegralNumber() || v.asText().matches("-?[0-9]+")) ? Integer.valueOf(v.asInt()) : null;
    }

    Long number(String key) {
        JsonNode v = take(key);
        // At most 18 digits: a long holds them; longer numbers are not a value of any field here.
        return v != null && (v.isIntegralNumber() && v.canConvertToLong() || v.isTextual() && v.asText().matches("[0-9]{1,18}"))
                ? Long.valueOf(v.asLong()) : null;
    }

    /** An AS number (0..4294967295); anything else is reported as not understood, never carried into the design. */
    Long asn(String key) {
        Long v = number(key);
        if (node.get(key) != null && (v == null || v > io.peerplan.model.Asn.MAX)) {
            invalid(key, node.get(key).asText() + " is not an AS number 0.." + io.peerplan.model.Asn.MAX);
            return null;
        }
        return v;
    }

    Boolean bool(String key) {
        JsonNode v = take(key);
        if (v == null || v.isNull()) {
            return null;
        }
        return v.isBoolean() ? Boolean.valueOf(v.asBoolean()) : "true".equals(v.asText()) ? Boolean.TRUE
                : "false".equals(v.asText()) ? Boolean.FALSE : null;
    }

    List<String> strings(String key) {
        JsonNode v = take(key);
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    Map<String, String> map(String key) {
        JsonNode v = take(key);
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (v != null && v.isObject()) {
            v.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    Fields object(String key) {
        return new Fields(take(key), path + key + ".", unread);
    }

    List<Fields> objects(String key) {
        JsonNode v = take(key);
        List<Fields> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            int i = 0;
            for (JsonNode x : v) {
                out.add(new Fields(x, path + key + "[" + i++ + "].", unread));
            }
        }
        return out;
    }

    boolean has(String key) {
        return node.has(key);
    }

    /** Label selectors in the CRD ({@code matchLabels}) or legacy ({@code match-labels}) spelling. */
    List<LabelSelector> selectors(String key, boolean legacy) {
        List<LabelSelector> out = new ArrayList<>();
        for (Fields s : objects(key)) {
            out.add(s.selector(legacy));
            s.done();
        }
        return out;
    }

    /** This mapping as one label selector (CRD spelling): an FRRConfiguration's or a CiliumBGPClusterConfig's nodeSelector. */
    LabelSelector selector() {
        return selector(false);
    }

    private LabelSelector selector(boolean legacy) {
        Map<String, String> labels = map(legacy ? "match-labels" : "matchLabels");
        List<LabelSelector.Requirement> reqs = new ArrayList<>();
        for (Fields e : objects(legacy ? "match-expressions" : "matchExpressions")) {
            reqs.add(new LabelSelector.Requirement(e.text("key"), e.text("operator"), e.strings("values")));
            e.done();
        }
        return new LabelSelector(new TreeMap<>(labels), reqs);
    }

    /** Reports a key whose value cannot be taken over, with why; the caller leaves it out of the design. */
    void invalid(String key, String why) {
        read.add(key);
        unread.add(path + key + " (" + why + ")");
    }

    /** Ignores a key on purpose (status, managed metadata). */
    void skip(String... keys) {
        read.addAll(List.of(keys));
    }

    /** Reports the keys never read. */
    void done() {
        for (Iterator<String> it = ((ObjectNode) node).fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!read.contains(k)) {
                unread.add(path + k);
            }
        }
    }

    private JsonNode take(String key) {
        read.add(key);
        return node.get(key);
    }
}
