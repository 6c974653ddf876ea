package io.peerplan.app.render;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.diagram.Card;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.Link;
import io.peerplan.app.diagram.RegionBox;
import java.util.List;
import java.util.function.Function;

/**
 * Paints simulation mode: regions tinted and labelled with the service IPs they serve, the
 * serving paths drawn over the peerings in the IPs' colours, failed elements greyed out, and the
 * session states read from the devices (drift in red).
 */
final class SimulationPainter {
    static final Rgb GREY = Rgb.hex("#7f7f7f");
    private static final Rgb DRIFT = Rgb.hex("#d62728");
    private static final Rgb LIVE_OK = Rgb.hex("#2ca02c");
    private static final double CHIP_HEIGHT = 18;
    private static final double CHIP_GAP = 6;

    private final DiagramTheme theme;
    private final TextMeasure measure;

    SimulationPainter(DiagramTheme theme, TextMeasure measure) {
        this.theme = theme;
        this.measure = measure;
    }

    /** Region tints go under everything else drawn in the region. */
    void regions(Surface s, Diagram d, SimulationMarks m, double scale) {
        for (RegionBox r : d.regions()) {
            Footprint b = r.bounds();
            List<String> ips = m.regionIps().get(r.id());
            if (ips != null && !ips.isEmpty()) {
                s.fill(m.colour(ips.getFirst()).alpha(0.10));
                s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 14);
                s.stroke(m.colour(ips.getFirst()));
                s.lineWidth(3 / scale);
                s.dashes();
                s.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 14);
            }
        }
    }

    /** Paths and live states over the links, greyed failures over the cards, the served IPs on top. */
    void over(Surface s, Diagram d, SimulationMarks m, double scale, Function<String, Footprint> at) {
        links(s, d, m, scale, at);
        for (Card c : d.cards()) {
            if (m.failed().contains(c.id()) || (c.region() != null && m.failed().contains(c.region()))) {
                grey(s, c.bounds());
            }
        }
        for (RegionBox r : d.regions()) {
            Footprint b = r.bounds();
            if (m.failed().contains(r.id())) {
                s.fill(GREY.alpha(0.18));
                s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 14);
                s.fill(GREY);
                s.text("FAILED", b.maxX() - 10, b.y() + 40, 14, true, Surface.Align.RIGHT);
            }
            List<String> ips = m.regionIps().getOrDefault(r.id(), List.of());
            if (ips.isEmpty()) {
                continue;
            }
            double[] widths = new double[ips.size()];
            double total = -CHIP_GAP;
            for (int i = 0; i < ips.size(); i++) {
                widths[i] = measure.width("serves " + ips.get(i), 11, true) + 14;
                total += widths[i] + CHIP_GAP;
            }
            double[] spot = chipsAt(d, r, total);
            double x = spot[0];
            for (int i = 0; i < ips.size(); i++) {
                s.fill(m.colour(ips.get(i)));
                s.fillRoundRect(x, spot[1], widths[i], CHIP_HEIGHT, 9);
                s.fill(Rgb.hex("#ffffff"));
                s.text("serves " + ips.get(i), x + 7, spot[1] + 13, 11, true, Surface.Align.LEFT);
                x += widths[i] + CHIP_GAP;
            }
        }
        if (m.vantage() != null) {
            d.card(m.vantage()).ifPresent(c -> {
                Footprint b = c.bounds();
                s.stroke(theme.accent());
                s.lineWidth(3 / scale);
                s.dashes(6 / scale, 3 / scale);
                s.strokeRoundRect(b.x() - 5, b.y() - 5, b.width() + 10, b.height() + 10, 14);
            });
        }
    }

    private void links(Surface s, Diagram d, SimulationMarks m, double scale, Function<String, Footprint> at) {
        for (Link l : d.links()) {
            Footprint a = at.apply(l.from());
            Footprint b = at.apply(l.to());
            if (a == null || b == null) {
                continue;
            }
            double[] seg = Geometry.segment(a, b, l.laneOffset());
            if (m.failed().contains(l.id()) || m.downLinks().contains(l.id())) {
                s.stroke(GREY);
                s.lineWidth(3 / scale);
                s.dashes(3 / scale, 5 / scale);
                s.line(seg[0], seg[1], seg[2], seg[3]);
            }
            List<String> ips = m.pathLinks().get(l.id());
            if (ips != null) {
                double width = 5 / scale;
                for (int i = 0; i < ips.size(); i++) {
                    double off = (i - (ips.size() - 1) / 2.0) * width;
                    double[] lane = Geometry.segment(a, b, l.laneOffset() + off);
                    s.stroke(m.colour(ips.get(i)).alpha(0.85));
                    s.lineWidth(width);
                    s.dashes();
                    s.line(lane[0], lane[1], lane[2], lane[3]);
                }
            }
            SimulationMarks.LiveLink live = m.live().get(l.id());
            if (live != null) {
                liveLabel(s, live, seg, scale);
            }
        }
    }

    /**
     * Where a region's "serves" chips go: just under its bottom edge, else just over its top edge,
     * else inside along its bottom, at the first of these (left or right aligned) where they cover
     * no card and no other region. Inside the region they would cover the cluster card that usually
     * sits at its bottom, so inside comes last. The 22 model units under or over the region stay
     * within the export margin (DiagramExport.MARGIN).
     */
    static double[] chipsAt(Diagram d, RegionBox r, double width) {
        Footprint b = r.bounds();
        double left = b.x() + 10;
        double right = b.maxX() - 10 - width;
        double[][] candidates = {{left, b.maxY() + 4}, {right, b.maxY() + 4}, {left, b.y() - 4 - CHIP_HEIGHT},
            {right, b.y() - 4 - CHIP_HEIGHT}, {left, b.maxY() - 6 - CHIP_HEIGHT}, {right, b.maxY() - 6 - CHIP_HEIGHT}};
        for (double[] c : candidates) {
            boolean free = d.cardsIn(c[0], c[1], width, CHIP_HEIGHT).isEmpty() && d.regions().stream()
                    .noneMatch(o -> o != r && o.bounds().intersects(c[0], c[1], width, CHIP_HEIGHT));
            if (free) {
                return c;
            }
        }
        return candidates[0];
    }

    private void grey(Surface s, Footprint b) {
        s.fill(theme.background().alpha(0.65));
        s.fillRoundRect(b.x(), b.y(), b.width(), b.height(), 10);
        s.stroke(GREY);
        s.lineWidth(2);
        s.dashes(4, 3);
        s.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), 10);
        s.line(b.x(), b.y(), b.maxX(), b.maxY());
    }

    private void liveLabel(Surface s, SimulationMarks.LiveLink live, double[] seg, double scale) {
        Rgb ink = live.drift() ? DRIFT : LIVE_OK;
        if (live.drift()) {
            s.stroke(DRIFT);
            s.lineWidth(4 / scale);
            s.dashes();
            s.line(seg[0], seg[1], seg[2], seg[3]);
        }
        double mx = (seg[0] + seg[2]) / 2;
        double my = (seg[1] + seg[3]) / 2 + 18;
        double w = measure.width(live.text(), 10, true) + 12;
        s.fill(theme.labelFill());
        s.fillRoundRect(mx - w / 2, my - 8, w, 16, 8);
        s.stroke(ink);
        s.lineWidth(1.5);
        s.dashes();
        s.strokeRoundRect(mx - w / 2, my - 8, w, 16, 8);
        s.fill(ink);
        s.text(live.text(), mx, my + 3.5, 10, true, Surface.Align.CENTER);
    }
}
