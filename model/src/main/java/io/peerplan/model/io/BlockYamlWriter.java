package io.peerplan.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a document the way Jackson's {@code YAMLGenerator} feeding SnakeYAML's {@code Emitter} does
 * with the options Peerplan writes YAML with ({@code MINIMIZE_QUOTES},
 * {@code ALWAYS_QUOTE_NUMBERS_AS_STRINGS}, no {@code SPLIT_LINES}, the caller's quoting checker),
 * byte for byte, without the events, the scalar analysis objects and the emitter's state machine:
 * they were about a fifth of the Java samples of exporting the scale topology (6000 Service documents)
 * and over a third of importing 1,000 router configs (the design written). The subset: a non-empty
 * mapping at the root; block mappings and sequences; empty ones as {@code {}} and {@code []}; ints,
 * longs, doubles, booleans and nulls; keys and text of printable ASCII on one line. Anything else (a line
 * break, a tab, non-ASCII, a float or big number, an empty key or one of 128 characters or more) makes
 * {@link #append} write nothing and return false, and the caller takes the Jackson path.
 * K8sYamlWriterTest (export) and BlockYamlWriterTest compare both paths.
 *
 * <p>Cost: one pass over the tree, O(characters written).
 */
public final class BlockYamlWriter {
    /** Leaves the fast path; cheap (no stack trace), never seen outside this class. */
    private static final class Outside extends Exception {
        Outside() {
            super(null, null, false, false);
        }
    }

    private static final Outside OUTSIDE = new Outside();
    /** YAMLGenerator.PLAIN_NUMBER_P (jackson-dataformat-yaml 2.23; protected there). */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]*(\\.[0-9]*)?");
    /** DumperOptions' default maxSimpleKeyLength: Emitter.checkSimpleKey writes a longer key as "? key". */
    private static final int MAX_SIMPLE_KEY = 128;
    /** Far below Jackson's StreamWriteConstraints (1000), far above what an exporter nests. */
    private static final int MAX_DEPTH = 100;

    /**
     * Each key's written form, per quoting checker (a few, all constants): a file repeats a few dozen
     * keys thousands of times (6,000 Service documents, 20,000 neighbours), and each was checked
     * character by character three times. Bounded, since map keys (labels) are the user's.
     */
    private static final Map<StringQuotingChecker, Map<String, String>> KEY_FORMS = new ConcurrentHashMap<>();
    private static final int MAX_KEY_FORMS = 4096;

    private final StringBuilder out;
    private final StringQuotingChecker quoting;
    private final Map<String, String> keyForms;

    private BlockYamlWriter(StringBuilder out, StringQuotingChecker quoting) {
        this.out = out;
        this.quoting = quoting;
        this.keyForms = KEY_FORMS.computeIfAbsent(quoting, q -> new ConcurrentHashMap<>());
    }

    /**
     * Appends the text of {@code doc} (no {@code ---}) as the generator with {@code quoting} writes it,
     * or leaves {@code out} as it was and returns false.
     */
    public static boolean append(JsonNode doc, StringQuotingChecker quoting, StringBuilder out) {
        int mark = out.length();
        try {
            if (doc instanceof ObjectNode root && !root.isEmpty()) {
                new BlockYamlWriter(out, quoting).mapping(root, 0, false, 0);
                return true;
            }
        } catch (Outside e) {
            // below: Jackson writes it
        }
        out.setLength(mark);
        return false;
    }

    /** A block mapping with its keys at column {@code indent}; after "- " the first key continues that line. */
    private void mapping(ObjectNode node, int indent, boolean afterDash, int depth) throws Outside {
        boolean first = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!first || !afterDash) {
                out.repeat(' ', indent);
            }
            first = false;
            key(e.getKey());
            out.append(':');
            node(e.getValue(), indent, true, depth);
        }
    }

    private void sequence(ArrayNode node, int indent, boolean afterDash, int depth) throws Outside {
        boolean first = true;
        for (JsonNode item : node) {
            if (!first || !afterDash) {
                out.repeat(' ', indent);
            }
            first = false;
            out.append('-');
            node(item, indent, false, depth);
        }
    }

    /** The value after a key's colon or an item's dash, whose mapping or sequence sits at column {@code indent}. */
    private void node(JsonNode v, int indent, boolean mappingValue, int depth) throws Outside {
        if (!v.isContainerNode() || v.isEmpty()) {
            out.append(' ');
            scalar(v);
            out.append('\n');
            return;
        }
        if (depth == MAX_DEPTH) {
            throw OUTSIDE;
        }
        // A mapping's value starts on the next line, a sequence item's on the dash's line. Emitter.expectBlockSequence:
        // a sequence that is a mapping's value is "indentless" (kubectl's style).
        out.append(mappingValue ? '\n' : ' ');
        if (v instanceof ObjectNode o) {
            mapping(o, indent + 2, !mappingValue, depth + 1);
        } else {
            sequence((ArrayNode) v, mappingValue ? indent : indent + 2, !mappingValue, depth + 1);
        }
    }

    /** YAMLGenerator.writeBoolean/writeNumber/writeNull ask for plain style, which these texts always allow. */
    private void scalar(JsonNode v) throws Outside {
        switch (v.getNodeType()) {
            case STRING -> value(v.textValue());
            case BOOLEAN -> out.append(v.booleanValue());
            case NULL -> out.append("null");
            case NUMBER -> {
                if (v.isInt() || v.isLong()) {
                    out.append(v.longValue());
                } else if (v.isDouble() && plainAllowed(String.valueOf(v.doubleValue()))) {
                    // YAMLGenerator.writeNumber(double): String.valueOf, plain (a design's layout positions).
                    out.append(String.valueOf(v.doubleValue()));
                } else {
                    throw OUTSIDE;
                }
            }
            // Emitter.expectNode: an empty collection is written in flow style.
            case ARRAY -> out.append("[]");
            case OBJECT -> out.append("{}");
            default -> throw OUTSIDE;
        }
    }

    /** YAMLGenerator._writeFieldName: double quotes where the checker says so, else plain if SnakeYAML allows it. */
    private void key(String k) throws Outside {
        String form = keyForms.get(k);
        if (form != null) {
            out.append(form);
            return;
        }
        // Emitter.checkSimpleKey: an empty or long key is written as "? key", outside this subset.
        if (k.isEmpty() || k.length() >= MAX_SIMPLE_KEY) {
            throw OUTSIDE;
        }
        asciiLine(k);
        int mark = out.length();
        quoted(k, quoting.needToQuoteName(k));
        if (keyForms.size() < MAX_KEY_FORMS) {
            keyForms.put(k, out.substring(mark));
        }
    }

    /** YAMLGenerator.writeString with MINIMIZE_QUOTES and ALWAYS_QUOTE_NUMBERS_AS_STRINGS. */
    private void value(String s) throws Outside {
        if (s.isEmpty()) {
            out.append("\"\"");
            return;
        }
        asciiLine(s); // a line break would take LITERAL_BLOCK_STYLE
        quoted(s, quoting.needToQuoteValue(s) || looksLikeNumber(s));
    }

    /**
     * Emitter.chooseScalarStyle for Jackson's choice: double quotes stay; plain is kept where
     * analyzeScalar allows it in block context, else single quotes (always allowed for one ASCII line).
     */
    private void quoted(String s, boolean doubleQuoted) {
        if (doubleQuoted) {
            // Emitter.writeDoubleQuoted: in printable ASCII only '"' and '\' are escaped; no folding (SPLIT_LINES off).
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        } else if (plainAllowed(s)) {
            out.append(s);
        } else {
            // Emitter.writeSingleQuoted: a quote is doubled.
            out.append('\'');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                out.append(c);
                if (c == '\'') {
                    out.append('\'');
                }
            }
            out.append('\'');
        }
    }

    /** Text outside printable ASCII takes Emitter paths (escapes, literal blocks) this writer leaves to Jackson. */
    private static void asciiLine(String s) throws Outside {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw OUTSIDE;
            }
        }
    }

    /**
     * YAMLGenerator._looksLikeYAMLNumber (jackson-dataformat-yaml 2.23): a text SnakeYAML would read
     * back as a number (its Resolver's INT and FLOAT) is quoted.
     */
    private static boolean looksLikeNumber(String s) {
        char c = s.charAt(0);
        if (!(c == '+' || c == '-' || c == '.' || c >= '0' && c <= '9') || s.indexOf(':') >= 0) {
            return false;
        }
        if (s.indexOf('.') != s.lastIndexOf('.')) {
            return false; // none of the three patterns admits a second dot, which every IPv4 address has
        }
        return PLAIN_NUMBER.matcher(s).matches() || Resolver.INT.matcher(s).matches() || Resolver.FLOAT.matcher(s).matches();
    }

    /**
     * Emitter.analyzeScalar's allowBlockPlain for one line of printable ASCII: no leading or trailing
     * space, no leading zero ("0[0-9_]+"), no document marker, no indicator at the start, no ": "
     * or " #" inside, no colon at the end.
     */
    private static boolean plainAllowed(String s) {
        int n = s.length();
        char first = s.charAt(0);
        boolean spaceAfterFirst = n == 1 || s.charAt(1) == ' ';
        if (first == ' ' || s.charAt(n - 1) == ' ' || leadingZero(s) || s.startsWith("---") || s.startsWith("...")
                || "#,[]{}&*!|>'\"%@`".indexOf(first) >= 0 || "?:-".indexOf(first) >= 0 && spaceAfterFirst) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == ':' && (i == n - 1 || s.charAt(i + 1) == ' ') || c == '#' && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /** Emitter.hasLeadingZero. */
    private static boolean leadingZero(String s) {
        if (s.length() < 2 || s.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
