package io.peerplan.app.design;

import io.peerplan.model.Layout;
import io.peerplan.model.Topology;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Align and distribute: the selected cards (routers, vantages, clusters, networks) lined up on one
 * edge or centre line of the group, or spaced with equal gaps, as in draw.io and Scene Builder.
 * Regions and elements inside cards are not moved; a card that lands in or leaves a region changes
 * membership, as after a drag.
 */
public final class Aligning {
    /** The line the cards are aligned on: the selection's outermost edge, or its centre line. */
    public enum Edge {
        LEFT("Align left edges"), CENTER("Align centres (on a vertical line)"), RIGHT("Align right edges"),
        TOP("Align top edges"), MIDDLE("Align middles (on a horizontal line)"), BOTTOM("Align bottom edges");

        private final String label;

        Edge(String label) {
            this.label = label;
        }

        /** The menu's words for it. */
        public String label() {
            return label;
        }
    }

    private Aligning() {
    }

    /** The selected cards that align and distribute would move. */
    public static List<Placed> cards(Topology t, Collection<String> keys) {
        return Placed.all(t).stream().filter(p -> keys.contains(p.id())).toList();
    }

    /** Aligns at least two cards; fewer is refused with the reason. */
    public static Topology align(Topology t, Collection<String> keys, Edge edge) {
        List<Placed> cards = cards(t, keys);
        if (cards.size() < 2) {
            throw new IllegalArgumentException("select two or more cards to align");
        }
        List<Footprint> f = cards.stream().map(p -> p.footprint(t)).toList();
        double line = switch (edge) {
            case LEFT -> f.stream().mapToDouble(Footprint::x).min().orElseThrow();
            case RIGHT -> f.stream().mapToDouble(Footprint::maxX).max().orElseThrow();
            case TOP -> f.stream().mapToDouble(Footprint::y).min().orElseThrow();
            case BOTTOM -> f.stream().mapToDouble(Footprint::maxY).max().orElseThrow();
            case CENTER -> (f.stream().mapToDouble(Footprint::x).min().orElseThrow()
                    + f.stream().mapToDouble(Footprint::maxX).max().orElseThrow()) / 2;
            case MIDDLE -> (f.stream().mapToDouble(Footprint::y).min().orElseThrow()
                    + f.stream().mapToDouble(Footprint::maxY).max().orElseThrow()) / 2;
        };
        Map<String, Layout.Point> positions = new HashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            Footprint b = f.get(i);
            double x = switch (edge) {
                case LEFT -> line;
                case RIGHT -> line - b.width();
                case CENTER -> line - b.width() / 2;
                default -> b.x();
            };
            double y = switch (edge) {
                case TOP -> line;
                case BOTTOM -> line - b.height();
                case MIDDLE -> line - b.height() / 2;
                default -> b.y();
            };
            positions.put(cards.get(i).id(), new Layout.Point(x, y));
        }
        return moved(t, positions);
    }

    /**
     * Spaces at least three cards with equal gaps between them, left to right (or top to bottom):
     * the outermost two stay where they are, as in draw.io.
     */
    public static Topology distribute(Topology t, Collection<String> keys, boolean horizontally) {
        List<Placed> cards = cards(t, keys);
        if (cards.size() < 3) {
            throw new IllegalArgumentException("select three or more cards to distribute");
        }
        ToDoubleFunction<Footprint> start = horizontally ? Footprint::x : Footprint::y;
        ToDoubleFunction<Footprint> size = horizontally ? Footprint::width : Footprint::height;
        List<Placed> sorted = cards.stream().sorted(Comparator.comparingDouble(p -> start.applyAsDouble(p.footprint(t))))
                .toList();
        Footprint first = sorted.getFirst().footprint(t);
        Footprint last = sorted.getLast().footprint(t);
        double span = start.applyAsDouble(last) + size.applyAsDouble(last) - start.applyAsDouble(first);
        double occupied = sorted.stream().mapToDouble(p -> size.applyAsDouble(p.footprint(t))).sum();
        double gap = (span - occupied) / (sorted.size() - 1);
        Map<String, Layout.Point> positions = new HashMap<>();
        double at = start.applyAsDouble(first);
        for (Placed p : sorted) {
            Footprint b = p.footprint(t);
            positions.put(p.id(), horizontally ? new Layout.Point(at, b.y()) : new Layout.Point(b.x(), at));
            at += size.applyAsDouble(b) + gap;
        }
        return moved(t, positions);
    }

    private static Topology moved(Topology t, Map<String, Layout.Point> positions) {
        return Membership.update(Layouts.withPositions(t, positions), positions.keySet());
    }
}
