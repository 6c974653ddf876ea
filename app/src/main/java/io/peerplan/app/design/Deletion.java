package io.peerplan.app.design;

import io.peerplan.model.Cluster;
import io.peerplan.model.MetalLb;
import io.peerplan.model.Interface;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Region;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deleting a selection as one compound edit (graph-editor's rule): a region takes its members
 * along, a router, vantage or cluster takes its peerings, and references to a deleted network or
 * node are cleared so that the result still loads (StructureCheck refuses dangling references).
 */
public final class Deletion {
    private Deletion() {
    }

    /** Every key that goes when {@code keys} are deleted: the keys, region members, attached peerings. */
    public static Set<String> closure(Topology t, Collection<String> keys) {
        Set<String> out = new LinkedHashSet<>(keys);
        Set<String> regions = new HashSet<>();
        t.regions().stream().map(Region::id).filter(keys::contains).forEach(regions::add);
        for (Placed p : Placed.all(t)) {
            if (p.region() != null && regions.contains(p.region())) {
                out.add(p.id());
            }
        }
        for (Peering p : t.peerings()) {
            if (out.contains(p.a().element()) || out.contains(p.b().element())) {
                out.add(p.id());
            }
        }
        return out;
    }

    public static Topology delete(Topology t, Collection<String> keys) {
        Set<String> gone = closure(t, keys);
        Set<String> deletedNetworks = new HashSet<>();
        t.networks().stream().map(Network::id).filter(gone::contains).forEach(deletedNetworks::add);
        Topology out = t.withRegions(t.regions().stream().filter(r -> !gone.contains(r.id())).toList());
        out = out.withNetworks(t.networks().stream().filter(n -> !gone.contains(n.id())).toList());
        out = out.withRouters(t.routers().stream().filter(r -> !gone.contains(r.id()))
                .map(r -> r.withInterfaces(clearNetworks(r.interfaces(), deletedNetworks))).toList());
        out = out.withVantages(t.vantages().stream().filter(v -> !gone.contains(v.id()))
                .map(v -> v.withInterfaces(clearNetworks(v.interfaces(), deletedNetworks))).toList());
        out = out.withClusters(t.clusters().stream().filter(c -> !gone.contains(c.id()))
                .map(c -> prune(c, gone, deletedNetworks)).toList());
        out = out.withPeerings(t.peerings().stream().filter(p -> !gone.contains(p.id())).toList());
        return Layouts.without(out, gone);
    }

    private static Cluster prune(Cluster c, Set<String> gone, Set<String> deletedNetworks) {
        Set<String> goneNames = new HashSet<>();
        List<Node> nodes = new ArrayList<>();
        for (Node n : c.nodes()) {
            if (gone.contains(n.id())) {
                goneNames.add(n.name());
            } else {
                nodes.add(deletedNetworks.contains(n.network()) ? n.withNetwork(null) : n);
            }
        }
        List<Service> services = new ArrayList<>();
        for (Service s : c.services()) {
            if (!gone.contains(Refs.service(c.id(), s))) {
                List<String> endpoints = s.endpointNodes().stream().filter(e -> !goneNames.contains(e)).toList();
                services.add(endpoints.size() == s.endpointNodes().size() ? s : s.withEndpointNodes(endpoints));
            }
        }
        var pools = c.metallb().pools().stream().filter(p -> !gone.contains(Refs.pool(c.id(), p))).toList();
        Cluster out = c.withNodes(nodes).withServices(services);
        MetalLb m = pools.size() == c.metallb().pools().size() ? c.metallb() : c.metallb().withPools(pools);
        for (MetalLbList<?> list : MetalLbList.ALL) {
            m = list.without(m, c.id(), gone);
        }
        return m == c.metallb() ? out : out.withMetallb(m);
    }

    private static List<Interface> clearNetworks(List<Interface> interfaces, Set<String> deletedNetworks) {
        if (deletedNetworks.isEmpty() || interfaces.stream().noneMatch(i -> deletedNetworks.contains(i.network()))) {
            return interfaces;
        }
        return interfaces.stream()
                .map(i -> deletedNetworks.contains(i.network()) ? new Interface(i.name(), i.address(), null) : i).toList();
    }
}
