package io.peerplan.model.io;

import org.yaml.snakeyaml.error.Mark;

/**
 * A YAML text with the offset arithmetic {@link YamlSplice} needs: SnakeYAML marks count code points
 * ({@code StreamReader} advances its index once per code point), Java strings count UTF-16 units, so
 * a name with an emoji would shift every later offset. Lines here end at {@code \n} only: Peerplan
 * writes no other line break, and a NEL inside a quoted scalar is text, not a break.
 */
final class SourceText {
    final String text;
    /** Char offset of each code point index, or null when the text has no surrogate pairs (the two agree). */
    private final int[] offsets;

    SourceText(String text) {
        this.text = text;
        if (text.codePointCount(0, text.length()) == text.length()) {
            offsets = null;
        } else {
            offsets = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                offsets[cp++] = i;
            }
            offsets[cp] = text.length();
        }
    }

    /** The char offset of a mark. */
    int at(Mark mark) {
        return offsets == null ? mark.getIndex() : offsets[mark.getIndex()];
    }

    int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The offset after the line break ending the line that holds {@code offset} (or the text's end). */
    int nextLine(int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** The end of a node's last line: a node ending just after a line break (block scalars) already ends there. */
    int lineEndAfter(int end) {
        return end > 0 && text.charAt(end - 1) == '\n' ? end : nextLine(end);
    }

    /** Whether only spaces precede {@code offset} on its line (a key that starts its line, not one after {@code - }). */
    boolean onlyIndentBefore(int offset) {
        for (int i = lineStart(offset); i < offset; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** The sequence indicator before an item that starts at {@code offset}, or -1 (e.g. in a flow sequence). */
    int dashBefore(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\n')) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '-' ? i : -1;
    }

    /** Shifts every line of {@code block} right by {@code delta} spaces (left when negative, never past its text). */
    static String reindent(String block, int delta) {
        if (delta == 0 || block.isEmpty()) {
            return block;
        }
        StringBuilder out = new StringBuilder(block.length() + 64);
        int start = 0;
        while (start < block.length()) {
            int nl = block.indexOf('\n', start);
            int end = nl < 0 ? block.length() : nl + 1;
            String line = block.substring(start, end);
            if (delta > 0 && !line.equals("\n")) {
                out.append(" ".repeat(delta)).append(line);
            } else {
                int strip = 0;
                while (strip < -delta && strip < line.length() && line.charAt(strip) == ' ') {
                    strip++;
                }
                out.append(line, strip, line.length());
            }
            start = end;
        }
        return out.toString();
    }
}
