package io.peerplan.export.routeros;

import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.session.Neighbor;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RouterOS names every BGP peer. The name is the neighbor's description when that is one word (seed
 * 002 names its peers kube1..kube3), else the Kubernetes node or element on the other end, else the
 * address; duplicates get a numeric suffix.
 */
final class PeerNames {
    private PeerNames() {
    }

    static Map<Neighbor, String> of(TopologyIndex index, List<Neighbor> neighbors) {
        Map<Neighbor, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Neighbor n : neighbors) {
            String base = candidate(index, n);
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "-" + i;
            }
            names.put(n, name);
        }
        return names;
    }

    private static String candidate(TopologyIndex index, Neighbor n) {
        String d = n.config().description();
        if (d != null && d.strip().matches("[A-Za-z0-9._-]{1,63}")) {
            return d.strip();
        }
        if (n.remote().isCluster()) {
            Cluster c = index.cluster(n.remote().element()).orElse(null);
            if (c != null) {
                for (Node node : c.nodes()) {
                    if (node.address().equals(n.address())) {
                        return node.name();
                    }
                }
            }
        }
        if (n.remote().element() != null && index.contains(n.remote().element())) {
            return n.remote().element();
        }
        return "peer-" + n.address().toString().replace('.', '-').replace(':', '-');
    }
}
