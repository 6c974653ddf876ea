package io.peerplan.app.render;

import io.peerplan.app.diagram.Card;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.Link;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings as the canvas shows them: a badge per card (counting findings on the element and on
 * its nodes, pools and services), a colour per peering, a flag per cluster row. Rebuilt when the
 * findings or the diagram change, never per frame.
 */
public final class Marks {
    public enum Level { ERROR, WARNING, INFO }

    /** One finding reduced to what the canvas needs: how bad, and which elements. */
    public record Mark(Level level, Collection<String> keys) {
    }

    /** Findings on one card. */
    public record Count(int errors, int warnings, int infos) {
        Count plus(Level l) {
            return new Count(errors + (l == Level.ERROR ? 1 : 0), warnings + (l == Level.WARNING ? 1 : 0),
                    infos + (l == Level.INFO ? 1 : 0));
        }

        public int total() {
            return errors + warnings + infos;
        }

        public Level worst() {
            return errors > 0 ? Level.ERROR : warnings > 0 ? Level.WARNING : Level.INFO;
        }
    }

    public static final Marks NONE = new Marks(Map.of(), Map.of(), Set.of());

    private final Map<String, Count> cards;
    private final Map<String, Level> links;
    private final Set<String> rows;

    private Marks(Map<String, Count> cards, Map<String, Level> links, Set<String> rows) {
        this.cards = cards;
        this.links = links;
        this.rows = rows;
    }

    public static Marks of(List<Mark> marks, Diagram diagram) {
        if (marks.isEmpty()) {
            return NONE;
        }
        Set<String> linkIds = new HashSet<>();
        diagram.links().stream().map(Link::id).forEach(linkIds::add);
        Map<String, Count> cards = new HashMap<>();
        Map<String, Level> links = new HashMap<>();
        Set<String> rows = new HashSet<>();
        for (Mark m : marks) {
            Set<String> counted = new HashSet<>();
            for (String key : m.keys()) {
                if (linkIds.contains(key)) {
                    links.merge(key, m.level(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                    continue;
                }
                Card card = diagram.cardShowing(key).orElse(null);
                if (card != null && counted.add(card.id())) {
                    cards.merge(card.id(), new Count(0, 0, 0).plus(m.level()), (a, b) -> a.plus(m.level()));
                }
                if (card != null && !card.id().equals(key)) {
                    rows.add(key);
                }
            }
        }
        return new Marks(cards, links, rows);
    }

    public Count card(String id) {
        return cards.get(id);
    }

    public Level link(String id) {
        return links.get(id);
    }

    public boolean row(String key) {
        return rows.contains(key);
    }

    /** True when some card's worst finding is at this level (its badge shows in that colour). */
    public boolean hasAny(Level level) {
        return cards.values().stream().anyMatch(c -> c.worst() == level);
    }
}
