package io.peerplan.app.design;

import java.util.ArrayList;
import java.util.List;

/**
 * Text widths in DejaVu Sans, the font cards are drawn in on Linux and the first font the SVG export
 * names: the advance widths of its printable ASCII glyphs (regular and bold, in font units of 2,048
 * per em, read from DejaVuSans.ttf and DejaVuSans-Bold.ttf 2.37). Card sizes are a pure function of
 * their text through this table, so the canvas, hit testing, layout and the exports agree on every
 * platform; DejaVu Sans is wider than the usual UI fonts elsewhere (Segoe UI, SF), so text fits there
 * too. Cost: one table lookup per character.
 */
public final class TextWidths {
    private static final int FIRST = 32;
    private static final double UNITS_PER_EM = 2048;
    /** Hinting rounds glyphs at small sizes; a few percent keep the last letter inside. */
    private static final double SLACK = 1.04;
    private static final int[] REGULAR = {
        651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
        1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
        2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
        1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
        1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
        1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716};
    private static final int[] BOLD = {
        713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
        1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188,
        2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741,
        1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024,
        1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407,
        1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716};
    /** Any other character: as wide as "M", the widest letter but one, so a name in another script still fits. */
    private static final int OTHER = 1767;
    private static final int OTHER_BOLD = 2038;

    private TextWidths() {
    }

    /** The width of the text at this size in pixels (model units at 100 %). */
    public static double width(String text, double size, boolean bold) {
        int[] table = bold ? BOLD : REGULAR;
        long units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int k = c - FIRST;
            units += k >= 0 && k < table.length ? table[k] : c == '·' ? table['.' - FIRST] : bold ? OTHER_BOLD : OTHER;
        }
        return units * size / UNITS_PER_EM * SLACK;
    }

    /**
     * The text in lines no wider than {@code max}, broken after the separator (", " for address
     * lists, " " for words). A part wider than a line on its own gets a line of its own (the painter
     * shortens it with an ellipsis).
     */
    public static List<String> wrap(String text, double max, double size, boolean bold, String separator) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        int from = 0;
        while (from < text.length()) {
            int at = text.indexOf(separator, from);
            int end = at < 0 ? text.length() : at + separator.length();
            String part = text.substring(from, end);
            String candidate = line + part;
            if (!line.isEmpty() && width(candidate.stripTrailing(), size, bold) > max) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(part);
            from = end;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }
}
