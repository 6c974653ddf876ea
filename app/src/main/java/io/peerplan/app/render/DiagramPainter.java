package io.peerplan.app.render;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.Kind;
import io.peerplan.app.design.Layouts;
import io.peerplan.app.diagram.Card;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.RegionBox;
import java.util.List;

/**
 * Paints a {@link Diagram} onto a {@link Surface}: background grid, region frames, attachments,
 * links, cards, then the gesture overlay. Only what intersects the visible rectangle is drawn
 * (the spatial grid finds it), and far out the level of detail drops text: that keeps a frame
 * within budget whatever the size of the design.
 */
public final class DiagramPainter {
    private final DiagramTheme theme;
    private final CardPainter cards;
    private final LinkPainter links;
    private final OverlayPainter overlay;
    private final SimulationPainter simulation;

    public DiagramPainter(DiagramTheme theme, TextMeasure measure) {
        this.theme = theme;
        this.cards = new CardPainter(theme, measure);
        this.links = new LinkPainter(theme, measure);
        this.overlay = new OverlayPainter(theme, measure, cards);
        this.simulation = new SimulationPainter(theme, measure);
    }

    public DiagramTheme theme() {
        return theme;
    }

    /** Paints the part of the diagram a screen of {@code width × height} shows through the viewport. */
    public void paint(Surface s, Diagram d, Viewport v, double width, double height, Marks marks, Overlay o,
            boolean showGrid) {
        double scale = v.scale();
        s.transform(1, 0, 0);
        s.fill(theme.background());
        s.fillRect(0, 0, width, height);
        s.transform(scale, v.tx(), v.ty());
        Footprint view = v.visible(width, height);
        if (showGrid) {
            grid(s, view, scale);
        }
        Detail detail = Detail.at(scale);
        for (RegionBox r : d.regions()) {
            Footprint b = regionBounds(r, o);
            if (view.intersects(b.x(), b.y(), b.width(), b.height())) {
                region(s, r, b, scale, detail, o.selection.contains(r.id()), r.id().equals(o.hover));
            }
        }
        SimulationMarks sim = o.simulation;
        if (!sim.isEmpty()) {
            simulation.regions(s, d, sim, scale);
        }
        java.util.function.Function<String, Footprint> at = id -> {
            Card c = d.card(id).orElse(null);
            return c == null ? null : o.isMoving(id) ? c.bounds().translate(o.dx, o.dy) : c.bounds();
        };
        if (detail == Detail.FULL) {
            links.attachments(s, d, view, scale, detail, at);
        }
        links.links(s, d, view, scale, detail, marks, o, at);
        List<Card> all = d.cards();
        d.visitCardsIn(view.x(), view.y(), view.width(), view.height(), i -> {
            Card c = all.get(i);
            if (!o.isMoving(c.id())) {
                cards.paint(s, c, c.bounds(), detail, scale, marks, o.selection.contains(c.id()) || o.flash.contains(c.id()),
                        c.id().equals(o.hover));
            }
        });
        for (String id : o.moving) {
            d.card(id).ifPresent(c -> cards.paint(s, c, c.bounds().translate(o.dx, o.dy), detail, scale, marks, true, false));
        }
        if (!sim.isEmpty()) {
            simulation.over(s, d, sim, scale, at);
        }
        overlay.paint(s, d, o, scale, detail);
    }

    /** Paints the whole diagram for export: no grid, no selection, fitted into the given size. */
    public void paintAll(Surface s, Diagram d, Marks marks, double scale, double margin) {
        Footprint content = d.contentBounds();
        Viewport v = new Viewport();
        v.set(scale, margin - content.x() * scale, margin - content.y() * scale);
        double w = content.width() * scale + 2 * margin;
        double h = content.height() * scale + 2 * margin;
        paint(s, d, v, w, h, marks, Overlay.NONE, false);
    }

    private Footprint regionBounds(RegionBox r, Overlay o) {
        if (r.id().equals(o.resizing) && o.resizeBounds != null) {
            return o.resizeBounds;
        }
        return o.isMoving(r.id()) ? r.bounds().translate(o.dx, o.dy) : r.bounds();
    }

    private void region(Surface s, RegionBox r, Footprint b, double scale, Detail detail, boolean selected, boolean hover) {
        Rgb border = selected ? theme.accent() : hover ? theme.accent().alpha(0.6) : theme.regionStroke();
        if (detail != Detail.FULL) {
            // Far out the rounded corners are invisible; rectangles are much cheaper to fill.
            s.fill(theme.regionFill());
            s.fillRect(b.x(), b.y(), b.width(), b.height());
            s.fill(theme.regionTitle());
            s.fillRect(b.x(), b.y(), b.width(), Math.max(Footprint.REGION_TITLE, 20 / scale));
            s.fill(border);
            frame(s, b, (selected ? 2.5 : 1) / scale);
            s.fill(theme.foreground());
            if (scale >= 0.08) {
                s.screenText(r.title(), b.x() + 8, b.y() + 4 / scale + 12 / scale, 12, true, Surface.Align.LEFT);
            }
            if (selected) {
                overlay.resizeHandle(s, b, scale);
            }
            return;
        }
        s.fill(theme.regionFill());
        s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 14);
        s.fill(theme.regionTitle());
        s.fillRoundRect(b.x(), b.y(), b.width(), Footprint.REGION_TITLE, 14);
        s.fillRect(b.x(), b.y() + Footprint.REGION_TITLE / 2, b.width(), Footprint.REGION_TITLE / 2);
        s.stroke(border);
        s.lineWidth((selected ? 2.5 : 1.2) / scale);
        s.dashes(selected ? new double[0] : new double[] {6 / scale, 4 / scale});
        s.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 14);
        s.fill(theme.foreground());
        s.icon(io.peerplan.icons.ElementIcon.REGION.svgPath(), b.x() + 8, b.y() + 5, 16);
        s.text(r.title(), b.x() + 30, b.y() + 18, 13, true, Surface.Align.LEFT);
        if (detail == Detail.FULL && !r.subtitle().isEmpty()) {
            s.fill(theme.muted());
            s.text(r.subtitle(), b.maxX() - 10, b.y() + 18, 11, false, Surface.Align.RIGHT);
        }
        if (selected) {
            overlay.resizeHandle(s, b, scale);
        }
    }

    private void grid(Surface s, Footprint view, double scale) {
        double step = Layouts.GRID;
        while (step * scale < 12) {
            step *= 5;
        }
        // Hairlines as 1-pixel rectangles: Prism fills axis-aligned rectangles directly, while a
        // stroked line goes through the antialiasing rasteriser; measured at about 12 ms a frame
        // for the grid under the software pipeline, now well under one.
        s.fill(theme.grid());
        double px = 1 / scale;
        double x0 = Math.floor(view.x() / step) * step;
        for (double x = x0; x <= view.maxX(); x += step) {
            s.fillRect(x, view.y(), px, view.height());
        }
        double y0 = Math.floor(view.y() / step) * step;
        for (double y = y0; y <= view.maxY(); y += step) {
            s.fillRect(view.x(), y, view.width(), px);
        }
    }

    /** A rectangle's outline drawn as four filled strips (see {@link #grid}): for frames far out. */
    static void frame(Surface s, Footprint b, double width) {
        s.fillRect(b.x(), b.y(), b.width(), width);
        s.fillRect(b.x(), b.maxY() - width, b.width(), width);
        s.fillRect(b.x(), b.y(), width, b.height());
        s.fillRect(b.maxX() - width, b.y(), width, b.height());
    }

    /** True for the kinds that show a link port when hovered or selected. */
    static boolean hasPort(Kind kind) {
        return kind.isPeeringEnd();
    }
}
