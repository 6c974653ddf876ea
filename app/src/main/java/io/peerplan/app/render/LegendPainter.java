package io.peerplan.app.render;

/**
 * Draws a {@link Legend} as a framed box of rows, a sample then its meaning, at 11 px text. Used
 * by the canvas's legend overlay and by diagram exports, on any {@link Surface}.
 */
public final class LegendPainter {
    static final double ROW = 20;
    static final double PAD = 10;
    static final double SAMPLE = 34;
    static final double TEXT = 11.5;
    private final DiagramTheme theme;
    private final TextMeasure measure;

    public LegendPainter(DiagramTheme theme, TextMeasure measure) {
        this.theme = theme;
        this.measure = measure;
    }

    /** Width and height of the box for these entries. */
    public double[] size(Legend legend) {
        double w = measure.width("Legend", TEXT, true);
        for (Legend.Entry e : legend.entries()) {
            w = Math.max(w, SAMPLE + 8 + measure.width(e.text(), TEXT, false));
        }
        return new double[] {Math.ceil(w + 2 * PAD), Math.ceil((legend.entries().size() + 1) * ROW + 2 * PAD - 4)};
    }

    /** Paints the box with its top-left corner at (x, y), in the surface's current units. */
    public void paint(Surface s, Legend legend, double x, double y) {
        double[] size = size(legend);
        s.dashes();
        s.fill(theme.background().alpha(0.94));
        s.fillRoundRect(x, y, size[0], size[1], 8);
        s.stroke(theme.cardStroke());
        s.lineWidth(1);
        s.strokeRoundRect(x, y, size[0], size[1], 8);
        s.fill(theme.foreground());
        s.text("Legend", x + PAD, y + PAD + 11, TEXT, true, Surface.Align.LEFT);
        double rowY = y + PAD + ROW;
        for (Legend.Entry e : legend.entries()) {
            sample(s, e, x + PAD, rowY + ROW / 2 - 1);
            s.fill(theme.foreground());
            s.text(e.text(), x + PAD + SAMPLE + 8, rowY + 13, TEXT, false, Surface.Align.LEFT);
            rowY += ROW;
        }
    }

    private void sample(Surface s, Legend.Entry e, double x, double cy) {
        s.dashes();
        s.lineWidth(2);
        switch (e.swatch()) {
            case SOLID, DASHED, DOTTED, THICK -> {
                s.stroke(e.colour());
                if (e.swatch() == Legend.Swatch.DASHED) {
                    s.dashes(8, 5);
                } else if (e.swatch() == Legend.Swatch.DOTTED) {
                    s.dashes(2, 3);
                }
                s.lineWidth(e.swatch() == Legend.Swatch.THICK ? 4 : 2);
                s.line(x, cy, x + SAMPLE, cy);
            }
            case CHIP -> {
                s.fill(theme.labelFill());
                s.fillRoundRect(x, cy - 7, SAMPLE, 14, 4);
                s.stroke(e.colour());
                s.lineWidth(1);
                s.strokeRoundRect(x, cy - 7, SAMPLE, 14, 4);
                s.fill(e.colour());
                s.text("BFD", x + SAMPLE / 2, cy + 3.5, 9.5, false, Surface.Align.CENTER);
            }
            case BADGE -> {
                s.fill(e.colour());
                s.fillOval(x + SAMPLE / 2 - 8, cy - 8, 16, 16);
                s.fill(Rgb.hex("#ffffff"));
                s.text("2", x + SAMPLE / 2, cy + 3.5, 10, true, Surface.Align.CENTER);
            }
            case AREA -> {
                s.fill(e.colour().alpha(0.15));
                s.fillRoundRect(x, cy - 7, SAMPLE, 14, 4);
                s.stroke(e.colour());
                s.lineWidth(1);
                s.dashes(4, 3);
                s.strokeRoundRect(x, cy - 7, SAMPLE, 14, 4);
            }
            case OUTLINE -> {
                s.stroke(e.colour());
                s.dashes(6, 3);
                s.strokeRoundRect(x, cy - 7, SAMPLE, 14, 4);
            }
        }
        s.dashes();
    }
}
