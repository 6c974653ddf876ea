package io.peerplan.app.render;

/** Text widths for truncating labels to their cards; the canvas and the SVG export share one table. */
public interface TextMeasure {
    double width(String text, double size, boolean bold);

    /** Widths proportional to the font size: good enough for tests and headless export. */
    TextMeasure APPROXIMATE = (text, size, bold) -> text.length() * size * (bold ? 0.62 : 0.56);

    /** The text, cut with an ellipsis so it fits in {@code max}. */
    default String fit(String text, double max, double size, boolean bold) {
        if (text == null || text.isEmpty() || width(text, size, bold) <= max) {
            return text == null ? "" : text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid) + "…", size, bold) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "…" : text.substring(0, lo) + "…";
    }
}
