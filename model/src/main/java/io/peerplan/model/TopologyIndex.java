package io.peerplan.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Id lookups over one topology, built once in O(elements). Every region, network, router, vantage,
 * cluster, node and peering id is unique across the topology; {@link #duplicates()} lists any that
 * are not (the loader refuses such files, but the editor may hold them briefly).
 */
public final class TopologyIndex {
    private final Topology topology;
    private final Map<String, ElementKind> kinds = new LinkedHashMap<>();
    private final Map<String, Object> elements = new HashMap<>();
    private final Map<String, Cluster> nodeCluster = new HashMap<>();
    private final Map<String, List<Peering>> peeringsByElement = new HashMap<>();
    private final List<String> duplicates = new ArrayList<>();

    public TopologyIndex(Topology topology) {
        this.topology = topology;
        topology.regions().forEach(r -> put(r.id(), ElementKind.REGION, r));
        topology.networks().forEach(n -> put(n.id(), ElementKind.NETWORK, n));
        topology.routers().forEach(r -> put(r.id(), ElementKind.ROUTER, r));
        topology.vantages().forEach(v -> put(v.id(), ElementKind.VANTAGE, v));
        for (Cluster c : topology.clusters()) {
            put(c.id(), ElementKind.CLUSTER, c);
            for (Node n : c.nodes()) {
                put(n.id(), ElementKind.NODE, n);
                nodeCluster.put(n.id(), c);
            }
        }
        for (Peering p : topology.peerings()) {
            put(p.id(), ElementKind.PEERING, p);
            // A peering missing an end is reported by the loader (StructureCheck); index what is there.
            String a = p.a() == null ? null : p.a().element();
            String b = p.b() == null ? null : p.b().element();
            if (a != null) {
                peeringsByElement.computeIfAbsent(a, k -> new ArrayList<>()).add(p);
            }
            if (b != null && !b.equals(a)) {
                peeringsByElement.computeIfAbsent(b, k -> new ArrayList<>()).add(p);
            }
        }
    }

    private void put(String id, ElementKind kind, Object element) {
        if (id == null) {
            return;
        }
        if (kinds.putIfAbsent(id, kind) != null) {
            duplicates.add(id);
        } else {
            elements.put(id, element);
        }
    }

    public Topology topology() {
        return topology;
    }

    public Optional<ElementKind> kind(String id) {
        return Optional.ofNullable(kinds.get(id));
    }

    public boolean contains(String id) {
        return kinds.containsKey(id);
    }

    /** All ids in topology order. */
    public List<String> ids() {
        return List.copyOf(kinds.keySet());
    }

    public List<String> duplicates() {
        return Collections.unmodifiableList(duplicates);
    }

    public Optional<Region> region(String id) {
        return typed(id, Region.class);
    }

    public Optional<Network> network(String id) {
        return typed(id, Network.class);
    }

    public Optional<Router> router(String id) {
        return typed(id, Router.class);
    }

    public Optional<Vantage> vantage(String id) {
        return typed(id, Vantage.class);
    }

    public Optional<Cluster> cluster(String id) {
        return typed(id, Cluster.class);
    }

    public Optional<Node> node(String id) {
        return typed(id, Node.class);
    }

    public Optional<Peering> peering(String id) {
        return typed(id, Peering.class);
    }

    /** The cluster a node belongs to. */
    public Optional<Cluster> clusterOfNode(String nodeId) {
        return Optional.ofNullable(nodeCluster.get(nodeId));
    }

    /** The peerings with an end on this element. */
    public List<Peering> peeringsOf(String elementId) {
        return peeringsByElement.getOrDefault(elementId, List.of());
    }

    /** The display name of any element, or the id itself. */
    public String displayName(String id) {
        Object e = elements.get(id);
        return switch (e) {
            case Region r -> r.name() != null ? r.name() : id;
            case Network n -> n.name() != null ? n.name() : id;
            case Router r -> r.displayName();
            case Vantage v -> v.displayName();
            case Cluster c -> c.displayName();
            case Node n -> n.name();
            case null, default -> id;
        };
    }

    /** The region an element lies in (a node's is its cluster's), or null. */
    public String regionOf(String id) {
        Object e = elements.get(id);
        return switch (e) {
            case Region r -> r.id();
            case Network n -> n.region();
            case Router r -> r.region();
            case Vantage v -> v.region();
            case Cluster c -> c.region();
            case Node n -> nodeCluster.get(id).region();
            case null, default -> null;
        };
    }

    private <T> Optional<T> typed(String id, Class<T> type) {
        Object e = elements.get(id);
        return type.isInstance(e) ? Optional.of(type.cast(e)) : Optional.empty();
    }
}
