package io.peerplan.app.render;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.diagram.Card;
import io.peerplan.app.diagram.Diagram;

/** Draws the gesture previews: link ports, the link being drawn, the rubber band, the palette ghost. */
final class OverlayPainter {
    static final double HANDLE = 9;

    private final DiagramTheme theme;
    private final TextMeasure measure;
    private final CardPainter cards;

    OverlayPainter(DiagramTheme theme, TextMeasure measure, CardPainter cards) {
        this.theme = theme;
        this.measure = measure;
        this.cards = cards;
    }

    void paint(Surface s, Diagram d, Overlay o, double scale, Detail detail) {
        if (detail != Detail.BOXES) {
            ports(s, d, o, scale);
        }
        if (o.linkFrom != null) {
            d.card(o.linkFrom).ifPresent(from -> {
                Footprint f = from.bounds();
                Card target = o.linkTarget == null ? null : d.card(o.linkTarget).orElse(null);
                double tx = target == null ? o.linkX : target.bounds().centerX();
                double ty = target == null ? o.linkY : target.bounds().centerY();
                double[] start = Geometry.exit(f, f.centerX(), f.centerY(), tx, ty);
                s.stroke(theme.accent());
                s.lineWidth(2 / scale);
                s.dashes(6 / scale, 4 / scale);
                s.line(start[0], start[1], tx, ty);
                if (target != null) {
                    Footprint b = target.bounds();
                    s.lineWidth(3 / scale);
                    s.dashes();
                    s.strokeRoundRect(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6, 12);
                }
            });
        }
        if (o.marquee != null) {
            Footprint m = o.marquee;
            s.fill(theme.accent().alpha(0.08));
            s.fillRect(m.x(), m.y(), m.width(), m.height());
            s.stroke(theme.accent());
            s.lineWidth(1 / scale);
            s.dashes(4 / scale, 3 / scale);
            s.strokeRect(m.x(), m.y(), m.width(), m.height());
        }
        if (o.ghost != null) {
            ghost(s, d, o, scale);
        }
    }

    private void ports(Surface s, Diagram d, Overlay o, double scale) {
        if (o.linkFrom != null || !o.moving.isEmpty()) {
            return;
        }
        if (o.hover != null) {
            d.card(o.hover).filter(c -> DiagramPainter.hasPort(c.kind())).ifPresent(c -> cards.paintPort(s, c.bounds(), scale));
        }
        if (o.selection.size() == 1) {
            d.card(o.selection.iterator().next()).filter(c -> DiagramPainter.hasPort(c.kind()))
                    .ifPresent(c -> cards.paintPort(s, c.bounds(), scale));
        }
    }

    private void ghost(Surface s, Diagram d, Overlay o, double scale) {
        if (o.ghost.insideCluster()) {
            if (o.dropTarget != null) {
                d.card(o.dropTarget).ifPresent(c -> {
                    Footprint b = c.bounds();
                    s.stroke(theme.accent());
                    s.lineWidth(3 / scale);
                    s.dashes();
                    s.strokeRoundRect(b.x() - 3, b.y() - 3, b.width() + 6, b.height() + 6, 12);
                });
            }
        }
        double w = o.ghost == io.peerplan.app.design.PaletteItem.REGION ? Footprint.DEFAULT_REGION_WIDTH : Footprint.CARD_WIDTH;
        double h = o.ghost == io.peerplan.app.design.PaletteItem.REGION ? Footprint.DEFAULT_REGION_HEIGHT : Footprint.ROUTER_HEIGHT;
        if (o.ghost.insideCluster()) {
            w = 150;
            h = 24;
        }
        s.fill(theme.accent().alpha(0.12));
        s.fillRoundRect(o.ghostX, o.ghostY, w, h, 10);
        s.stroke(theme.accent());
        s.lineWidth(1.5 / scale);
        s.dashes(5 / scale, 3 / scale);
        s.strokeRoundRect(o.ghostX, o.ghostY, w, h, 10);
        s.fill(theme.foreground());
        s.icon(o.ghost.icon().svgPath(), o.ghostX + 6, o.ghostY + 4, 16);
        s.text(measure.fit(o.ghost.label(), w - 32, 11, true), o.ghostX + 28, o.ghostY + 16, 11, true, Surface.Align.LEFT);
    }

    void resizeHandle(Surface s, Footprint b, double scale) {
        double size = HANDLE / scale;
        s.fill(theme.accent());
        s.fillRect(b.maxX() - size / 2, b.maxY() - size / 2, size, size);
    }
}
