package io.peerplan.app.design;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Layout;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Renaming keeps every reference pointing at the element: a region's members, the interfaces and
 * nodes on a network, the peerings of a router, the layout entries, the services on a node (they
 * name nodes, not ids) and the services and advertisements of a pool.
 */
public final class Renaming {
    private Renaming() {
    }

    /** Why {@code newId} cannot replace {@code oldId}, or null when it can. */
    public static String problem(Topology t, String oldId, String newId) {
        if (newId == null || newId.isBlank()) {
            return "an id is required";
        }
        if (!IdAllocator.ID.matcher(newId).matches()) {
            return "use letters, digits, '.', '_' and '-', starting with a letter or digit (at most 128)";
        }
        if (!newId.equals(oldId) && IdAllocator.ids(t).isTaken(newId)) {
            return "'" + newId + "' is already the id of another element";
        }
        return null;
    }

    /** Gives an id-bearing element a new id and follows every reference to it. */
    public static Topology renameId(Topology t, String oldId, String newId) {
        String problem = problem(t, oldId, newId);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (oldId.equals(newId)) {
            return t;
        }
        Object element = Elements.find(t, oldId).orElseThrow(() -> new IllegalArgumentException("no element '" + oldId + "'"));
        Topology out = Elements.replace(t, oldId, Elements.withId(element, newId));
        switch (Elements.kindOf(element)) {
            case REGION -> out = regionRefs(out, oldId, newId);
            case NETWORK -> out = networkRefs(out, oldId, newId);
            case ROUTER, VANTAGE, CLUSTER -> out = out.withPeerings(out.peerings().stream()
                    .map(p -> p.withA(end(p.a(), oldId, newId)).withB(end(p.b(), oldId, newId)))
                    .toList());
            default -> {
            }
        }
        return relayout(out, oldId, newId);
    }

    /** Renames a Kubernetes node and the service endpoints that name it. */
    public static Topology renameNode(Topology t, String nodeId, String newName) {
        Node node = (Node) Elements.find(t, nodeId).orElseThrow();
        String old = node.name();
        return Elements.updateCluster(t, nodeId, c -> c.withNodes(c.nodes().stream()
                        .map(n -> n.id().equals(nodeId) ? n.withName(newName) : n).toList())
                .withServices(c.services().stream().map(s -> s.endpointNodes().contains(old)
                        ? s.withEndpointNodes(s.endpointNodes().stream().map(e -> e.equals(old) ? newName : e).toList())
                        : s).toList()));
    }

    /** Renames a pool and the services and advertisements that name it. */
    public static Topology renamePool(Topology t, String clusterId, String oldName, String newName) {
        return Elements.updateCluster(t, clusterId, c -> {
            var m = c.metallb();
            List<AddressPool> pools = m.pools().stream()
                    .map(p -> p.name().equals(oldName) ? p.withName(newName) : p).toList();
            List<BgpAdvertisement> ads = m.advertisements().stream()
                    .map(a -> a.ipAddressPools().contains(oldName) ? a.withIpAddressPools(
                            a.ipAddressPools().stream().map(n -> n.equals(oldName) ? newName : n).toList()) : a)
                    .toList();
            List<Service> services = c.services().stream()
                    .map(s -> oldName.equals(s.pool()) ? s.withPool(newName) : s).toList();
            return c.withMetallb(m.withPools(pools).withAdvertisements(ads)).withServices(services);
        });
    }

    private static Peering.End end(Peering.End e, String oldId, String newId) {
        return e.element().equals(oldId) ? e.withElement(newId) : e;
    }

    private static Topology regionRefs(Topology t, String oldId, String newId) {
        var changes = new java.util.HashMap<String, String>();
        for (Placed p : Placed.all(t)) {
            if (oldId.equals(p.region())) {
                changes.put(p.id(), newId);
            }
        }
        return Membership.apply(t, changes);
    }

    private static Topology networkRefs(Topology t, String oldId, String newId) {
        Topology out = t.withRouters(t.routers().stream()
                .map(r -> r.withInterfaces(interfaces(r.interfaces(), oldId, newId))).toList());
        out = out.withVantages(out.vantages().stream()
                .map(v -> v.withInterfaces(interfaces(v.interfaces(), oldId, newId))).toList());
        return out.withClusters(out.clusters().stream().map(c -> c.withNodes(c.nodes().stream()
                .map(n -> oldId.equals(n.network()) ? n.withNetwork(newId) : n).toList())).toList());
    }

    private static List<Interface> interfaces(List<Interface> list, String oldId, String newId) {
        return list.stream().map(i -> Objects.equals(i.network(), oldId) ? new Interface(i.name(), i.address(), newId) : i)
                .toList();
    }

    private static Topology relayout(Topology t, String oldId, String newId) {
        TreeMap<String, Layout.Point> positions = new TreeMap<>(t.layout().positions());
        TreeMap<String, Layout.Bounds> regions = new TreeMap<>(t.layout().regions());
        if (positions.containsKey(oldId)) {
            positions.put(newId, positions.remove(oldId));
        }
        if (regions.containsKey(oldId)) {
            regions.put(newId, regions.remove(oldId));
        }
        return t.withLayout(new Layout(positions, regions));
    }
}
