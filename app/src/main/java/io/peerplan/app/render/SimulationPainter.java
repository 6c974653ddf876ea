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
            // Under the region's bottom edge: inside it, the chips covered the cluster card sitting at its
            // bottom. The 22 px they take stay within the export margin (DiagramExport.MARGIN).
            double x = b.x() + 10;
            double y = b.maxY() + 4;
            for (String ip : m.regionIps().getOrDefault(r.id(), List.of())) {
                String text = "serves " + ip;
                double w = measure.width(text, 11, true) + 14;
                s.fill(m.colour(ip));
                s.fillRoundRect(x, y, w, 18, 9);
                s.fill(Rgb.hex("#ffffff"));
                s.text(text, x + 7, y + 13, 11, true, Surface.Align.LEFT);
                x += w + 6;
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
