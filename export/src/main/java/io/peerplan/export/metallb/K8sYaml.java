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
import io.peerplan.model.io.BlockYamlWriter;
import io.peerplan.model.LabelSelector;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Kubernetes-style YAML as Jackson's YAML generator writes it: block style, lists unindented as
 * {@code kubectl} prints them, quotes only where needed, and documents joined with {@code ---} for one
 * {@code kubectl apply -f}; {@link BlockYamlWriter} writes the same text faster for the usual documents. Community values such as {@code 64512:1} are quoted, as MetalLB's own
 * converter writes them: under YAML 1.1 an unquoted {@code 64512:1} is a base-60 integer.
 */
public final class K8sYaml {
    private static final Pattern SEXAGESIMAL = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|[0-9]+(:[0-9]+)+");

    /** Which keys and values Jackson double-quotes; {@link BlockYamlWriter} asks the same instance. */
    static final StringQuotingChecker QUOTING = new StringQuotingChecker.Default() {
        @Override
        public boolean needToQuoteValue(String value) {
            // Both forms of SEXAGESIMAL hold a colon; most values have none and skip the regex.
            return value.isEmpty() || value.indexOf(':') >= 0 && SEXAGESIMAL.matcher(value).matches()
                    || super.needToQuoteValue(value);
        }
    };

    /**
     * Jackson's writer, made on first use: only a document outside {@link BlockYamlWriter}'s subset
     * (a line break, non-ASCII text) needs it, and making a YAML mapper cost every export ~15 ms.
     */
    static final class Jackson {
        static final ObjectMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .stringQuotingChecker(QUOTING)
                .build());

        /** The same mapper, opening every document with {@code ---}. */
        static final ObjectWriter MULTI = MAPPER.writer().with(YAMLGenerator.Feature.WRITE_DOC_START_MARKER);

        private Jackson() {
        }
    }

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
        StringBuilder text = new StringBuilder();
        return BlockYamlWriter.append(doc, QUOTING, text) ? text.toString() : jackson(doc);
    }

    /** The text Jackson writes for one document, without a {@code ---}. */
    static String jackson(JsonNode doc) {
        try {
            return Jackson.MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
    }

    /**
     * Documents each opened by {@code ---}, after an optional comment header (lines without the
     * {@code #}). {@link BlockYamlWriter} writes them when all are inside its subset, else Jackson does.
     */
    public static String documents(List<String> header, List<? extends JsonNode> docs) {
        StringBuilder text = new StringBuilder();
        // A YAML comment runs to the end of the line (YAML 1.2 spec 6.6), so a header line may hold no line break.
        header.forEach(h -> text.append(h.isEmpty() ? "#" : "# " + ConfigSyntax.line("a YAML comment", h)).append('\n'));
        if (docs.isEmpty()) {
            // SnakeYAML's emitter cannot close a stream without a document; an empty file is valid for kubectl.
            return text.toString();
        }
        // One document outside the writer's subset sends them all to Jackson: a document's end can change
        // how the next one starts (a literal block kept with "+" leaves the stream open-ended,
        // Emitter.writeLiteral, and the next "---" follows a "...").
        int mark = text.length();
        for (JsonNode d : docs) {
            text.append("---\n");
            if (!BlockYamlWriter.append(d, QUOTING, text)) {
                text.setLength(mark);
                return text + jacksonDocuments(docs);
            }
        }
        return text.toString();
    }

    /**
     * Jackson's text of documents, each opened by {@code ---}. One generator writes them all:
     * creating SnakeYAML's emitter per document was most of the time of a 6000-service export.
     */
    static String jacksonDocuments(List<? extends JsonNode> docs) {
        StringWriter body = new StringWriter();
        try (SequenceWriter w = Jackson.MULTI.writeValues(body)) {
            for (JsonNode d : docs) {
                w.write(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write YAML", e);
        }
        // SnakeYAML leaves the first document's marker implicit; every document gets one, as kubectl examples do.
        String text = body.toString();
        return text.startsWith("---") ? text : "---\n" + text;
    }
}
