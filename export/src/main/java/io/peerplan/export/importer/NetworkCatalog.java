package io.peerplan.export.importer;

import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Router;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The networks interfaces and nodes name, with a CIDR from an interface on them or the cluster header. */
record NetworkCatalog(List<Network> networks, Set<String> known) {
    static NetworkCatalog of(List<Router> routers, java.util.Collection<ParsedCluster> clusters, List<ImportNote> notes) {
        Map<String, IpPrefix> cidrs = new LinkedHashMap<>();
        for (Router r : routers) {
            for (Interface f : r.interfaces()) {
                if (f.network() != null) {
                    cidrs.putIfAbsent(f.network(), f.address().network());
                }
            }
        }
        clusters.forEach(c -> c.nodeNetworks.forEach(cidrs::putIfAbsent));
        List<Network> out = new ArrayList<>();
        cidrs.forEach((id, cidr) -> out.add(new Network(id, null, null, cidr, null, null)));
        return new NetworkCatalog(out, cidrs.keySet());
    }

    Router fix(Router r) {
        if (r.interfaces().stream().allMatch(f -> f.network() == null || known.contains(f.network()))) {
            return r;
        }
        List<Interface> ifs = r.interfaces().stream()
                .map(f -> f.network() == null || known.contains(f.network()) ? f : new Interface(f.name(), f.address(), null)).toList();
        return new Router(r.id(), r.name(), r.region(), r.role(), r.platform(), r.asn(), r.routerId(), ifs, r.staticRoutes(),
                r.networks(), r.redistribute(), r.prefixLists(), r.communityLists(), r.routeMaps(), r.bgp(), r.peerGroups(),
                r.bfdProfiles(), r.bfdPeers(), r.management(), r.log(), r.description());
    }

    Cluster fix(Cluster c) {
        List<Node> nodes = c.nodes().stream().map(n -> n.network() == null || known.contains(n.network()) ? n
                : new Node(n.id(), n.name(), n.address(), n.role(), n.labels(), null)).toList();
        return c.withNodes(nodes);
    }
}
