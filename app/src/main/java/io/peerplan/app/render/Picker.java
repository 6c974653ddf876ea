package io.peerplan.app.render;

import io.peerplan.app.design.ClusterRows;
import io.peerplan.app.design.Footprint;
import io.peerplan.app.diagram.Card;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.Link;
import io.peerplan.app.diagram.RegionBox;
import java.util.List;
import java.util.Set;

/**
 * What is under a model point: picking returns model keys, never JavaFX nodes (Scene Builder's
 * rule). Order follows what is drawn on top: a region's resize handle, a card's link port, cards
 * (a cluster's rows inside them), links, then a region's title strip or frame. Tolerances are in
 * screen pixels, so picking feels the same at every zoom.
 */
public final class Picker {
    public enum Target { NONE, RESIZE, PORT, CARD, LINK, REGION }

    /**
     * @param key  the element to select (a node's key when a cluster row was hit)
     * @param card the card under the point (the cluster for a row), or the region / link id
     */
    public record Pick(Target target, String key, String card) {
        public static final Pick NONE = new Pick(Target.NONE, null, null);
    }

    private Picker() {
    }

    public static Pick pick(Diagram d, double x, double y, double scale, Set<String> selection, String hover) {
        double tol = 6 / scale;
        for (RegionBox r : d.regions()) {
            if (selection.contains(r.id())) {
                Footprint b = r.bounds();
                double h = OverlayPainter.HANDLE / scale;
                if (Math.abs(x - b.maxX()) <= h && Math.abs(y - b.maxY()) <= h) {
                    return new Pick(Target.RESIZE, r.id(), r.id());
                }
            }
        }
        Pick port = port(d, x, y, scale, hover);
        if (port == null && selection.size() == 1) {
            port = port(d, x, y, scale, selection.iterator().next());
        }
        if (port != null) {
            return port;
        }
        List<Card> cards = d.cardsIn(x - 0.5, y - 0.5, 1, 1);
        for (int i = cards.size() - 1; i >= 0; i--) {
            Card c = cards.get(i);
            if (c.bounds().contains(x, y)) {
                ClusterRows.Row row = c.rowAt(x, y);
                return new Pick(Target.CARD, row != null ? row.key() : c.id(), c.id());
            }
        }
        Link best = null;
        double bestDistance = tol;
        for (Link l : d.links()) {
            Card a = d.card(l.from()).orElse(null);
            Card b = d.card(l.to()).orElse(null);
            if (a != null && b != null) {
                double[] s = Geometry.segment(a.bounds(), b.bounds(), l.laneOffset());
                double dist = Geometry.distance(x, y, s[0], s[1], s[2], s[3]);
                if (dist <= bestDistance) {
                    best = l;
                    bestDistance = dist;
                }
            }
        }
        if (best != null) {
            return new Pick(Target.LINK, best.id(), best.id());
        }
        for (int i = d.regions().size() - 1; i >= 0; i--) {
            RegionBox r = d.regions().get(i);
            if (r.inTitle(x, y) || r.onBorder(x, y, tol)) {
                return new Pick(Target.REGION, r.id(), r.id());
            }
        }
        return Pick.NONE;
    }

    private static Pick port(Diagram d, double x, double y, double scale, String cardId) {
        if (cardId == null) {
            return null;
        }
        Card c = d.card(cardId).orElse(null);
        if (c == null || !c.kind().isPeeringEnd()) {
            return null;
        }
        double[] p = CardPainter.port(c.bounds());
        return Math.hypot(x - p[0], y - p[1]) <= 8 / scale ? new Pick(Target.PORT, c.id(), c.id()) : null;
    }

    /** The card under the point that a link can end on (router, vantage, cluster), or null. */
    public static String peeringEndAt(Diagram d, double x, double y) {
        List<Card> cards = d.cardsIn(x - 0.5, y - 0.5, 1, 1);
        for (int i = cards.size() - 1; i >= 0; i--) {
            Card c = cards.get(i);
            if (c.bounds().contains(x, y) && c.kind().isPeeringEnd()) {
                return c.id();
            }
        }
        return null;
    }

    /** The cluster card under the point, or null: where a node, pool or service is dropped. */
    public static String clusterAt(Diagram d, double x, double y) {
        List<Card> cards = d.cardsIn(x - 0.5, y - 0.5, 1, 1);
        for (int i = cards.size() - 1; i >= 0; i--) {
            Card c = cards.get(i);
            if (c.bounds().contains(x, y) && c.kind() == io.peerplan.app.design.Kind.CLUSTER) {
                return c.id();
            }
        }
        return null;
    }
}
