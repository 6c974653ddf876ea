package io.peerplan.app.design;

import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Region;
import io.peerplan.model.Router;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Find and replace one element of a topology by its selection key ({@link Refs}). Each call is a
 * linear scan, O(elements); editing commands call it a handful of times per gesture, never per frame.
 */
public final class Elements {
    private Elements() {
    }

    /** The kind of the element a key names, if the topology has it. */
    public static Optional<Kind> kind(Topology t, String key) {
        return find(t, key).map(Elements::kindOf);
    }

    public static Kind kindOf(Object element) {
        return switch (element) {
            case Region r -> Kind.REGION;
            case Network n -> Kind.NETWORK;
            case Router r -> Kind.ROUTER;
            case Vantage v -> Kind.VANTAGE;
            case Cluster c -> Kind.CLUSTER;
            case Node n -> Kind.NODE;
            case Peering p -> Kind.PEERING;
            case AddressPool p -> Kind.POOL;
            case Service s -> Kind.SERVICE;
            default -> MetalLbList.holding(element).map(MetalLbList::kind)
                    .orElseThrow(() -> new IllegalArgumentException("not an element: " + element));
        };
    }

    /** The element (a model record) a key names. */
    public static Optional<Object> find(Topology t, String key) {
        if (Refs.isNested(key)) {
            return nested(t, key);
        }
        Optional<Object> top = first(t.regions(), r -> key.equals(r.id()))
                .or(() -> first(t.networks(), n -> key.equals(n.id())))
                .or(() -> first(t.routers(), r -> key.equals(r.id())))
                .or(() -> first(t.vantages(), v -> key.equals(v.id())))
                .or(() -> first(t.clusters(), c -> key.equals(c.id())))
                .or(() -> first(t.peerings(), p -> key.equals(p.id())));
        if (top.isPresent()) {
            return top;
        }
        for (Cluster c : t.clusters()) {
            for (Node n : c.nodes()) {
                if (key.equals(n.id())) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    /** The cluster that holds a node, pool or service key; empty for other keys. */
    public static Optional<Cluster> owningCluster(Topology t, String key) {
        if (Refs.isNested(key)) {
            String id = Refs.cluster(key);
            return t.clusters().stream().filter(c -> id.equals(c.id())).findFirst();
        }
        return t.clusters().stream().filter(c -> c.nodes().stream().anyMatch(n -> key.equals(n.id()))).findFirst();
    }

    /** The topology with the element named by {@code key} replaced by {@code value} (same kind). */
    public static Topology replace(Topology t, String key, Object value) {
        Objects.requireNonNull(value);
        Object old = find(t, key).orElseThrow(() -> new IllegalArgumentException("no element '" + key + "'"));
        if (kindOf(old) != kindOf(value)) {
            throw new IllegalArgumentException("cannot replace a " + kindOf(old) + " with a " + kindOf(value));
        }
        return switch (value) {
            case Region r -> t.withRegions(swap(t.regions(), old, r));
            case Network n -> t.withNetworks(swap(t.networks(), old, n));
            case Router r -> t.withRouters(swap(t.routers(), old, r));
            case Vantage v -> t.withVantages(swap(t.vantages(), old, v));
            case Cluster c -> t.withClusters(swap(t.clusters(), old, c));
            case Peering p -> t.withPeerings(swap(t.peerings(), old, p));
            case Node n -> updateCluster(t, key, c -> c.withNodes(swap(c.nodes(), old, n)));
            case AddressPool p -> updateCluster(t, key, c -> c.withMetallb(c.metallb().withPools(
                    swap(c.metallb().pools(), old, p))));
            case Service s -> updateCluster(t, key, c -> c.withServices(swap(c.services(), old, s)));
            default -> {
                MetalLbList<?> list = MetalLbList.holding(value).orElseThrow(() -> new IllegalArgumentException("not an element: " + value));
                yield updateCluster(t, key, c -> c.withMetallb(list.replace(c.metallb(), old, value)));
            }
        };
    }

    /**
     * Replaces many top-level elements (regions, networks, routers, vantages, clusters, peerings) in
     * one pass, O(elements + changes); {@link #replace} per element would be quadratic on a
     * 5,000-element move.
     */
    public static Topology replaceAll(Topology t, Map<String, ?> byId) {
        if (byId.isEmpty()) {
            return t;
        }
        Topology out = t.withRegions(mapIds(t.regions(), Region::id, byId));
        out = out.withNetworks(mapIds(t.networks(), Network::id, byId));
        out = out.withVantages(mapIds(t.vantages(), Vantage::id, byId));
        return out.withRouters(mapIds(t.routers(), Router::id, byId))
                .withClusters(mapIds(t.clusters(), Cluster::id, byId))
                .withPeerings(mapIds(t.peerings(), Peering::id, byId));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> mapIds(List<T> list, Function<T, String> id, Map<String, ?> byId) {
        List<T> out = new ArrayList<>(list.size());
        for (T item : list) {
            Object replacement = byId.get(id.apply(item));
            out.add(replacement != null && replacement.getClass() == item.getClass() ? (T) replacement : item);
        }
        return out;
    }

    /** The topology with the cluster that owns {@code key} (or is {@code key}) transformed. */
    public static Topology updateCluster(Topology t, String key, UnaryOperator<Cluster> change) {
        Cluster owner = t.clusters().stream().filter(c -> key.equals(c.id())).findFirst()
                .or(() -> owningCluster(t, key))
                .orElseThrow(() -> new IllegalArgumentException("no cluster holds '" + key + "'"));
        return t.withClusters(swap(t.clusters(), owner, change.apply(owner)));
    }

    /** The id of a region, network, router, vantage, cluster, node or peering. */
    public static String id(Object element) {
        return switch (element) {
            case Region r -> r.id();
            case Network n -> n.id();
            case Router r -> r.id();
            case Vantage v -> v.id();
            case Cluster c -> c.id();
            case Node n -> n.id();
            case Peering p -> p.id();
            default -> throw new IllegalArgumentException("has no id: " + element);
        };
    }

    /** The same element with another id (references to it are {@link Renaming}'s business). */
    public static Object withId(Object element, String id) {
        return switch (element) {
            case Region r -> r.withId(id);
            case Network n -> n.withId(id);
            case Router r -> r.withId(id);
            case Vantage v -> v.withId(id);
            case Cluster c -> c.withId(id);
            case Node n -> n.withId(id);
            case Peering p -> p.withId(id);
            default -> throw new IllegalArgumentException("has no id: " + element);
        };
    }

    /** A copy of the list with the first element identical to {@code old} replaced. */
    public static <T> List<T> swap(List<T> list, Object old, T value) {
        List<T> out = new ArrayList<>(list);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == old) {
                out.set(i, value);
                return out;
            }
        }
        throw new IllegalArgumentException("element not in list: " + old);
    }

    private static Optional<Object> nested(Topology t, String key) {
        List<String> parts = Refs.parts(key);
        Optional<Cluster> cluster = owningCluster(t, key);
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        if (parts.size() == 3 && parts.get(1).equals("pool")) {
            return cluster.get().metallb().pools().stream().filter(p -> parts.get(2).equals(p.name()))
                    .findFirst().map(Object.class::cast);
        }
        if (parts.size() == 3) {
            return MetalLbList.bySegment(parts.get(1)).flatMap(l -> l.find(cluster.get().metallb(), parts.get(2)))
                    .map(Object.class::cast);
        }
        if (parts.size() == 4 && parts.get(1).equals("service")) {
            return cluster.get().services().stream()
                    .filter(s -> parts.get(2).equals(s.effectiveNamespace()) && parts.get(3).equals(s.name()))
                    .findFirst().map(Object.class::cast);
        }
        return Optional.empty();
    }

    private static <T> Optional<Object> first(List<T> list, Predicate<T> test) {
        for (T item : list) {
            if (test.test(item)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
