package io.peerplan.app.design;

import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.Layout;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What copy puts on the clipboard: the selected elements (a region with its members), the peerings
 * among them and their layout; plus nodes, pools and services copied without their cluster.
 * Pasting gives every element a fresh id and keeps references inside the fragment pointing at the
 * copies ({@link Paste}).
 */
public record Fragment(Topology content, List<Nested> nested) {

    /** A node, pool or service copied out of a cluster. */
    public record Nested(String clusterId, Object item) {
    }

    public Fragment {
        nested = List.copyOf(nested);
    }

    public boolean isEmpty() {
        return content.regions().isEmpty() && Placed.all(content).isEmpty() && nested.isEmpty();
    }

    public static Fragment copy(Topology t, Collection<String> keys) {
        Set<String> taken = Moving.carried(t, keys);
        Topology content = t.withRegions(t.regions().stream().filter(r -> taken.contains(r.id())).toList());
        content = content.withNetworks(t.networks().stream().filter(n -> taken.contains(n.id())).toList());
        content = content.withVantages(t.vantages().stream().filter(v -> taken.contains(v.id())).toList());
        content = content.withRouters(t.routers().stream().filter(r -> taken.contains(r.id())).toList())
                .withClusters(t.clusters().stream().filter(c -> taken.contains(c.id())).toList())
                .withPeerings(t.peerings().stream()
                        .filter(p -> taken.contains(p.a().element()) && taken.contains(p.b().element())).toList());
        Map<String, Layout.Point> positions = new HashMap<>();
        Map<String, Layout.Bounds> bounds = new HashMap<>();
        t.layout().positions().forEach((id, p) -> {
            if (taken.contains(id)) {
                positions.put(id, p);
            }
        });
        t.layout().regions().forEach((id, b) -> {
            if (taken.contains(id)) {
                bounds.put(id, b);
            }
        });
        content = content.withLayout(Layout.of(positions, bounds));
        return new Fragment(content, nestedItems(t, keys, taken));
    }

    private static List<Nested> nestedItems(Topology t, Collection<String> keys, Set<String> taken) {
        List<Nested> out = new ArrayList<>();
        for (Cluster c : t.clusters()) {
            if (taken.contains(c.id())) {
                continue;
            }
            for (Node n : c.nodes()) {
                if (keys.contains(n.id())) {
                    out.add(new Nested(c.id(), n));
                }
            }
            for (AddressPool p : c.metallb().pools()) {
                if (keys.contains(Refs.pool(c.id(), p))) {
                    out.add(new Nested(c.id(), p));
                }
            }
            for (Service s : c.services()) {
                if (keys.contains(Refs.service(c.id(), s))) {
                    out.add(new Nested(c.id(), s));
                }
            }
        }
        return out;
    }

    /** The ids of the peerings copied along (for tests and the status bar). */
    public List<String> peeringIds() {
        return content.peerings().stream().map(Peering::id).toList();
    }

    static String renamed(String name, String oldId, String newId) {
        return Objects.equals(name, oldId) ? newId : name;
    }
}
