package io.peerplan.export.text;

import io.peerplan.model.validate.input.Grammar;

/**
 * The one check every exporter's writer applies before text reaches a file: a line holds no line
 * break or control character, a word of a command also no space or {@code ?}. The grammars are the
 * model's ({@link Grammar}), so what the loader refuses and what a writer refuses cannot drift.
 */
public final class ConfigSyntax {
    private ConfigSyntax() {
    }

    /** A whole line of a line-based format (frr.conf, a RouterOS script, a YAML comment): returned unchanged, or refused. */
    public static String line(String format, String text) {
        Grammar.LINE.check(text).ifPresent(p -> {
            throw new UnwritableValueException(format, text, p.reason());
        });
        return text;
    }

    /** One word of a command (a name, an interface, a remote-as): returned unchanged, or refused. */
    public static String word(String format, String value) {
        if (value == null) {
            throw new UnwritableValueException(format, null, "is missing");
        }
        Grammar.WORD.check(value).ifPresent(p -> {
            throw new UnwritableValueException(format, value, p.reason());
        });
        return value;
    }

    /** A value with a grammar of its own (FRR's log destination): returned unchanged, or refused. */
    public static String value(String format, Grammar grammar, String value) {
        grammar.check(value).ifPresent(p -> {
            throw new UnwritableValueException(format, value, p.reason());
        });
        return value;
    }

    /**
     * Free text written on one line (descriptions): whitespace runs, line breaks included, become one
     * space, as vtysh stores a description. The Unicode line breaks (U+0085, U+2028, U+2029) count as
     * whitespace too: the loader allows them in free text, so no exporter may refuse them.
     */
    public static String collapsed(String format, String text) {
        return line(format, String.join(" ", text.strip().split("[\\s\u0085\u2028\u2029]+")));
    }
}
