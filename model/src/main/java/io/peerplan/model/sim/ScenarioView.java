package io.peerplan.model.sim;

import io.peerplan.model.Closest;
import io.peerplan.model.ElementKind;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Network;
import io.peerplan.model.RouteMap;
import io.peerplan.model.session.ListenLimit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario laid over a compiled network: which speakers are down, which sessions are up (ends
 * agree, nothing on them failed, and the listener's {@code bgp listen limit} has room), and the
 * policies of routers whose route-maps the scenario overrides.
 */
final class ScenarioView {
    /** FRR's BGP_DYNAMIC_NEIGHBORS_LIMIT_DEFAULT. */

    final CompiledNetwork net;
    final Scenario scenario;
    final boolean[] speakerDown;
    final boolean[] sessionUp;
    final String[] sessionDownReason;
    final Policies[] policies;
    /** Per adjacency: its session is up (the inner loops read this rather than chase the session). */
    final boolean[] adjacencyUp;
    final Set<Integer> overridden = new HashSet<>();
    /**
     * Per speaker: its next hops resolve through the default route BGP installed, because it has
     * {@code ip nht resolve-via-default} and a best path to 0.0.0.0/0 (zebra_rnh_resolve_nexthop_entry
     * takes any selected route of the default prefix, BGP's included). Null until {@link
     * BgpDefaultResolution} has run the default prefix, and when no speaker can use it.
     */
    volatile boolean[] viaBgpDefault;

    ScenarioView(CompiledNetwork net, Scenario scenario) {
        this.net = net;
        this.scenario = scenario;
        speakerDown = new boolean[net.speakers.length];
        sessionUp = new boolean[net.sessions.length];
        sessionDownReason = new String[net.sessions.length];
        policies = new Policies[net.speakers.length];
        for (Speaker s : net.speakers) {
            policies[s.index] = s.policies;
        }
        Set<String> failedPeerings = new HashSet<>();
        List<IpPrefix> failedNetworks = new ArrayList<>();
        for (String id : scenario.failed()) {
            ElementKind kind = net.index.kind(id).orElseThrow(() -> new IllegalArgumentException(
                    "no element '" + id + "' in " + net.topology.name() + "." + Closest.didYouMean(id, net.index.ids())
                            + " (`peerplan show` lists the ids)"));
            switch (kind) {
                case REGION -> {
                    for (Speaker s : net.speakers) {
                        if (id.equals(s.region)) {
                            speakerDown[s.index] = true;
                        }
                    }
                }
                case CLUSTER -> {
                    for (Speaker s : net.speakers) {
                        if (s.cluster != null && s.cluster.id().equals(id)) {
                            speakerDown[s.index] = true;
                        }
                    }
                }
                case ROUTER, VANTAGE, NODE -> {
                    Speaker s = net.speaker(id);
                    if (s != null) {
                        speakerDown[s.index] = true;
                    }
                }
                case PEERING -> failedPeerings.add(id);
                case NETWORK -> net.index.network(id).map(Network::cidr).ifPresent(failedNetworks::add);
            }
        }
        for (Session s : net.sessions) {
            String why = s.problem;
            if (why == null && (speakerDown[s.a.index] || speakerDown[s.b.index])) {
                why = "failed: " + (speakerDown[s.a.index] ? s.a.id : s.b.id);
            }
            if (why == null && failedPeerings.contains(s.peering)) {
                why = "failed: peering " + s.peering;
            }
            if (why == null) {
                for (IpPrefix p : failedNetworks) {
                    if (s.addressA != null && p.contains(s.addressA) || s.addressB != null && p.contains(s.addressB)) {
                        why = "failed: network " + p;
                    }
                }
            }
            sessionUp[s.index] = why == null;
            sessionDownReason[s.index] = why;
        }
        applyListenLimits();
        adjacencyUp = new boolean[net.adjacencies.length];
        for (Adjacency a : net.adjacencies) {
            adjacencyUp[a.index] = sessionUp[a.session.index];
        }
        for (PrependOverride o : scenario.prepends()) {
            override(o);
        }
    }

    /** Each listener accepts the dynamic neighbors that are up so far, up to its limit ({@link ListenLimit}). */
    private void applyListenLimits() {
        List<Session> up = new ArrayList<>();
        for (Session s : net.sessions) {
            if (s.listener != null && sessionUp[s.index]) {
                up.add(s);
            }
        }
        for (Session s : ListenLimit.refused(up, x -> x.listener.router, Session::dialerAddress)) {
            sessionUp[s.index] = false;
            sessionDownReason[s.index] = ListenLimit.reason(s.listener.router, s.listener.id);
        }
    }

    private void override(PrependOverride o) {
        Speaker s = net.speaker(o.routerId());
        if (s == null || s.kind != Speaker.Kind.ROUTER) {
            throw new IllegalArgumentException("--set " + o + ": no router '" + o.routerId() + "'");
        }
        RouteMap map = s.router.routeMap(o.routeMap()).orElseThrow(() -> new IllegalArgumentException(
                "--set " + o + ": router " + s.id + " has no route-map " + o.routeMap()));
        if (map.entry(o.seq()) == null) {
            throw new IllegalArgumentException("--set " + o + ": route-map " + o.routeMap() + " on " + s.id
                    + " has no entry " + o.seq());
        }
        Policies p = policies[s.index];
        policies[s.index] = p.withRouteMaps(Policies.withPrepend(p.routeMapList(), o.routeMap(), o.seq(), o.count(), s.asn));
        overridden.add(s.index);
    }

    boolean up(Adjacency a) {
        return adjacencyUp[a.index];
    }

    /** True when speaker {@code s} resolves every next hop through a BGP-learned default route. */
    boolean resolvesThroughBgpDefault(int s) {
        boolean[] v = viaBgpDefault;
        return v != null && v[s];
    }
}
