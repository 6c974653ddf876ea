package io.peerplan.app.diagram;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.Refs;
import java.util.ArrayList;
import io.peerplan.model.Cluster;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the canvas draws, derived from one topology: region frames, cards, peering links and
 * network attachments, with a spatial index for culling and picking. Immutable and free of
 * JavaFX, so the SVG export can render it on a background thread.
 */
public final class Diagram {
    public static final Diagram EMPTY = new Diagram(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    private final List<RegionBox> regions;
    private final List<Card> cards;
    private final List<Link> links;
    private final List<Attachment> attachments;
    /** The model record each card was built from, by position in {@link #cards}: lets the next build reuse cards. */
    private final List<Object> sources;
    private final List<Cluster> clusters;
    private final Map<String, Integer> cardIndex = new HashMap<>();
    private final Map<String, List<Link>> linksByCard = new HashMap<>();
    private final SpatialGrid grid;
    private Map<String, String> owners;
    private IdentityHashMap<Object, Card> bySource;

    private final io.peerplan.model.Topology topology;

    Diagram(io.peerplan.model.Topology topology, List<RegionBox> regions, List<Card> cards, List<Object> sources, List<Link> links, List<Attachment> attachments,
            List<Cluster> clusters) {
        this.topology = topology;
        this.regions = List.copyOf(regions);
        this.cards = List.copyOf(cards);
        this.sources = List.copyOf(sources);
        this.links = List.copyOf(links);
        this.attachments = List.copyOf(attachments);
        this.clusters = List.copyOf(clusters);
        for (int i = 0; i < cards.size(); i++) {
            cardIndex.put(cards.get(i).id(), i);
        }
        for (Link l : links) {
            linksByCard.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
            linksByCard.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
        }
        this.grid = new SpatialGrid(cards.stream().map(Card::bounds).toList());
    }

    /** The topology this diagram was built from (null for {@link #EMPTY}). */
    public io.peerplan.model.Topology topology() {
        return topology;
    }

    public List<RegionBox> regions() {
        return regions;
    }

    public List<Card> cards() {
        return cards;
    }

    public List<Link> links() {
        return links;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    public Optional<Card> card(String id) {
        Integer i = cardIndex.get(id);
        return i == null ? Optional.empty() : Optional.of(cards.get(i));
    }

    public Optional<RegionBox> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<Link> linksOf(String cardId) {
        return linksByCard.getOrDefault(cardId, List.of());
    }

    /** The card that draws an element: itself, or the cluster card holding a node, pool or service. */
    public Optional<Card> cardShowing(String key) {
        Optional<Card> own = card(key);
        if (own.isPresent()) {
            return own;
        }
        String owner = owners().get(key);
        if (owner == null && Refs.isNested(key)) {
            owner = Refs.cluster(key);
        }
        return owner == null ? Optional.empty() : card(owner);
    }

    /** Node id → cluster id, built on first use: only findings and reveal need it. */
    private synchronized Map<String, String> owners() {
        if (owners == null) {
            Map<String, String> m = new HashMap<>();
            for (Cluster c : clusters) {
                c.nodes().forEach(n -> m.put(n.id(), c.id()));
            }
            owners = m;
        }
        return owners;
    }

    /** The card built from this very record (identity), if any: unchanged elements keep their cards. */
    synchronized Card cardBuiltFrom(Object source) {
        if (bySource == null) {
            bySource = new IdentityHashMap<>();
            for (int i = 0; i < cards.size(); i++) {
                bySource.put(sources.get(i), cards.get(i));
            }
        }
        return bySource.get(source);
    }

    /** Cards whose footprints intersect the rectangle, in drawing order. */
    public List<Card> cardsIn(double x, double y, double w, double h) {
        List<Card> out = new ArrayList<>();
        grid.query(x, y, w, h, i -> out.add(cards.get(i)));
        return out;
    }

    /** Indices (into {@link #cards}) of the cards in the rectangle, ascending: the renderer's culling query. */
    public void visitCardsIn(double x, double y, double w, double h, java.util.function.IntConsumer visit) {
        grid.query(x, y, w, h, visit);
    }

    /** Everything drawn, or an empty box at the origin. */
    public Footprint contentBounds() {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (RegionBox r : regions) {
            minX = Math.min(minX, r.bounds().x());
            minY = Math.min(minY, r.bounds().y());
            maxX = Math.max(maxX, r.bounds().maxX());
            maxY = Math.max(maxY, r.bounds().maxY());
        }
        for (Card c : cards) {
            minX = Math.min(minX, c.bounds().x());
            minY = Math.min(minY, c.bounds().y());
            maxX = Math.max(maxX, c.bounds().maxX());
            maxY = Math.max(maxY, c.bounds().maxY());
        }
        return minX > maxX ? new Footprint(0, 0, 0, 0) : new Footprint(minX, minY, maxX - minX, maxY - minY);
    }

    /** The union of the footprints of these keys (cards, nested items' cards, regions, links' ends). */
    public Optional<Footprint> boundsOf(java.util.Collection<String> keys) {
        List<Footprint> parts = new ArrayList<>();
        for (String k : keys) {
            cardShowing(k).ifPresent(c -> parts.add(c.bounds()));
            region(k).ifPresent(r -> parts.add(r.bounds()));
            links.stream().filter(l -> l.id().equals(k)).findFirst().ifPresent(l -> {
                card(l.from()).ifPresent(c -> parts.add(c.bounds()));
                card(l.to()).ifPresent(c -> parts.add(c.bounds()));
            });
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        double minX = parts.stream().mapToDouble(Footprint::x).min().orElseThrow();
        double minY = parts.stream().mapToDouble(Footprint::y).min().orElseThrow();
        double maxX = parts.stream().mapToDouble(Footprint::maxX).max().orElseThrow();
        double maxY = parts.stream().mapToDouble(Footprint::maxY).max().orElseThrow();
        return Optional.of(new Footprint(minX, minY, maxX - minX, maxY - minY));
    }
}
