package io.peerplan.export.metallb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.peerplan.export.text.ConfigSyntax;
import io.peerplan.model.LabelSelector;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Kubernetes-style YAML written with Jackson: block style, lists unindented as {@code kubectl}
 * prints them, quotes only where needed, and documents joined with {@code ---} for one
 * {@code kubectl apply -f}. Community values such as {@code 64512:1} are quoted, as MetalLB's own
 * converter writes them: under YAML 1.1 an unquoted {@code 64512:1} is a base-60 integer.
 */
public final class K8sYaml {
    private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|[0-9]+(:[0-9]+)+");

    static final ObjectMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(new StringQuotingChecker.Default() {
                @Override
                public boolean needToQuoteValue(String value) {
                    return value.isEmpty() || SEXAGESIMAL.matcher(value).matches() || super.needToQuoteValue(value);
                }
            })
            .build());

    /** The same mapper, opening every document with {@code ---}. */
    private static final ObjectWriter MULTI = MAPPER.writer().with(YAMLGenerator.Feature.WRITE_DOC_START_MARKER);

    private K8sYaml() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** {@code apiVersion}, {@code kind}, {@code metadata: {name, namespace}} in kubectl's order. */
    public static ObjectNode resource(String apiVersion, String kind, String name, String namespace) {
        ObjectNode doc = object();
        doc.put("apiVersion", apiVersion);
        doc.put("kind", kind);
        ObjectNode meta = doc.putObject("metadata");
        meta.put("name", name);
        if (namespace != null) {
            meta.put("namespace", namespace);
        }
        return doc;
    }

    public static void strings(ObjectNode parent, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = parent.putArray(key);
            values.forEach(a::add);
        }
    }

    public static void map(ObjectNode parent, String key, Map<String, String> values) {
        if (!values.isEmpty()) {
            ObjectNode o = parent.putObject(key);
            values.forEach(o::put);
        }
    }

    /** Label selectors in the CRD ({@code matchLabels}) or legacy ({@code match-labels}) spelling. */
    public static void selectors(ObjectNode parent, String key, List<LabelSelector> selectors, boolean legacy) {
        if (selectors.isEmpty()) {
            return;
        }
        ArrayNode list = parent.putArray(key);
        for (LabelSelector s : selectors) {
            ObjectNode o = list.addObject();
            map(o, legacy ? "match-labels" : "matchLabels", s.matchLabels());
            if (!s.matchExpressions().isEmpty()) {
                ArrayNode exprs = o.putArray(legacy ? "match-expressions" : "matchExpressions");
                for (LabelSelector.Requirement r : s.matchExpressions()) {
                    ObjectNode e = exprs.addObject();
                    e.put("key", r.key());
                    e.put("operator", r.operator());
                    strings(e, "values", r.values());
                }
            }
        }
    }

    /** One YAML document's text. */
    static String write(JsonNode doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }

    /**
     * Documents each opened by {@code ---}, after an optional comment header (lines without the
     * {@code #}). One generator writes them all: creating SnakeYAML's emitter per document was most
     * of the time of a 6000-service export.
     */
    public static String documents(List<String> header, List<? extends JsonNode> docs) {
        StringBuilder head = new StringBuilder();
        // A YAML comment runs to the end of the line (YAML 1.2 spec 6.6), so a header line may hold no line break.
        header.forEach(h -> head.append(h.isEmpty() ? "#" : "# " + ConfigSyntax.line("a YAML comment", h)).append('\n'));
        if (docs.isEmpty()) {
            // SnakeYAML's emitter cannot close a stream without a document; an empty file is valid for kubectl.
            return head.toString();
        }
        StringWriter body = new StringWriter();
        try (SequenceWriter w = MULTI.writeValues(body)) {
            for (JsonNode d : docs) {
                w.write(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write YAML", e);
        }
        // SnakeYAML leaves the first document's marker implicit; every document gets one, as kubectl examples do.
        String text = body.toString();
        return head + (text.startsWith("---") ? text : "---\n" + text);
    }
}
