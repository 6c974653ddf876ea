package io.peerplan.app.diagram;

import io.peerplan.app.design.CardText;
import io.peerplan.app.design.ClusterRows;
import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.Placed;
import io.peerplan.icons.ElementIcon;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Layout;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Region;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Builds the {@link Diagram} of a topology. O(elements + peerings); runs once per edit, not per frame. */
public final class DiagramBuilder {
    private DiagramBuilder() {
    }

    public static Diagram build(Topology t) {
        return build(t, Diagram.EMPTY);
    }

    /**
     * Builds the diagram, reusing the previous diagram's card for every element whose record is
     * the same object and whose position did not change: after an edit the immutable model shares
     * all untouched records, so a move rebuilds one card, not 5,000.
     */
    public static Diagram build(Topology t, Diagram previous) {
        List<RegionBox> regions = new ArrayList<>();
        for (Region r : t.regions()) {
            Layout.Bounds b = t.layout().regions().get(r.id());
            if (b != null) {
                regions.add(new RegionBox(r.id(), r.name() != null ? r.name() : r.id(), joined(r.site(), r.location(), r.zone()),
                        Footprint.of(b)));
            }
        }
        List<Card> cards = new ArrayList<>();
        List<Object> sources = new ArrayList<>();
        for (Placed p : Placed.all(t)) {
            Footprint f = p.footprint(t);
            sources.add(p.element());
            Card old = previous.cardBuiltFrom(p.element());
            if (old != null && old.bounds().equals(f)) {
                cards.add(old);
                continue;
            }
            CardText text = CardText.of(p.element());
            ElementIcon icon = switch (p.element()) {
                case Network n -> ElementIcon.NETWORK;
                case Router r -> r.role() == RouterRole.PROVIDER ? ElementIcon.PROVIDER : ElementIcon.ROUTER;
                case Vantage v -> ElementIcon.VANTAGE;
                case Cluster c -> ElementIcon.CLUSTER;
                default -> throw new IllegalStateException();
            };
            cards.add(new Card(p.id(), p.kind(), p.region(), f, icon, text.title(), text.subtitle(), text.detail(),
                    p.element() instanceof Cluster c ? ClusterRows.of(c) : List.of()));
        }
        return new Diagram(t, regions, cards, sources, links(t), attachments(t), t.clusters());
    }

    private static String joined(String... parts) {
        StringJoiner j = new StringJoiner(" · ");
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                j.add(p);
            }
        }
        return j.toString();
    }

    private static List<Link> links(Topology t) {
        PeeringStyle style = new PeeringStyle(t);
        Map<String, List<Peering>> byPair = new HashMap<>();
        Set<String> cardIds = Placed.all(t).stream().map(Placed::id).collect(Collectors.toSet());
        for (Peering p : t.peerings()) {
            if (cardIds.contains(p.a().element()) && cardIds.contains(p.b().element())) {
                byPair.computeIfAbsent(pairKey(p), k -> new ArrayList<>()).add(p);
            }
        }
        List<Link> out = new ArrayList<>();
        for (Peering p : t.peerings()) {
            List<Peering> pair = byPair.get(pairKey(p));
            if (pair != null) {
                out.add(new Link(p.id(), p.a().element(), p.b().element(), style.type(p), style.bfd(p), style.multihop(p),
                        pair.indexOf(p), pair.size()));
            }
        }
        return out;
    }

    private static String pairKey(Peering p) {
        String a = p.a().element();
        String b = p.b().element();
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    private static List<Attachment> attachments(Topology t) {
        Set<String> networks = t.networks().stream().map(Network::id).collect(Collectors.toSet());
        List<Attachment> out = new ArrayList<>();
        for (Router r : t.routers()) {
            r.interfaces().stream().map(Interface::network).filter(networks::contains).distinct()
                    .forEach(n -> out.add(new Attachment(r.id(), n)));
        }
        for (Vantage v : t.vantages()) {
            v.interfaces().stream().map(Interface::network).filter(networks::contains).distinct()
                    .forEach(n -> out.add(new Attachment(v.id(), n)));
        }
        for (Cluster c : t.clusters()) {
            c.nodes().stream().map(Node::network).filter(networks::contains).distinct()
                    .forEach(n -> out.add(new Attachment(c.id(), n)));
        }
        return out;
    }
}
