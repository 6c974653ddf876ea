package io.peerplan.model.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The Jackson token of one scalar of {@link BlockYaml}'s subset, as Jackson's YAML parser gives it
 * ({@code YAMLParser._decodeScalar}): a quoted scalar is text; a plain one is typed by SnakeYAML's own
 * YAML 1.1 {@link Resolver} (the one {@code YAMLParser} asks), then text, {@code null}, {@code true},
 * {@code false}, or a number written as Java writes an int, a long or a double, so that the token's
 * text is the scalar's (a text field given {@code yes} or {@code 012} reads that text, not
 * {@code true} or {@code 10}). Anything else ({@code ~}, {@code Yes}, octal or hex, underscores,
 * timestamps) is outside the subset: {@link #write} returns null and the file takes
 * Jackson's YAML parser.
 */
final class YamlScalars {
    private static final Resolver RESOLVER = new Resolver();

    private YamlScalars() {
    }

    /** Writes the scalar's token and returns it; null when the scalar is outside the subset. */
    static JsonToken write(TokenBuffer out, String text, boolean plain) throws IOException {
        if (!plain) {
            out.writeString(text);
            return JsonToken.VALUE_STRING;
        }
        Tag tag = tag(text);
        if (tag == Tag.STR) {
            out.writeString(text);
            return JsonToken.VALUE_STRING;
        } else if (tag == Tag.NULL && text.equals("null")) {
            out.writeNull();
            return JsonToken.VALUE_NULL;
        } else if (tag == Tag.BOOL && (text.equals("true") || text.equals("false"))) {
            boolean b = text.equals("true");
            out.writeBoolean(b);
            return b ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
        } else if (tag == Tag.FLOAT && canonicalDouble(text)) {
            out.writeNumber(Double.parseDouble(text));
            return JsonToken.VALUE_NUMBER_FLOAT;
        } else if (tag == Tag.INT && canonicalDecimal(text)) {
            long v = Long.parseLong(text);
            if (v == (int) v) {
                out.writeNumber((int) v);
            } else {
                out.writeNumber(v);
            }
            return JsonToken.VALUE_NUMBER_INT;
        }
        return null;
    }

    /**
     * SnakeYAML's tag for a plain scalar, {@code RESOLVER.resolve(NodeId.scalar, text, true)}, without
     * running its patterns where the answer is plain. The resolver tries the patterns registered for
     * the text's first character ({@code Resolver.addImplicitResolvers}: {@link #RESOLVED_FIRSTS}),
     * then those registered for every text: NULL's (its {@code '\0'} "first character" files it there),
     * which matches {@code ~ null Null NULL} and a lone space, and EMPTY's. For a sign or digit it tries
     * INT's first, which every {@link #canonicalDecimal} matches. {@code YamlScalarsTest} compares this
     * with the resolver on every short text over the characters that matter and on the samples' values.
     */
    static Tag tag(String text) {
        if (addressLike(text)) {
            return Tag.STR;
        }
        if (canonicalDecimal(text)) {
            return Tag.INT;
        }
        if (!text.isEmpty() && !text.equals(" ") && RESOLVED_FIRSTS.indexOf(text.charAt(0)) < 0) {
            return Tag.STR;
        }
        if (!text.isEmpty() && WORD_FIRSTS.indexOf(text.charAt(0)) >= 0) {
            return BOOL_WORDS.contains(text) ? Tag.BOOL : NULL_WORDS.contains(text) ? Tag.NULL : Tag.STR;
        }
        if (decimalFraction(text)) {
            return Tag.FLOAT;
        }
        return RESOLVER.resolve(NodeId.scalar, text, true);
    }

    /**
     * For a text starting with one of {@link #WORD_FIRSTS}, the resolver tries BOOL's pattern and, for
     * n and N, NULL's; then NULL's and EMPTY's, registered for every text. Their words, without the
     * patterns: {@code Resolver.BOOL}, and {@code Resolver.NULL} less {@code ~} and a space, which
     * start with other characters.
     */
    private static final Set<String> BOOL_WORDS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True",
            "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");
    private static final Set<String> NULL_WORDS = Set.of("null", "Null", "NULL");

    /**
     * An optional minus, digits without a leading zero (or one zero), a dot and digits, as Java writes
     * most doubles (a layout's {@code 420.0}): INT's pattern has no dot outside its sexagesimal form
     * (which needs a colon), so FLOAT's {@code [-+]?[0-9_]+(\.[0-9_]*)?} is the first to match.
     */
    private static boolean decimalFraction(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int dot = s.indexOf('.');
        if (dot <= i || dot == s.length() - 1 || dot - i > 1 && s.charAt(i) == '0') {
            return false;
        }
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if ((c < '0' || c > '9') && k != dot) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first characters for which SnakeYAML registers only BOOL's words ({@code yes|no|true|false|on|off}
     * in three cases) and, for n and N, NULL's ({@code null|Null|NULL}): any other text starting with one
     * (frr, frr-gw0, node-a, tor) is text without running the patterns.
     */
    private static final String WORD_FIRSTS = "yYnNtTfFoO";

    /** The first characters SnakeYAML 2.5 registers implicit resolvers for: bool, int, float, merge, null, timestamp, yaml. */
    static final String RESOLVED_FIRSTS = "yYnNtTfFoO" + "-+0123456789" + "." + "<" + "~" + "!&*";

    /**
     * An address or prefix ({@code 10.0.0.1}, {@code 100.65.3.0/24}): starts with a digit, so the
     * resolver would try its int, float and timestamp patterns (the only ones for a leading digit, as
     * SnakeYAML's {@code Resolver.addImplicitResolvers} registers them), but holds a '/' or two dots,
     * which none of those patterns allows: text, without running them.
     */
    private static boolean addressLike(String s) {
        if (s.isEmpty() || s.charAt(0) < '0' || s.charAt(0) > '9') {
            return false;
        }
        int dot = s.indexOf('.');
        return s.indexOf('/') >= 0 || dot >= 0 && s.indexOf('.', dot + 1) >= 0;
    }

    /** A float as Java writes a double (as Peerplan writes layout coordinates: {@code 420.0}). */
    private static boolean canonicalDouble(String s) {
        try {
            return Double.toString(Double.parseDouble(s)).equals(s);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** {@code 0} or an optional minus and digits without a leading zero, within a long: its own {@code toString}. */
    private static boolean canonicalDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = s.length() - i;
        if (digits < 1 || digits > 18 || s.equals("-0") || digits > 1 && s.charAt(i) == '0') {
            return false;
        }
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of a quoted scalar that opens at {@code from} and closes on the same line before
     * {@code end}; {@code next[0]} gets the offset after the closing quote. Null when it is outside the
     * subset: not closed on its line, or a double-quoted escape other than {@code \" \\ \n \t}
     * (YAML 1.1, which SnakeYAML reads, has no {@code \/}).
     */
    static String quoted(String t, int from, int end, int[] next) {
        char q = t.charAt(from);
        StringBuilder sb = null;
        int i = from + 1;
        int run = i;
        while (i < end) {
            char c = t.charAt(i);
            if (c == q) {
                if (q == '\'' && i + 1 < end && t.charAt(i + 1) == '\'') {
                    sb = append(sb, t, run, i + 1);
                    i += 2;
                    run = i;
                    continue;
                }
                next[0] = i + 1;
                return sb == null ? t.substring(run, i) : append(sb, t, run, i).toString();
            }
            if (c == '\\' && q == '"') {
                if (i + 1 >= end) {
                    return null;
                }
                char e = t.charAt(i + 1);
                char r = switch (e) {
                    case '"', '\\' -> e;
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> 0;
                };
                if (r == 0) {
                    return null;
                }
                sb = append(sb, t, run, i).append(r);
                i += 2;
                run = i;
                continue;
            }
            i++;
        }
        return null;
    }

    private static StringBuilder append(StringBuilder sb, String t, int from, int to) {
        return (sb == null ? new StringBuilder() : sb).append(t, from, to);
    }
}
