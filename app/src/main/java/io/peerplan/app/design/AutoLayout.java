package io.peerplan.app.design;

import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Layout;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Lays out a topology that has no (or a partial) layout, e.g. one imported from configs or
 * generated. Each region's members are placed by JGraphT's force-directed
 * {@link IndexedFRLayoutAlgorithm2D} (Fruchterman–Reingold with a Barnes–Hut quadtree, O(n log n)
 * per iteration) on the graph of peerings and network attachments, then legalised onto a grid so
 * that cards never overlap; regions are then packed in rows, elements outside any region on top.
 * Deterministic: a fixed random seed, so the same topology always gets the same picture.
 */
public final class AutoLayout {
    private static final double GAP_X = 48;
    private static final double GAP_Y = 40;
    private static final double MARGIN = 24;
    private static final int ITERATIONS = 80;
    private static final long SEED = 20_240_601L;
    /** Beyond this many cards without a position, placing them one by one costs more than a fresh layout. */
    private static final int MAX_MISSING = 200;

    private AutoLayout() {
    }

    /** True when some placed element has no position or some region has no bounds. */
    public static boolean needed(Topology t) {
        return Placed.all(t).stream().anyMatch(p -> !t.layout().positions().containsKey(p.id()))
                || t.regions().stream().anyMatch(r -> !t.layout().regions().containsKey(r.id()));
    }

    /** Lays out everything anew. Cost: O(n log n · iterations) for the largest region, plus O(n). */
    public static Topology all(Topology t) {
        Map<String, List<Placed>> groups = new LinkedHashMap<>();
        groups.put(null, new ArrayList<>());
        t.regions().forEach(r -> groups.put(r.id(), new ArrayList<>()));
        for (Placed p : Placed.all(t)) {
            groups.computeIfAbsent(groups.containsKey(p.region()) ? p.region() : null, k -> new ArrayList<>()).add(p);
        }
        Map<String, Layout.Point> positions = new HashMap<>();
        Map<String, Layout.Bounds> bounds = new HashMap<>();
        Map<String, Grid> grids = new LinkedHashMap<>();
        for (var e : groups.entrySet()) {
            grids.put(e.getKey(), Grid.of(t, e.getValue()));
        }
        double y = 0;
        Grid outside = grids.remove(null);
        double rowWidth = packedRowWidth(grids);
        if (!outside.isEmpty()) {
            double x = Math.max(0, (rowWidth - outside.width()) / 2);
            outside.place(x, y, positions);
            y += outside.height() + GAP_Y * 2;
        }
        double x = 0;
        double rowHeight = 0;
        for (var e : grids.entrySet()) {
            Grid g = e.getValue();
            double w = g.width() + 2 * MARGIN;
            double h = g.height() + 2 * MARGIN + Footprint.REGION_TITLE;
            if (x > 0 && x + w > rowWidth + 1) {
                x = 0;
                y += rowHeight + GAP_Y * 2;
                rowHeight = 0;
            }
            bounds.put(e.getKey(), new Layout.Bounds(x, y, w, h));
            g.place(x + MARGIN, y + MARGIN + Footprint.REGION_TITLE, positions);
            x += w + GAP_X * 2;
            rowHeight = Math.max(rowHeight, h);
        }
        return t.withLayout(Layout.of(positions, bounds));
    }

    /**
     * Lays out what lacks a position: everything when nothing has one (an imported or generated
     * topology), else only the missing cards and region bounds, leaving the user's layout alone.
     */
    public static Topology ifNeeded(Topology t) {
        if (!needed(t)) {
            return t;
        }
        boolean nothingPlaced = t.layout().positions().isEmpty() && t.layout().regions().isEmpty();
        return nothingPlaced ? all(t) : missing(t);
    }

    /**
     * Places only the cards without a position, in a row under the other cards of their region (or
     * of the elements outside regions), and gives a region without bounds a frame around its members.
     */
    public static Topology missing(Topology t) {
        List<Placed> all = Placed.all(t);
        long missingCount = all.stream().filter(p -> !t.layout().positions().containsKey(p.id())).count();
        if (missingCount > MAX_MISSING) {
            return all(t);
        }
        Map<String, Layout.Point> positions = new HashMap<>(t.layout().positions());
        Map<String, Layout.Bounds> bounds = new HashMap<>(t.layout().regions());
        List<Footprint> occupied = new ArrayList<>();
        for (Placed p : all) {
            if (positions.containsKey(p.id())) {
                occupied.add(p.footprint(t));
            }
        }
        Map<String, List<Placed>> groups = new LinkedHashMap<>();
        for (Placed p : all) {
            groups.computeIfAbsent(p.region() == null ? "" : p.region(), k -> new ArrayList<>()).add(p);
        }
        for (var e : groups.entrySet()) {
            List<Placed> missing = e.getValue().stream().filter(p -> !positions.containsKey(p.id())).toList();
            if (missing.isEmpty()) {
                continue;
            }
            Layout.Bounds region = e.getKey().isEmpty() ? null : bounds.get(e.getKey());
            List<Footprint> here = e.getValue().stream().filter(p -> positions.containsKey(p.id()))
                    .map(p -> p.footprint(t)).toList();
            double x0 = region != null ? region.x() + MARGIN : here.stream().mapToDouble(Footprint::x).min().orElse(0);
            double y0 = region != null ? region.y() + Footprint.REGION_TITLE + MARGIN
                    : here.stream().mapToDouble(f -> f.maxY() + GAP_Y).max().orElse(0);
            List<Footprint> obstacles = new ArrayList<>(occupied);
            if (region == null) {
                bounds.values().forEach(b -> obstacles.add(Footprint.of(b)));
            }
            for (Placed p : missing) {
                Footprint f = freeSpot(p.element(), x0, y0, obstacles);
                positions.put(p.id(), new Layout.Point(f.x(), f.y()));
                obstacles.add(f);
                occupied.add(f);
            }
        }
        Topology out = t.withLayout(Layout.of(positions, bounds));
        for (var r : t.regions()) {
            if (!bounds.containsKey(r.id())) {
                bounds.put(r.id(), frame(out, r.id()));
            }
        }
        return out.withLayout(Layout.of(positions, bounds));
    }

    /** The first grid spot, row by row from (x0, y0), where the card touches nothing. */
    private static Footprint freeSpot(Object element, double x0, double y0, List<Footprint> obstacles) {
        Footprint size = Footprint.at(element, 0, 0);
        double stepX = size.width() + GAP_X;
        double stepY = size.height() + GAP_Y / 2;
        for (int row = 0; ; row++) {
            for (int col = 0; col < 6; col++) {
                Footprint f = Footprint.at(element, Layouts.snap(x0 + col * stepX), Layouts.snap(y0 + row * stepY));
                boolean clear = obstacles.stream().noneMatch(o -> o.intersects(f.x() - GAP_X / 4, f.y() - GAP_Y / 4,
                        f.width() + GAP_X / 2, f.height() + GAP_Y / 2));
                if (clear) {
                    return f;
                }
            }
        }
    }

    /** A frame around a region's members, or an empty default frame below everything. */
    private static Layout.Bounds frame(Topology t, String regionId) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Placed p : Placed.all(t)) {
            if (regionId.equals(p.region())) {
                Footprint f = p.footprint(t);
                minX = Math.min(minX, f.x());
                minY = Math.min(minY, f.y());
                maxX = Math.max(maxX, f.maxX());
                maxY = Math.max(maxY, f.maxY());
            }
        }
        if (minX > maxX) {
            double bottom = t.layout().positions().values().stream().mapToDouble(Layout.Point::y).max().orElse(0) + 200;
            return new Layout.Bounds(0, Layouts.snap(bottom), Footprint.DEFAULT_REGION_WIDTH, Footprint.DEFAULT_REGION_HEIGHT);
        }
        return new Layout.Bounds(minX - MARGIN, minY - MARGIN - Footprint.REGION_TITLE, maxX - minX + 2 * MARGIN,
                maxY - minY + 2 * MARGIN + Footprint.REGION_TITLE);
    }

    /** Regions side by side, about as many columns as rows. */
    private static double packedRowWidth(Map<String, Grid> grids) {
        if (grids.isEmpty()) {
            return 0;
        }
        int columns = (int) Math.ceil(Math.sqrt(grids.size()));
        double widest = grids.values().stream().mapToDouble(g -> g.width() + 2 * MARGIN).max().orElse(0);
        return columns * widest + (columns - 1) * GAP_X * 2;
    }

    /** One group's members on a grid of equal cells, in the order a force-directed layout suggests. */
    private record Grid(List<Placed> members, Map<String, int[]> cells, int columns, int rows, double cellWidth,
            double cellHeight, Map<String, Footprint> sizes) {

        static Grid of(Topology t, List<Placed> members) {
            Map<String, Footprint> sizes = new HashMap<>();
            double cellWidth = Footprint.CLUSTER_WIDTH;
            double cellHeight = 0;
            for (Placed p : members) {
                Footprint f = Footprint.at(p.element(), 0, 0);
                sizes.put(p.id(), f);
                cellWidth = Math.max(cellWidth, f.width());
                cellHeight = Math.max(cellHeight, f.height());
            }
            int n = members.size();
            int columns = Math.max(1, (int) Math.ceil(Math.sqrt(n * 1.5)));
            int rows = Math.max(1, (int) Math.ceil(n / (double) columns));
            Map<String, Point2D> points = forces(t, members, columns, rows);
            Map<String, int[]> cells = legalise(members, points, columns, rows);
            return new Grid(members, cells, columns, rows, cellWidth + GAP_X, cellHeight + GAP_Y, sizes);
        }

        boolean isEmpty() {
            return members.isEmpty();
        }

        double width() {
            return isEmpty() ? 0 : columns * cellWidth - GAP_X;
        }

        double height() {
            return isEmpty() ? 0 : rows * cellHeight - GAP_Y;
        }

        void place(double x0, double y0, Map<String, Layout.Point> out) {
            for (Placed p : members) {
                int[] c = cells.get(p.id());
                double x = x0 + c[0] * cellWidth + (cellWidth - GAP_X - sizes.get(p.id()).width()) / 2;
                out.put(p.id(), new Layout.Point(Layouts.snap(x), Layouts.snap(y0 + c[1] * cellHeight)));
            }
        }
    }

    private static Map<String, Point2D> forces(Topology t, List<Placed> members, int columns, int rows) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        members.forEach(p -> g.addVertex(p.id()));
        for (Peering p : t.peerings()) {
            edge(g, p.a().element(), p.b().element());
        }
        for (Router r : t.routers()) {
            r.interfaces().stream().map(Interface::network).forEach(n -> edge(g, r.id(), n));
        }
        for (Vantage v : t.vantages()) {
            v.interfaces().stream().map(Interface::network).forEach(n -> edge(g, v.id(), n));
        }
        for (Cluster c : t.clusters()) {
            c.nodes().stream().map(Node::network).distinct().forEach(n -> edge(g, c.id(), n));
        }
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(columns, rows));
        if (g.vertexSet().size() > 1) {
            new IndexedFRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                    1.0, new Random(SEED)).layout(g, model);
        }
        Map<String, Point2D> out = new HashMap<>();
        for (var e : model) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    private static void edge(Graph<String, DefaultEdge> g, String a, String b) {
        if (a != null && b != null && !a.equals(b) && g.containsVertex(a) && g.containsVertex(b)) {
            g.addEdge(a, b);
        }
    }

    /** Each member to the free grid cell nearest its force-directed position, best-connected first. */
    private static Map<String, int[]> legalise(List<Placed> members, Map<String, Point2D> points, int columns, int rows) {
        boolean[][] taken = new boolean[columns][rows];
        Map<String, int[]> cells = new HashMap<>();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point2D p : points.values()) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        List<Placed> order = new ArrayList<>(members);
        order.sort(java.util.Comparator.comparingInt((Placed p) -> rank(p.kind())));
        for (Placed p : order) {
            Point2D pt = points.get(p.id());
            double fx = pt == null || maxX <= minX ? 0.5 : (pt.getX() - minX) / (maxX - minX);
            double fy = pt == null || maxY <= minY ? 0.5 : (pt.getY() - minY) / (maxY - minY);
            int cx = (int) Math.min(columns - 1, Math.round(fx * (columns - 1)));
            int cy = (int) Math.min(rows - 1, Math.round(fy * (rows - 1)));
            int[] cell = nearestFree(taken, cx, cy);
            taken[cell[0]][cell[1]] = true;
            cells.put(p.id(), cell);
        }
        return cells;
    }

    /** Routers first: they are what the rest connects to. */
    private static int rank(Kind kind) {
        return switch (kind) {
            case VANTAGE -> 0;
            case ROUTER -> 1;
            case CLUSTER -> 2;
            default -> 3;
        };
    }

    private static int[] nearestFree(boolean[][] taken, int cx, int cy) {
        int columns = taken.length;
        int rows = taken[0].length;
        for (int r = 0; r < columns + rows; r++) {
            for (int dx = -r; dx <= r; dx++) {
                for (int dy = -r; dy <= r; dy++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != r) {
                        continue;
                    }
                    int x = cx + dx;
                    int y = cy + dy;
                    if (x >= 0 && y >= 0 && x < columns && y < rows && !taken[x][y]) {
                        return new int[] {x, y};
                    }
                }
            }
        }
        throw new IllegalStateException("grid full");
    }
}
