package io.peerplan.export.frr;

/** Line builder for vtysh-style text: one space of indentation per nesting level, {@code !} separators. */
final class FrrText {
    private final StringBuilder out = new StringBuilder(2048);

    FrrText line(String text) {
        out.append(text).append('\n');
        return this;
    }

    FrrText line(int depth, String text) {
        out.append(" ".repeat(depth)).append(text).append('\n');
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
