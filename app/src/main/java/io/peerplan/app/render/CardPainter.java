package io.peerplan.app.render;

import io.peerplan.app.design.CardText;
import io.peerplan.app.design.ClusterRows;
import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.Kind;
import io.peerplan.app.diagram.Card;
import java.util.List;

/** Draws one card at the current level of detail, with its selection outline and findings badge. */
final class CardPainter {
    private static final double ARC = 10;
    private static final double PAD = CardText.PAD;
    private static final double ICON = 20;

    private final DiagramTheme theme;
    private final TextMeasure measure;

    CardPainter(DiagramTheme theme, TextMeasure measure) {
        this.theme = theme;
        this.measure = measure;
    }

    void paint(Surface s, Card c, Footprint f, Detail detail, double scale, Marks marks, boolean selected,
            boolean hovered) {
        boolean network = c.kind() == Kind.NETWORK;
        double arc = network ? f.height() : ARC;
        s.fill(network ? theme.networkFill() : theme.cardFill());
        Marks.Count count = marks.card(c.id());
        if (detail != Detail.FULL) {
            // Far out: rectangles (filled directly by Prism) instead of antialiased rounded shapes.
            s.fillRect(f.x(), f.y(), f.width(), f.height());
            Rgb border = selected ? theme.accent() : hovered ? theme.accent().alpha(0.6)
                    : count != null && count.worst() == Marks.Level.ERROR ? theme.error() : theme.cardStroke();
            s.fill(border);
            DiagramPainter.frame(s, f, (selected ? 2 : 1) / scale);
            if (detail == Detail.TITLES) {
                s.fill(theme.foreground());
                titleOnly(s, c, f, scale);
            }
            if (count != null) {
                badge(s, f, count, scale);
            }
            return;
        }
        s.fillRoundRect(f.x(), f.y(), f.width(), f.height(), arc);
        s.dashes();
        s.lineWidth((selected ? 2.5 : hovered ? 1.8 : 1) / scale);
        s.stroke(selected ? theme.accent() : hovered ? theme.accent().alpha(0.6) : count != null
                && count.worst() == Marks.Level.ERROR ? theme.error() : theme.cardStroke());
        s.strokeRoundRect(f.x(), f.y(), f.width(), f.height(), arc);
        double textX = f.x() + CardText.TEXT_LEFT;
        double textW = f.maxX() - textX - PAD;
        s.fill(theme.foreground());
        s.icon(c.icon().svgPath(), f.x() + PAD, f.y() + (network ? (f.height() - ICON) / 2 : 8), ICON);
        full(s, c, f, textX, textW, marks);
        if (count != null) {
            badge(s, f, count, scale);
        }
    }

    /**
     * Zoomed out, the name is what identifies a card: it is drawn at a readable 10 px on screen
     * across the whole card (no icon, which would be a smudge at this size).
     */
    private void titleOnly(Surface s, Card c, Footprint f, double scale) {
        double px = Math.max(10, 13 * scale);
        String title = measure.fit(c.title(), (f.width() - 2 * PAD) * scale, px, true);
        s.screenText(title, f.x() + PAD, f.y() + Math.min(f.height() / 2, (px + 4) / scale) + px * 0.36 / scale, px, true,
                Surface.Align.LEFT);
    }

    /**
     * The card's text at full detail. The card was sized to it ({@link CardText}), so the ellipsis
     * of {@link TextMeasure#fit} only shows where the real font is wider than the sizing table, or a
     * name is longer than the widest card.
     */
    private void full(Surface s, Card c, Footprint f, double textX, double textW, Marks marks) {
        if (c.kind() == Kind.NETWORK) {
            s.text(measure.fit(c.title(), textW, CardText.TITLE, true), textX, f.y() + 17, CardText.TITLE, true,
                    Surface.Align.LEFT);
            s.fill(theme.muted());
            String line = new CardText(c.title(), c.subtitle(), c.detail()).networkLine();
            s.text(measure.fit(line, textW, CardText.SMALL, false), textX, f.y() + 31, CardText.SMALL, false,
                    Surface.Align.LEFT);
            return;
        }
        s.text(measure.fit(c.title(), textW, CardText.TITLE, true), textX, f.y() + 18, CardText.TITLE, true,
                Surface.Align.LEFT);
        s.fill(theme.muted());
        s.text(measure.fit(c.subtitle(), textW, CardText.SMALL, false), textX, f.y() + (c.kind() == Kind.CLUSTER ? 29 : 33),
                CardText.SMALL, false, Surface.Align.LEFT);
        if (c.kind() != Kind.CLUSTER) {
            s.fill(theme.foreground());
            List<String> lines = c.detailLines();
            for (int i = 0; i < lines.size(); i++) {
                s.text(measure.fit(lines.get(i), f.width() - 2 * PAD, CardText.SMALL, false), f.x() + PAD,
                        f.y() + 50 + i * CardText.LINE, CardText.SMALL, false, Surface.Align.LEFT);
            }
            return;
        }
        rows(s, c, f, marks);
    }

    /** A cluster's rows: icon, name, and the addresses in a column after the longest name. */
    private void rows(Surface s, Card c, Footprint f, Marks marks) {
        List<ClusterRows.Row> rows = c.rows();
        double nameX = f.x() + PAD + CardText.ROW_INDENT;
        double detailX = Math.min(nameX + CardText.nameColumn(rows) + CardText.COLUMN_GAP, f.x() + f.width() * 0.6);
        for (int i = 0; i < rows.size(); i++) {
            ClusterRows.Row r = rows.get(i);
            double y = c.rowY(i) + (f.y() - c.bounds().y());
            boolean flagged = marks.row(r.key());
            Rgb ink = flagged ? theme.error() : r.speaker() ? theme.foreground() : theme.muted();
            s.fill(ink);
            if (r.icon() == null) {
                s.fill(theme.muted());
                s.text(measure.fit(r.label(), f.maxX() - PAD - nameX, CardText.ROW, false), nameX, y + 11, CardText.ROW,
                        false, Surface.Align.LEFT);
                continue;
            }
            s.icon(r.icon().svgPath(), f.x() + PAD, y + 1, 12);
            s.text(measure.fit(r.label(), detailX - CardText.COLUMN_GAP / 2 - nameX, CardText.ROW, false), nameX, y + 11,
                    CardText.ROW, false, Surface.Align.LEFT);
            s.fill(flagged ? theme.error() : theme.muted());
            s.text(measure.fit(r.detail(), f.maxX() - PAD - detailX, CardText.ROW, false), detailX, y + 11, CardText.ROW,
                    false, Surface.Align.LEFT);
        }
    }

    private void badge(Surface s, Footprint f, Marks.Count count, double scale) {
        double r = Math.max(8, 9 / scale);
        double cx = f.maxX() - 2;
        double cy = f.y() + 2;
        s.fill(switch (count.worst()) {
            case ERROR -> theme.error();
            case WARNING -> theme.warning();
            case INFO -> theme.info();
        });
        s.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        s.fill(Rgb.hex("#ffffff"));
        double size = r * 1.15;
        s.text(Integer.toString(count.total()), cx, cy + size * 0.36, size, true, Surface.Align.CENTER);
    }

    /** The round handle a link is dragged from, at the middle of the card's right edge. */
    static double[] port(Footprint f) {
        return new double[] {f.maxX(), f.centerY()};
    }

    void paintPort(Surface s, Footprint f, double scale) {
        double[] p = port(f);
        double r = 6 / scale;
        s.fill(theme.background());
        s.fillOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
        s.stroke(theme.accent());
        s.lineWidth(2 / scale);
        s.dashes();
        s.strokeOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
    }
}
