package io.peerplan.model;

import java.util.Map;
import java.util.SortedMap;

/**
 * Where elements sit on the canvas, kept apart from the semantics: element id → position, and
 * region id → bounds. Sorted by id so the saved file is stable.
 */
public record Layout(SortedMap<String, Point> positions, SortedMap<String, Bounds> regions) {

    public static final Layout EMPTY = new Layout(null, null);

    public static Layout of(Map<String, Point> positions, Map<String, Bounds> regions) {
        return new Layout(Lists.sorted(positions), Lists.sorted(regions));
    }

    public Layout {
        positions = Lists.sorted(positions);
        regions = Lists.sorted(regions);
    }

    public record Point(double x, double y) {
    }

    public record Bounds(double x, double y, double width, double height) {
    }
}
