package io.peerplan.app.render;

import io.peerplan.app.design.Footprint;

/** Line clipping and distances for links. */
public final class Geometry {
    private Geometry() {
    }

    /** Where the segment from the rectangle's centre (cx, cy) towards (tx, ty) leaves the rectangle. */
    public static double[] exit(Footprint f, double cx, double cy, double tx, double ty) {
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double hw = f.width() / 2;
        double hh = f.height() / 2;
        double t = Math.min(dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy));
        t = Math.min(t, 1);
        return new double[] {cx + dx * t, cy + dy * t};
    }

    /** The two end points of a link between two cards, shifted sideways by {@code offset}. */
    public static double[] segment(Footprint a, Footprint b, double offset) {
        double ax = a.centerX();
        double ay = a.centerY();
        double bx = b.centerX();
        double by = b.centerY();
        double len = Math.hypot(bx - ax, by - ay);
        if (len > 0 && offset != 0) {
            double nx = -(by - ay) / len * offset;
            double ny = (bx - ax) / len * offset;
            ax += nx;
            ay += ny;
            bx += nx;
            by += ny;
        }
        double[] p = exit(a, ax, ay, bx, by);
        double[] q = exit(b, bx, by, ax, ay);
        return new double[] {p[0], p[1], q[0], q[1]};
    }

    /** Distance from a point to a segment. */
    public static double distance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }
}
