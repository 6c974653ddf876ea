package io.peerplan.app.diagram;

import io.peerplan.app.design.Footprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A uniform grid over card footprints: the cards in a rectangle (the viewport, a marquee, the
 * mouse) in time proportional to the cells and cards touched, not to the whole diagram. This is
 * what keeps a 5,000-element canvas at frame rate when zoomed in. Built in O(n).
 */
public final class SpatialGrid {
    private static final double CELL = 256;

    private final List<Footprint> items;
    private final Map<Long, int[]> cells = new HashMap<>();

    public SpatialGrid(List<Footprint> items) {
        this.items = items;
        Map<Long, List<Integer>> build = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Footprint f = items.get(i);
            for (long cx = cell(f.x()); cx <= cell(f.maxX()); cx++) {
                for (long cy = cell(f.y()); cy <= cell(f.maxY()); cy++) {
                    build.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(i);
                }
            }
        }
        build.forEach((k, v) -> cells.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Calls {@code visit} once for each item whose footprint intersects the rectangle, in index order. */
    public void query(double x, double y, double w, double h, IntConsumer visit) {
        long x0 = cell(x);
        long x1 = cell(x + w);
        long y0 = cell(y);
        long y1 = cell(y + h);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > cells.size()) {
            scanAll(x, y, w, h, visit);
            return;
        }
        BitSet seen = new BitSet(items.size());
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                int[] list = cells.get(key(cx, cy));
                if (list != null) {
                    for (int i : list) {
                        if (!seen.get(i) && items.get(i).intersects(x, y, w, h)) {
                            seen.set(i);
                        }
                    }
                }
            }
        }
        seen.stream().forEach(visit);
    }

    /** Indices of the items intersecting the rectangle, ascending. */
    public int[] query(double x, double y, double w, double h) {
        List<Integer> out = new ArrayList<>();
        query(x, y, w, h, out::add);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private void scanAll(double x, double y, double w, double h, IntConsumer visit) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).intersects(x, y, w, h)) {
                visit.accept(i);
            }
        }
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }

    @Override
    public String toString() {
        return "SpatialGrid" + Arrays.toString(new int[] {items.size(), cells.size()});
    }
}
