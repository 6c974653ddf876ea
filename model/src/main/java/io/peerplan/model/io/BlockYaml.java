package io.peerplan.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the block-style YAML that Peerplan writes (and that people write by hand the same way)
 * straight into Jackson tokens, the same tokens Jackson's YAML parser would give, without SnakeYAML's
 * scanner, parser and events: for a 2.3 MB design they were about half of a load (docs/benchmarks.md,
 * "Whole commands"). One document whose top level is a mapping, block mappings and sequences
 * indented by spaces, single-line plain and quoted scalars ({@link YamlScalars}), {@code []} and
 * {@code {}}, comments. Anything else (flow collections with content, block scalars, anchors, tags,
 * multi-line scalars, tabs, CR, control characters, a duplicate key, a document marker) makes
 * {@link #read} return null, and the file takes the SnakeYAML path, whose errors carry the file's
 * line and column; so this reader never reports an error itself.
 *
 * <p>Cost: one pass over the characters, O(n).
 */
final class BlockYaml {
    /** Leaves the fast path; cheap (no stack trace), never seen outside this class. */
    private static final class Outside extends Exception {
        Outside() {
            super(null, null, false, false);
        }
    }

    private static final Outside OUTSIDE = new Outside();

    private final String t;
    private final TokenBuffer out;
    private final int[] next = new int[1];
    /** Content lines (not blank, not only a comment): start offset, end offset, indentation. */
    private int[] starts = new int[1024];
    private int[] ends = new int[1024];
    private int[] indents = new int[1024];
    private int[] numbers = new int[1024];
    private int count;
    private int line;
    private int depth;
    private int maxDepth;
    private String schemaVersionText;
    private JsonToken lastToken;
    /** Each {@code id} key whose value is text, in file order. */
    private final Ids ids = new Ids();

    private BlockYaml(String text, ObjectCodec codec) {
        this.t = text;
        this.out = new TokenBuffer(codec, false);
    }

    /**
     * The tokens of {@code text}, or null when it is outside the subset or would fail one of the checks
     * {@link ObservingParser} makes (a text over {@link ProjectMapper#MAX_TEXT}, a {@code schemaVersion}
     * other than {@code expectedSchemaVersion}).
     */
    static TokenBuffer read(String text, ObjectCodec codec, String expectedSchemaVersion) {
        BlockYaml y = new BlockYaml(text, codec);
        if (!y.parse()) {
            return null;
        }
        if (y.maxDepth <= MAX_ID_DEPTH) {
            lastIds = new SoftReference<>(new KnownIds(text, y.ids));
        }
        return expectedSchemaVersion.equals(y.schemaVersionText) ? y.out : null;
    }

    /**
     * Where each {@code id} key whose value is text is written (its line and column, 1-based, as
     * Jackson's YAML parser places a field name; the first of a repeated id), or null when the text is
     * outside the subset or nests deeper than SnakeYAML's default limit (50) allows.
     */
    static Map<String, JsonLocation> idLocations(String text) {
        KnownIds known = lastIds.get();
        if (known != null && known.text().equals(text)) {
            return known.ids().map();
        }
        BlockYaml y = new BlockYaml(text, null);
        return y.parse() && y.maxDepth <= MAX_ID_DEPTH ? y.ids.map() : null;
    }

    /**
     * Where each {@code id} key whose value is text is written: its value, line and column, kept as
     * arrays and made into {@link #idLocations}' map only when asked (by {@code validate}), so a load
     * pays no hashing for them.
     */
    private static final class Ids {
        private String[] texts = new String[256];
        private int[] at = new int[512];
        private int count;

        void add(String text, int lineNumber, int column) {
            if (count == texts.length) {
                texts = Arrays.copyOf(texts, count * 2);
                at = Arrays.copyOf(at, count * 4);
            }
            texts[count] = text;
            at[2 * count] = lineNumber;
            at[2 * count + 1] = column;
            count++;
        }

        /** The first place of each id, as {@link #idLocations} answers. */
        Map<String, JsonLocation> map() {
            Map<String, JsonLocation> m = new HashMap<>();
            for (int i = 0; i < count; i++) {
                m.putIfAbsent(texts[i], new JsonLocation(ContentReference.unknown(), -1, at[2 * i], at[2 * i + 1]));
            }
            return Collections.unmodifiableMap(m);
        }
    }

    /** Deeper than this, SnakeYAML's default nesting limit (50) may refuse the file Jackson's pass would read. */
    private static final int MAX_ID_DEPTH = 40;

    /**
     * The ids the last {@link #read} found, with its text: {@code peerplan validate} loads a file, then
     * places its findings by the same file's ids, and the second pass was a tenth of the command's
     * samples. Softly held, so a designer session does not keep a large file's text alive.
     */
    private record KnownIds(String text, Ids ids) {
    }

    private static volatile SoftReference<KnownIds> lastIds = new SoftReference<>(null);

    private boolean parse() {
        try {
            lines();
            if (count == 0 || indents[0] != 0) {
                return false;
            }
            mapping(0, true);
            return line == count;
        } catch (Outside | IOException e) {
            return false;
        }
    }

    private void lines() throws Outside {
        int n = t.length();
        int start = 0;
        int number = 0;
        while (start < n) {
            number++;
            int end = t.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int i = start;
            while (i < end && t.charAt(i) == ' ') {
                i++;
            }
            for (int k = i; k < end; k++) {
                char c = t.charAt(k);
                if (c < 0x20 || c >= 0x7f && !printable(c, k)) {
                    throw OUTSIDE;
                }
            }
            if (i < end && t.charAt(i) != '#') {
                if (i == start && (t.startsWith("---", i) || t.startsWith("...", i) || t.charAt(i) == '%')) {
                    throw OUTSIDE;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    indents = Arrays.copyOf(indents, count * 2);
                    numbers = Arrays.copyOf(numbers, count * 2);
                }
                numbers[count] = number;
                starts[count] = start;
                ends[count] = end;
                indents[count] = i - start;
                count++;
            }
            start = end + 1;
        }
    }

    /** What SnakeYAML's reader accepts and does not take for a line break (YAML 1.1: NEL, LS, PS are breaks). */
    private boolean printable(char c, int k) {
        if (Character.isHighSurrogate(c)) {
            return k + 1 < t.length() && Character.isLowSurrogate(t.charAt(k + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return Character.isHighSurrogate(t.charAt(k - 1));
        }
        return c >= 0xa0 && c != 0x2028 && c != 0x2029 && c != 0xfeff && c < 0xfffe;
    }

    /** A block mapping whose keys are at column {@code col}; the first key is at the cursor. */
    private void mapping(int col, boolean root) throws Outside, IOException {
        if (++depth > ProjectMapper.MAX_NESTING - 2) {
            throw OUTSIDE;
        }
        maxDepth = Math.max(maxDepth, depth);
        out.writeStartObject();
        Set<String> keys = new HashSet<>();
        while (true) {
            int p = starts[line] + col;
            int e = ends[line];
            int afterColon = key(p, e);
            if (afterColon < 0) {
                throw OUTSIDE;
            }
            String key = keyText;
            if (!keys.add(key)) {
                throw OUTSIDE;
            }
            out.writeFieldName(key);
            int v = skipSpaces(afterColon, e);
            if (v == e || t.charAt(v) == '#') {
                block(col);
            } else {
                String text = value(v, e);
                if (root && key.equals("schemaVersion")) {
                    schemaVersionText = text;
                }
                if (key.equals("id") && lastToken == JsonToken.VALUE_STRING) {
                    ids.add(text, numbers[line], p - starts[line] + 1);
                }
                line++;
            }
            if (line == count || indents[line] < col) {
                break;
            }
            if (indents[line] > col || item(line, col)) {
                throw OUTSIDE;
            }
        }
        out.writeEndObject();
        depth--;
    }

    /** The value of a key that ends its line: a more indented node, or a sequence at the key's column. */
    private void block(int col) throws Outside, IOException {
        line++;
        if (line == count) {
            throw OUTSIDE;
        }
        int ind = indents[line];
        if (ind == col && item(line, col) || ind > col && item(line, ind)) {
            sequence(ind);
        } else if (ind > col) {
            mapping(ind, false);
        } else {
            throw OUTSIDE;
        }
    }

    /** A block sequence whose dashes are at column {@code col}. */
    private void sequence(int col) throws Outside, IOException {
        if (++depth > ProjectMapper.MAX_NESTING - 2) {
            throw OUTSIDE;
        }
        maxDepth = Math.max(maxDepth, depth);
        out.writeStartArray();
        while (true) {
            int e = ends[line];
            int p = skipSpaces(starts[line] + col + 1, e);
            if (p == e || t.charAt(p) == '#' || t.charAt(p) == '-' && (p + 1 == e || t.charAt(p + 1) == ' ')) {
                throw OUTSIDE;
            }
            int itemCol = p - starts[line];
            if (key(p, e) >= 0) {
                mapping(itemCol, false);
            } else {
                value(p, e);
                line++;
            }
            if (line == count || indents[line] < col || indents[line] == col && !item(line, col)) {
                break;
            }
            if (indents[line] > col) {
                throw OUTSIDE;
            }
        }
        out.writeEndArray();
        depth--;
    }

    /** Whether the content at column {@code col} of line {@code l} is a sequence entry ("- "). */
    private boolean item(int l, int col) {
        int p = starts[l] + col;
        return p < ends[l] && t.charAt(p) == '-' && (p + 1 == ends[l] || t.charAt(p + 1) == ' ');
    }

    private String keyText;
    private final String[] keys = new String[512];

    /**
     * When a key starts at {@code p} ({@code KEY: } or {@code KEY:} at the end of the line), sets
     * {@link #keyText} and returns the offset after the colon; otherwise -1.
     */
    private int key(int p, int e) {
        char c = t.charAt(p);
        if (c == '"' || c == '\'') {
            String k = YamlScalars.quoted(t, p, e, next);
            if (k == null) {
                return -1;
            }
            int q = skipSpaces(next[0], e);
            if (q < e && t.charAt(q) == ':' && (q + 1 == e || t.charAt(q + 1) == ' ')) {
                keyText = k;
                return q + 1;
            }
            return -1;
        }
        if (indicator(c)) {
            return -1;
        }
        for (int i = p; i < e; i++) {
            char d = t.charAt(i);
            if (d == '#' && t.charAt(i - 1) == ' ') {
                return -1;
            }
            if (d == ':' && (i + 1 == e || t.charAt(i + 1) == ' ')) {
                keyText = keyAt(p, trimEnd(p, i));
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The plain key written at {@code from..to}, one String per distinct key where it can: a design
     * repeats a few dozen keys hundreds of thousands of times, and a String per occurrence was the
     * loader's largest allocation (and each had its hash computed again by the binder's lookups).
     * A cache, not a set: a colliding key replaces the one in its slot.
     */
    private String keyAt(int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + t.charAt(i);
        }
        int slot = (h ^ h >>> 16) & (keys.length - 1);
        String k = keys[slot];
        if (k == null || k.length() != to - from || !t.startsWith(k, from)) {
            k = t.substring(from, to);
            keys[slot] = k;
        }
        return k;
    }

    /** Writes the scalar (or empty collection) at {@code p}; returns its text for the schemaVersion check. */
    private String value(int p, int e) throws Outside, IOException {
        char c = t.charAt(p);
        String text;
        boolean plain = false;
        int after;
        if (c == '"' || c == '\'') {
            text = YamlScalars.quoted(t, p, e, next);
            if (text == null) {
                throw OUTSIDE;
            }
            after = next[0];
        } else if ((c == '[' || c == '{') && p + 1 < e && t.charAt(p + 1) == (c == '[' ? ']' : '}')) {
            if (c == '[') {
                out.writeStartArray();
                out.writeEndArray();
            } else {
                out.writeStartObject();
                out.writeEndObject();
            }
            text = null;
            lastToken = c == '[' ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
            after = p + 2;
        } else if (indicator(c) && !(c == '-' && p + 1 < e && t.charAt(p + 1) >= '0' && t.charAt(p + 1) <= '9')) {
            throw OUTSIDE;
        } else {
            int end = e;
            for (int i = p; i < e; i++) {
                char d = t.charAt(i);
                if (d == '#' && t.charAt(i - 1) == ' ') {
                    end = i;
                    break;
                }
                if (d == ':' && (i + 1 == e || t.charAt(i + 1) == ' ')) {
                    throw OUTSIDE;
                }
            }
            text = t.substring(p, trimEnd(p, end));
            plain = true;
            after = end;
        }
        int rest = skipSpaces(after, e);
        if (rest < e && !(t.charAt(rest) == '#' && t.charAt(rest - 1) == ' ')) {
            throw OUTSIDE;
        }
        if (text != null) {
            lastToken = text.length() > ProjectMapper.MAX_TEXT ? null : YamlScalars.write(out, text, plain);
            if (lastToken == null) {
                throw OUTSIDE;
            }
        }
        return text;
    }

    /** Characters that cannot start a plain scalar or key in block context (YAML 1.1, 9.1.3), or that this subset leaves out. */
    private static boolean indicator(char c) {
        return "-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0;
    }

    private int skipSpaces(int i, int e) {
        while (i < e && t.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private int trimEnd(int from, int end) {
        while (end > from && t.charAt(end - 1) == ' ') {
            end--;
        }
        return end;
    }
}
