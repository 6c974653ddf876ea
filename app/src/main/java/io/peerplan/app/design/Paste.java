package io.peerplan.app.design;

import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Layout;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pastes a {@link Fragment}: fresh ids for everything, references inside the fragment follow the
 * copies, references outside it stay when the target still exists (a pasted gateway stays on its
 * network), and the copies shift by (dx, dy) and join the region they land in.
 */
public final class Paste {
    private final Topology target;
    private final Fragment fragment;
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> existing;

    public record Result(Topology topology, List<String> keys) {
    }

    private Paste(Topology target, Fragment fragment) {
        this.target = target;
        this.fragment = fragment;
        IdAllocator allocator = IdAllocator.ids(target);
        this.existing = new LinkedHashSet<>(new TopologyIndex(target).ids());
        Topology c = fragment.content();
        c.regions().forEach(r -> ids.put(r.id(), allocator.unique(r.id())));
        c.networks().forEach(n -> ids.put(n.id(), allocator.unique(n.id())));
        c.routers().forEach(r -> ids.put(r.id(), allocator.unique(r.id())));
        c.vantages().forEach(v -> ids.put(v.id(), allocator.unique(v.id())));
        for (Cluster cl : c.clusters()) {
            ids.put(cl.id(), allocator.unique(cl.id()));
            cl.nodes().forEach(n -> ids.put(n.id(), allocator.unique(n.id())));
        }
        c.peerings().forEach(p -> ids.put(p.id(), allocator.unique(p.id())));
    }

    /** Pastes at an offset; nested items go into {@code targetCluster} when given, else their own cluster. */
    public static Result paste(Topology target, Fragment fragment, double dx, double dy, String targetCluster) {
        return new Paste(target, fragment).run(dx, dy, targetCluster);
    }

    private Result run(double dx, double dy, String targetCluster) {
        Topology c = Readdressing.fresh(target, fragment.content());
        List<String> keys = new ArrayList<>();
        Topology out = target.withRegions(join(target.regions(), c.regions().stream()
                .map(r -> r.withId(id(r.id())).withName(Fragment.renamed(r.name(), r.id(), id(r.id()))))
                .toList()));
        out = out.withNetworks(join(target.networks(), c.networks().stream()
                .map(n -> new Network(id(n.id()), Fragment.renamed(n.name(), n.id(), id(n.id())), ref(n.region()), n.cidr(),
                        n.kind(), n.description())).toList()));
        out = out.withRouters(join(target.routers(), c.routers().stream().map(r -> {
            return r.withId(id(r.id())).withName(Fragment.renamed(r.name(), r.id(), id(r.id())))
                    .withRegion(ref(r.region())).withInterfaces(interfaces(r.interfaces()));
        }).toList()));
        out = out.withVantages(join(target.vantages(), c.vantages().stream().map(v -> new Vantage(id(v.id()),
                Fragment.renamed(v.name(), v.id(), id(v.id())), ref(v.region()), v.asn(), v.routerId(),
                interfaces(v.interfaces()), v.description())).toList()));
        out = out.withClusters(join(target.clusters(), c.clusters().stream().map(this::cluster).toList()));
        out = out.withPeerings(join(target.peerings(), c.peerings().stream().map(p -> new Peering(id(p.id()),
                end(p.a()), end(p.b()), p.description())).toList()));
        out = out.withLayout(shiftedLayout(out.layout(), dx, dy));
        c.regions().forEach(r -> keys.add(id(r.id())));
        Set<String> loose = new LinkedHashSet<>();
        for (Placed p : Placed.all(c)) {
            keys.add(id(p.id()));
            if (p.region() == null || !ids.containsKey(p.region())) {
                loose.add(id(p.id()));
            }
        }
        out = Membership.update(out, loose);
        for (Fragment.Nested n : fragment.nested()) {
            String into = targetCluster != null ? targetCluster : n.clusterId();
            if (out.clusters().stream().anyMatch(cl -> cl.id().equals(into))) {
                Placement.Result r = nested(out, into, n.item());
                out = r.topology();
                keys.add(r.key());
            }
        }
        return new Result(out, keys);
    }

    private Placement.Result nested(Topology t, String clusterId, Object item) {
        Cluster cluster = t.clusters().stream().filter(c -> c.id().equals(clusterId)).findFirst().orElseThrow();
        return switch (item) {
            case Node n -> {
                String id = IdAllocator.ids(t).unique(n.id());
                String name = IdAllocator.nodeNames(cluster).unique(n.name());
                Node copy = new Node(id, name, new AddressAllocator(t).nodeAddress(cluster, n.network()), n.role(), n.labels(),
                        n.network());
                yield new Placement.Result(Elements.updateCluster(t, clusterId,
                        c -> c.withNodes(Placement.append(c.nodes(), copy))), id);
            }
            case AddressPool p -> {
                String name = new IdAllocator(cluster.metallb().pools().stream().map(AddressPool::name).toList())
                        .unique(p.name());
                AddressPool copy = p.withName(name);
                yield new Placement.Result(Elements.updateCluster(t, clusterId, c -> c.withMetallb(
                        c.metallb().withPools(Placement.append(c.metallb().pools(), copy)))),
                        Refs.pool(clusterId, copy));
            }
            case Service s -> {
                String name = new IdAllocator(cluster.services().stream().map(Service::name).toList()).unique(s.name());
                Service copy = s.withName(name);
                yield new Placement.Result(Elements.updateCluster(t, clusterId,
                        c -> c.withServices(Placement.append(c.services(), copy))),
                        Refs.service(clusterId, copy));
            }
            default -> throw new IllegalArgumentException("cannot paste " + item);
        };
    }

    private Cluster cluster(Cluster c) {
        List<Node> nodes = c.nodes().stream().map(n -> new Node(id(n.id()), n.name(), n.address(), n.role(), n.labels(),
                ref(n.network()))).toList();
        return c.withId(id(c.id())).withName(Fragment.renamed(c.name(), c.id(), id(c.id()))).withRegion(ref(c.region()))
                .withNodes(nodes);
    }

    private Peering.End end(Peering.End e) {
        return new Peering.End(id(e.element()), e.peerAddress(), e.listenRange(), e.config(), e.bgpPeer());
    }

    private List<Interface> interfaces(List<Interface> list) {
        return list.stream().map(i -> new Interface(i.name(), i.address(), ref(i.network()))).toList();
    }

    private Layout shiftedLayout(Layout base, double dx, double dy) {
        Map<String, Layout.Point> positions = new HashMap<>(base.positions());
        Map<String, Layout.Bounds> bounds = new HashMap<>(base.regions());
        fragment.content().layout().positions().forEach((id, p) -> positions.put(id(id), new Layout.Point(p.x() + dx, p.y() + dy)));
        fragment.content().layout().regions().forEach((id, b) -> bounds.put(id(id),
                new Layout.Bounds(b.x() + dx, b.y() + dy, b.width(), b.height())));
        return Layout.of(positions, bounds);
    }

    private String id(String old) {
        return ids.getOrDefault(old, old);
    }

    /** A reference out of the fragment: to the copy, else to the original if it still exists, else none. */
    private String ref(String old) {
        if (old == null) {
            return null;
        }
        if (ids.containsKey(old)) {
            return ids.get(old);
        }
        return existing.contains(old) ? old : null;
    }

    private static <T> List<T> join(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
