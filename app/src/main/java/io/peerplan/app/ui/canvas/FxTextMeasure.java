package io.peerplan.app.ui.canvas;

import io.peerplan.app.render.TextMeasure;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Text widths from the real font, measured once per printable ASCII character at 100 px and
 * scaled: truncating a label then costs a table lookup per character instead of a text layout.
 * Immutable after construction, so the SVG export may use it from a background thread.
 */
public final class FxTextMeasure implements TextMeasure {
    private static final int FIRST = 32;
    private static final int LAST = 126;
    private final double[] regular = new double[LAST - FIRST + 1];
    private final double[] bold = new double[LAST - FIRST + 1];
    private final double averageRegular;
    private final double averageBold;

    public FxTextMeasure() {
        String family = Font.getDefault().getFamily();
        Font r = Font.font(family, FontWeight.NORMAL, 100);
        Font b = Font.font(family, FontWeight.BOLD, 100);
        Text probe = new Text();
        double sumR = 0;
        double sumB = 0;
        for (int c = FIRST; c <= LAST; c++) {
            probe.setText(String.valueOf((char) c) + "|");
            probe.setFont(r);
            double bar = bar(probe, r);
            regular[c - FIRST] = probe.getLayoutBounds().getWidth() - bar;
            probe.setText(String.valueOf((char) c) + "|");
            probe.setFont(b);
            bold[c - FIRST] = probe.getLayoutBounds().getWidth() - bar(probe, b);
            sumR += regular[c - FIRST];
            sumB += bold[c - FIRST];
        }
        averageRegular = sumR / regular.length;
        averageBold = sumB / bold.length;
    }

    /** Width of "|" alone: measuring "c|" keeps trailing spaces from collapsing to zero. */
    private static double bar(Text probe, Font f) {
        String text = probe.getText();
        probe.setText("|");
        probe.setFont(f);
        double w = probe.getLayoutBounds().getWidth();
        probe.setText(text);
        return w;
    }

    @Override
    public double width(String text, double size, boolean isBold) {
        double[] table = isBold ? bold : regular;
        double average = isBold ? averageBold : averageRegular;
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            w += c >= FIRST && c <= LAST ? table[c - FIRST] : average;
        }
        return w * size / 100;
    }
}
