package io.peerplan.export.frr;

import io.peerplan.export.text.ConfigSyntax;

/**
 * Line builder for vtysh-style text: one space of indentation per nesting level, {@code !} separators.
 * vtysh reads one command per line (lib/vty.c), so no line may hold a line break or control
 * character, and every name inside a command goes through {@link #word}: the command lexer splits
 * at whitespace (lib/command_lex.l). Nothing reaches the file without one of these checks.
 */
final class FrrText {
    static final String FORMAT = "frr.conf";
    private final StringBuilder out = new StringBuilder(2048);

    FrrText line(String text) {
        out.append(ConfigSyntax.line(FORMAT, text)).append('\n');
        return this;
    }

    /** One word of a command: a name, an interface, a remote-as. */
    static String word(String value) {
        return ConfigSyntax.word(FORMAT, value);
    }

    FrrText line(int depth, String text) {
        out.append(" ".repeat(depth)).append(ConfigSyntax.line(FORMAT, text)).append('\n');
        return this;
    }

    /** The {@code !} separator vtysh writes between blocks, at a nesting depth. */
    FrrText bang(int depth) {
        return line(depth, "!");
    }

    FrrText comment(String text) {
        return line(text.isEmpty() ? "!" : "! " + text);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
