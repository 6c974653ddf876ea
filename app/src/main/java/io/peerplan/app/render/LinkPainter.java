package io.peerplan.app.render;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.diagram.Attachment;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.Link;
import io.peerplan.app.diagram.LinkType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws peerings and network attachments. Links of one style are stroked as one batch, so
 * thousands of links cost a few draw calls. eBGP is solid, iBGP dashed, a peering with an error
 * finding red (warning amber), and at full detail a label names the session type, BFD and multihop.
 */
final class LinkPainter {
    private enum Style { EBGP, IBGP, UNKNOWN, ERROR, WARNING, SELECTED }

    private final DiagramTheme theme;
    private final TextMeasure measure;

    LinkPainter(DiagramTheme theme, TextMeasure measure) {
        this.theme = theme;
        this.measure = measure;
    }

    /** Dotted at full detail; solid and faint further out, where dots would be thousands of fragments. */
    void attachments(Surface s, Diagram d, Footprint view, double scale, Detail detail, Function<String, Footprint> at) {
        s.lineWidth(1 / scale);
        if (detail == Detail.FULL) {
            s.stroke(theme.attachment());
            s.dashes(2 / scale, 3 / scale);
        } else {
            s.stroke(theme.attachment().alpha(0.45));
            s.dashes();
        }
        s.beginLines();
        for (Attachment a : d.attachments()) {
            Footprint from = at.apply(a.card());
            Footprint to = at.apply(a.network());
            if (from != null && to != null && visible(view, from, to)) {
                double[] seg = Geometry.segment(from, to, 0);
                s.addLine(seg[0], seg[1], seg[2], seg[3]);
            }
        }
        s.strokeLines();
    }

    void links(Surface s, Diagram d, Footprint view, double scale, Detail detail, Marks marks, Overlay o,
            Function<String, Footprint> at) {
        Map<Style, List<double[]>> batches = new EnumMap<>(Style.class);
        List<Object[]> labels = new ArrayList<>();
        for (Link l : d.links()) {
            Footprint a = at.apply(l.from());
            Footprint b = at.apply(l.to());
            if (a == null || b == null || !visible(view, a, b)) {
                continue;
            }
            double[] seg = Geometry.segment(a, b, l.laneOffset());
            batches.computeIfAbsent(style(l, marks, o), k -> new ArrayList<>()).add(seg);
            if (detail == Detail.FULL) {
                labels.add(new Object[] {l, seg});
            }
        }
        for (var e : batches.entrySet()) {
            apply(s, e.getKey(), scale, detail);
            s.beginLines();
            for (double[] seg : e.getValue()) {
                s.addLine(seg[0], seg[1], seg[2], seg[3]);
            }
            s.strokeLines();
        }
        for (Object[] label : labels) {
            label(s, (Link) label[0], (double[]) label[1], marks);
        }
    }

    private Style style(Link l, Marks marks, Overlay o) {
        if (o.selection.contains(l.id()) || l.id().equals(o.hover)) {
            return Style.SELECTED;
        }
        Marks.Level level = marks.link(l.id());
        if (level == Marks.Level.ERROR) {
            return Style.ERROR;
        }
        if (level == Marks.Level.WARNING) {
            return Style.WARNING;
        }
        return l.type() == LinkType.EBGP ? Style.EBGP : l.type() == LinkType.IBGP ? Style.IBGP : Style.UNKNOWN;
    }

    /**
     * Dash lengths are in screen pixels (divided by the scale): dashes in model units would shrink
     * to sub-pixel fragments when zoomed out, which costs the software rasteriser thousands of
     * segments a frame and draws grey mush. Far out (boxes) lines are solid; colour still tells
     * eBGP from iBGP.
     */
    private void apply(Surface s, Style style, double scale, Detail detail) {
        double w = Math.max(1, 2 * Math.min(1, scale)) / scale;
        boolean dashed = detail != Detail.BOXES;
        switch (style) {
            case EBGP -> {
                s.stroke(theme.ebgp());
                s.dashes();
            }
            case IBGP -> {
                s.stroke(theme.ibgp());
                dash(s, dashed, 8 / scale, 5 / scale);
            }
            case UNKNOWN -> {
                s.stroke(theme.unknown());
                dash(s, dashed, 2 / scale, 4 / scale);
            }
            case ERROR -> {
                s.stroke(theme.error());
                s.dashes();
                w *= 1.5;
            }
            case WARNING -> {
                s.stroke(theme.warning());
                s.dashes();
                w *= 1.25;
            }
            case SELECTED -> {
                s.stroke(theme.accent());
                s.dashes();
                w *= 1.75;
            }
        }
        s.lineWidth(w);
    }

    private static void dash(Surface s, boolean dashed, double on, double off) {
        if (dashed) {
            s.dashes(on, off);
        } else {
            s.dashes();
        }
    }

    private void label(Surface s, Link l, double[] seg, Marks marks) {
        String text = l.label();
        double width = measure.width(text, 10, false) + 10;
        double length = Math.hypot(seg[2] - seg[0], seg[3] - seg[1]);
        if (length < width + 16) {
            return;
        }
        double mx = (seg[0] + seg[2]) / 2;
        double my = (seg[1] + seg[3]) / 2;
        Marks.Level level = marks.link(l.id());
        Rgb ink = level == Marks.Level.ERROR ? theme.error() : level == Marks.Level.WARNING ? theme.warning()
                : l.type() == LinkType.IBGP ? theme.ibgp() : l.type() == LinkType.EBGP ? theme.ebgp() : theme.muted();
        s.fill(theme.labelFill());
        s.fillRoundRect(mx - width / 2, my - 8, width, 16, 8);
        s.stroke(ink);
        s.lineWidth(1);
        s.dashes();
        s.strokeRoundRect(mx - width / 2, my - 8, width, 16, 8);
        s.fill(ink);
        s.text(text, mx, my + 3.5, 10, false, Surface.Align.CENTER);
    }

    private static boolean visible(Footprint view, Footprint a, Footprint b) {
        double minX = Math.min(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxX = Math.max(a.maxX(), b.maxX());
        double maxY = Math.max(a.maxY(), b.maxY());
        return view.intersects(minX, minY, maxX - minX, maxY - minY);
    }
}
