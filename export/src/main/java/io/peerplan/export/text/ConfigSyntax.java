package io.peerplan.export.text;

import io.peerplan.model.validate.input.Grammar;
import java.util.regex.Pattern;

/**
 * The one check every exporter's writer applies before text reaches a file: a line holds no line
 * break or control character, a word of a command also no space or {@code ?}. The grammars are the
 * model's ({@link Grammar}), so what the loader refuses and what a writer refuses cannot drift.
 */
public final class ConfigSyntax {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u0085\u2028\u2029]+");

    private ConfigSyntax() {
    }

    /** A whole line of a line-based format (frr.conf, a RouterOS script, a YAML comment): returned unchanged, or refused. */
    public static String line(String format, String text) {
        return value(format, Grammar.LINE, text);
    }

    /** One word of a command (a name, an interface, a remote-as): returned unchanged, or refused. */
    public static String word(String format, String value) {
        if (value == null) {
            throw new UnwritableValueException(format, null, "is missing");
        }
        return value(format, Grammar.WORD, value);
    }

    /** A value with a grammar of its own (FRR's log destination): returned unchanged, or refused. */
    public static String value(String format, Grammar grammar, String value) {
        // No capturing lambda: every line of every exported file passes here.
        var problem = grammar.check(value);
        if (problem.isPresent()) {
            throw new UnwritableValueException(format, value, problem.get().reason());
        }
        return value;
    }

    /**
     * Free text written on one line (descriptions): whitespace runs, line breaks included, become one
     * space, as vtysh stores a description. The Unicode line breaks (U+0085, U+2028, U+2029) count as
     * whitespace too: the loader allows them in free text, so no exporter may refuse them.
     */
    public static String collapsed(String format, String text) {
        return line(format, String.join(" ", WHITESPACE.split(text.strip())));
    }
}
