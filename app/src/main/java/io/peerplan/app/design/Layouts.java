package io.peerplan.app.design;

import io.peerplan.model.Layout;
import io.peerplan.model.Topology;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Edits of {@link Layout}: positions of cards and bounds of regions. */
public final class Layouts {
    /** The canvas grid; snapping rounds card corners and region bounds to it. */
    public static final double GRID = 20;

    private Layouts() {
    }

    public static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }

    public static Topology withPositions(Topology t, Map<String, Layout.Point> positions) {
        TreeMap<String, Layout.Point> p = new TreeMap<>(t.layout().positions());
        p.putAll(positions);
        return t.withLayout(new Layout(p, t.layout().regions()));
    }

    public static Topology withPosition(Topology t, String id, double x, double y) {
        return withPositions(t, Map.of(id, new Layout.Point(x, y)));
    }

    public static Topology withRegionBounds(Topology t, Map<String, Layout.Bounds> bounds) {
        TreeMap<String, Layout.Bounds> b = new TreeMap<>(t.layout().regions());
        b.putAll(bounds);
        return t.withLayout(new Layout(t.layout().positions(), b));
    }

    public static Topology withRegionBounds(Topology t, String id, Layout.Bounds bounds) {
        return withRegionBounds(t, Map.of(id, bounds));
    }

    /** The layout without the given ids (deleted elements). */
    public static Topology without(Topology t, Collection<String> ids) {
        TreeMap<String, Layout.Point> p = new TreeMap<>(t.layout().positions());
        TreeMap<String, Layout.Bounds> b = new TreeMap<>(t.layout().regions());
        p.keySet().removeAll(ids);
        b.keySet().removeAll(ids);
        return t.withLayout(new Layout(p, b));
    }
}
