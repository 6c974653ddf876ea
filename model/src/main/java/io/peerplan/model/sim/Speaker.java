package io.peerplan.model.sim;

import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.Node;
import io.peerplan.model.Router;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.List;

/**
 * One BGP speaker of the simulated network: a router, a vantage, or the MetalLB speaker on one
 * node. Holds what the inner loops need as plain fields: its AS, router-id, behaviour, policies,
 * the subnets its next hops resolve through, and its adjacencies in both directions.
 */
final class Speaker {
    enum Kind { ROUTER, VANTAGE, NODE }

    final int index;
    final String id;
    final Kind kind;
    final String region;
    final Router router;
    final Vantage vantage;
    final Node node;
    final Cluster cluster;
    final long asn;
    final int routerId;
    final Behaviour behaviour;
    final Policies policies;
    /** RR cluster id: {@code bgp cluster-id}, else the router-id. */
    final int clusterId;
    /** Connected and static subnets (net, length pairs) next hops resolve through; null = not modelled. */
    final int[] resolvable;
    final List<Adjacency> out = new ArrayList<>();
    final List<Adjacency> in = new ArrayList<>();
    /** The out adjacencies whose receiver can take a route (not a MetalLB speaker), set once sessions exist. */
    Adjacency[] exportTargets = new Adjacency[0];

    Speaker(int index, String id, Kind kind, String region, Router router, Vantage vantage, Node node,
            Cluster cluster, long asn, int routerId, Behaviour behaviour, Policies policies, int clusterId,
            int[] resolvable) {
        this.index = index;
        this.id = id;
        this.kind = kind;
        this.region = region;
        this.router = router;
        this.vantage = vantage;
        this.node = node;
        this.cluster = cluster;
        this.asn = asn;
        this.routerId = routerId;
        this.behaviour = behaviour;
        this.policies = policies;
        this.clusterId = clusterId;
        this.resolvable = resolvable;
    }

    /** True when one of the speaker's own addresses is this one. */
    boolean owns(Ip ip) {
        return switch (kind) {
            case ROUTER -> router.hasAddress(ip);
            case VANTAGE -> vantage.interfaces().stream().anyMatch(i -> i.address().ip().equals(ip));
            case NODE -> node.address() != null && node.address().equals(ip);
        };
    }

    List<Interface> interfaces() {
        return switch (kind) {
            case ROUTER -> router.interfaces();
            case VANTAGE -> vantage.interfaces();
            case NODE -> List.of();
        };
    }

    /**
     * True when zebra would resolve the next hop: it lies on a connected subnet or under a static
     * route. A default route counts only with {@code ip nht resolve-via-default}
     * (zebra_rnh_resolve_nexthop_entry, zebra/zebra_rnh.c: "Not allowed to resolve through default
     * prefix"), which {@link #resolvableSubnets} already applied. A speaker whose interfaces are not
     * modelled resolves everything.
     */
    boolean resolves(int nextHop) {
        if (resolvable == null) {
            return true;
        }
        for (int i = 0; i < resolvable.length; i += 2) {
            if (V4.contains(resolvable[i], resolvable[i + 1], nextHop)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subnets a router or vantage reaches without BGP; null when it has no IPv4 interface. A
     * static default route is left out unless {@code viaDefault} ({@code ip nht resolve-via-default}):
     * zebra never resolves a tracked next hop through 0.0.0.0/0 otherwise. (A default learned
     * through BGP resolves next hops under the same line: {@link ScenarioView#resolvesThroughBgpDefault}.)
     */
    static int[] resolvableSubnets(List<Interface> interfaces, List<StaticRoute> statics, boolean viaDefault) {
        List<Integer> out = new ArrayList<>();
        for (Interface i : interfaces) {
            if (i.address() != null && i.address().isIpv4()) {
                out.add(V4.of(i.address().ip()));
                out.add(i.address().length());
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        for (StaticRoute s : statics) {
            if (s.prefix() != null && s.prefix().isIpv4() && (viaDefault || s.prefix().length() > 0)) {
                out.add(V4.of(s.prefix().ip()));
                out.add(s.prefix().length());
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return id;
    }
}
