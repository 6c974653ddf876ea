package io.peerplan.app.design;

import io.peerplan.model.Cluster;
import io.peerplan.model.Layout;
import io.peerplan.model.Topology;

/**
 * Where an element sits on the canvas, in model (unzoomed) units: its layout position is the
 * card's top-left corner, and its size follows from its kind and its text (a cluster card grows with its rows).
 * The canvas, hit testing, region membership and export all use these numbers.
 */
public record Footprint(double x, double y, double width, double height) {
    public static final double CARD_WIDTH = 190;
    public static final double NETWORK_WIDTH = 150;
    public static final double ROUTER_HEIGHT = 60;
    public static final double NETWORK_HEIGHT = 40;
    public static final double CLUSTER_WIDTH = 240;
    public static final double CLUSTER_HEADER = 32;
    public static final double ROW_HEIGHT = 14;
    public static final double CLUSTER_PADDING = 4;
    public static final double REGION_TITLE = 26;
    public static final double DEFAULT_REGION_WIDTH = 480;
    public static final double DEFAULT_REGION_HEIGHT = 320;

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public boolean intersects(double ox, double oy, double ow, double oh) {
        return ox < x + width && ox + ow > x && oy < y + height && oy + oh > y;
    }

    public Footprint translate(double dx, double dy) {
        return new Footprint(x + dx, y + dy, width, height);
    }

    public static Footprint of(Layout.Bounds b) {
        return new Footprint(b.x(), b.y(), b.width(), b.height());
    }

    public static double clusterHeight(Cluster c) {
        return CLUSTER_HEADER + ClusterRows.count(c) * ROW_HEIGHT + CLUSTER_PADDING;
    }

    /** The footprint of a placed element (router, vantage, cluster, network) at its layout position. */
    public static Footprint of(Topology t, Object element, String id) {
        Layout.Point p = t.layout().positions().get(id);
        double x = p == null ? 0 : p.x();
        double y = p == null ? 0 : p.y();
        return at(element, x, y);
    }

    /**
     * The footprint the element would have with its top-left corner at (x, y): its kind's usual size,
     * grown to fit its text ({@link CardText#size}); a cluster card also grows with its rows.
     */
    public static Footprint at(Object element, double x, double y) {
        Kind kind = Elements.kindOf(element);
        if (kind != Kind.CLUSTER && kind != Kind.NETWORK && kind != Kind.ROUTER && kind != Kind.VANTAGE) {
            throw new IllegalArgumentException(kind + " has no card");
        }
        double[] size = CardText.size(element);
        return new Footprint(x, y, size[0], size[1]);
    }
}
