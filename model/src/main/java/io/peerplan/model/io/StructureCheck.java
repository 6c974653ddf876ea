package io.peerplan.model.io;

import io.peerplan.model.Cluster;
import io.peerplan.model.ElementKind;
import io.peerplan.model.Interface;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.Vantage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a project file must pass to be loaded at all: well-formed unique ids and references
 * that resolve. Everything else (ASN mismatches, overlapping pools, undefined route-maps…) is a
 * validator finding, because real configs can hold it and the user must be able to open them.
 */
final class StructureCheck {
    /** Ids are what users type on the command line ({@code --fail gateway-alfa-unoone}). */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    record Problem(String pointer, String message) {
    }

    private StructureCheck() {
    }

    static Optional<Problem> check(Topology t) {
        Map<String, String> firstSeen = new HashMap<>();
        try {
            ids(t, firstSeen);
            references(t, new TopologyIndex(t));
        } catch (Found f) {
            return Optional.of(f.problem);
        }
        return Optional.empty();
    }

    private static void ids(Topology t, Map<String, String> seen) {
        for (int i = 0; i < t.regions().size(); i++) {
            id(t.regions().get(i).id(), "/regions/" + i, seen);
        }
        for (int i = 0; i < t.networks().size(); i++) {
            id(t.networks().get(i).id(), "/networks/" + i, seen);
        }
        for (int i = 0; i < t.routers().size(); i++) {
            id(t.routers().get(i).id(), "/routers/" + i, seen);
        }
        for (int i = 0; i < t.vantages().size(); i++) {
            id(t.vantages().get(i).id(), "/vantages/" + i, seen);
        }
        for (int i = 0; i < t.clusters().size(); i++) {
            Cluster c = t.clusters().get(i);
            id(c.id(), "/clusters/" + i, seen);
            for (int j = 0; j < c.nodes().size(); j++) {
                id(c.nodes().get(j).id(), "/clusters/" + i + "/nodes/" + j, seen);
            }
        }
        for (int i = 0; i < t.peerings().size(); i++) {
            id(t.peerings().get(i).id(), "/peerings/" + i, seen);
        }
    }

    private static void id(String id, String pointer, Map<String, String> seen) {
        if (id == null) {
            fail(pointer, "missing 'id'");
        }
        if (!ID.matcher(id).matches()) {
            fail(pointer + "/id", "invalid id '" + id + "': use letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
        String previous = seen.putIfAbsent(id, pointer);
        if (previous != null) {
            fail(pointer + "/id", "duplicate id '" + id + "' (already used at " + describe(previous) + ")");
        }
    }

    private static void references(Topology t, TopologyIndex index) {
        for (int i = 0; i < t.networks().size(); i++) {
            Network n = t.networks().get(i);
            ref(index, n.region(), ElementKind.REGION, "/networks/" + i + "/region");
            if (n.cidr() == null) {
                fail("/networks/" + i, "network '" + n.id() + "' has no 'cidr'");
            }
        }
        for (int i = 0; i < t.routers().size(); i++) {
            Router r = t.routers().get(i);
            String at = "/routers/" + i;
            ref(index, r.region(), ElementKind.REGION, at + "/region");
            required(r.asn(), at, "asn", r.id());
            required(r.platform(), at, "platform", r.id());
            required(r.role(), at, "role", r.id());
            interfaces(index, r.interfaces(), at);
        }
        for (int i = 0; i < t.vantages().size(); i++) {
            Vantage v = t.vantages().get(i);
            ref(index, v.region(), ElementKind.REGION, "/vantages/" + i + "/region");
            required(v.asn(), "/vantages/" + i, "asn", v.id());
            interfaces(index, v.interfaces(), "/vantages/" + i);
        }
        for (int i = 0; i < t.clusters().size(); i++) {
            cluster(index, t.clusters().get(i), "/clusters/" + i);
        }
        for (int i = 0; i < t.peerings().size(); i++) {
            Peering p = t.peerings().get(i);
            String at = "/peerings/" + i;
            if (p.a() == null || p.b() == null) {
                fail(at, "peering '" + p.id() + "' needs both ends 'a' and 'b'");
            }
            end(index, p.a(), at + "/a");
            end(index, p.b(), at + "/b");
            if (p.a().element().equals(p.b().element()) && !p.a().isCluster()) {
                fail(at + "/b/element", "peering '" + p.id() + "' connects '" + p.a().element() + "' to itself");
            }
        }
        for (String id : t.layout().positions().keySet()) {
            if (!index.contains(id)) {
                fail("/layout/positions/" + id, "layout position for unknown element '" + id + "'");
            }
        }
        for (String id : t.layout().regions().keySet()) {
            if (index.region(id).isEmpty()) {
                fail("/layout/regions/" + id, "layout bounds for unknown region '" + id + "'");
            }
        }
    }

    private static void cluster(TopologyIndex index, Cluster c, String at) {
        ref(index, c.region(), ElementKind.REGION, at + "/region");
        // Endpoints name nodes: one set of names, not a search of the node list per endpoint (which
        // was 7 % of loading the scale topology).
        Set<String> nodeNames = new HashSet<>();
        for (int j = 0; j < c.nodes().size(); j++) {
            Node n = c.nodes().get(j);
            String nodeAt = at + "/nodes/" + j;
            if (n.name() == null) {
                fail(nodeAt, "node '" + n.id() + "' has no 'name'");
            }
            if (n.address() == null) {
                fail(nodeAt, "node '" + n.id() + "' has no 'address'");
            }
            ref(index, n.network(), ElementKind.NETWORK, nodeAt + "/network");
            nodeNames.add(n.name());
        }
        List<Service> services = c.services();
        for (int j = 0; j < services.size(); j++) {
            Service s = services.get(j);
            if (s.name() == null) {
                fail(at + "/services/" + j, "service without 'name'");
            }
            for (int k = 0; k < s.endpointNodes().size(); k++) {
                String node = s.endpointNodes().get(k);
                if (!nodeNames.contains(node)) {
                    fail(at + "/services/" + j + "/endpointNodes/" + k,
                            "service '" + s.name() + "' has an endpoint on unknown node '" + node + "' (cluster '" + c.id() + "' has "
                                    + c.nodes().stream().map(Node::name).toList() + ")");
                }
            }
        }
    }

    private static void interfaces(TopologyIndex index, List<Interface> interfaces, String at) {
        for (int j = 0; j < interfaces.size(); j++) {
            Interface f = interfaces.get(j);
            if (f.name() == null || f.address() == null) {
                fail(at + "/interfaces/" + j, "an interface needs 'name' and 'address'");
            }
            ref(index, f.network(), ElementKind.NETWORK, at + "/interfaces/" + j + "/network");
        }
    }

    private static void end(TopologyIndex index, Peering.End end, String at) {
        if (end.element() == null) {
            fail(at, "peering end without 'element'");
        }
        Optional<ElementKind> kind = index.kind(end.element());
        if (kind.isEmpty()) {
            fail(at + "/element", "unknown element '" + end.element() + "'");
        }
        switch (kind.get()) {
            case ROUTER, VANTAGE -> {
                if (end.bgpPeer() != null) {
                    fail(at + "/bgpPeer", "'bgpPeer' belongs on a cluster end, but '" + end.element() + "' is a "
                            + kind.get().name().toLowerCase());
                }
            }
            case CLUSTER -> {
                Cluster c = index.cluster(end.element()).orElseThrow();
                if (end.bgpPeer() == null) {
                    fail(at, "a cluster end needs 'bgpPeer': the name of one of cluster '" + c.id() + "''s BGPPeers");
                }
                if (c.metallb().peer(end.bgpPeer()).isEmpty()) {
                    fail(at + "/bgpPeer", "cluster '" + c.id() + "' has no BGPPeer named '" + end.bgpPeer() + "'");
                }
            }
            default -> fail(at + "/element", "'" + end.element() + "' is a " + kind.get().name().toLowerCase()
                    + "; a peering end must be a router, a vantage or a cluster");
        }
    }

    private static void ref(TopologyIndex index, String id, ElementKind expected, String pointer) {
        if (id == null) {
            return;
        }
        Optional<ElementKind> kind = index.kind(id);
        if (kind.isEmpty()) {
            fail(pointer, "unknown " + expected.name().toLowerCase() + " '" + id + "'");
        }
        if (kind.get() != expected) {
            fail(pointer, "'" + id + "' is a " + kind.get().name().toLowerCase() + ", not a " + expected.name().toLowerCase());
        }
    }

    private static void required(Object value, String at, String key, String id) {
        if (value == null) {
            fail(at, "'" + id + "' has no '" + key + "'");
        }
    }

    static String describe(String pointer) {
        return pointer.substring(1).replaceAll("/(\\d+)", "[$1]").replace('/', '.');
    }

    private static void fail(String pointer, String message) {
        throw new Found(new Problem(pointer, message));
    }

    private static final class Found extends RuntimeException {
        final Problem problem;

        Found(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
