package io.peerplan.model.sim;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Node;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.Vantage;
import io.peerplan.model.session.AddressBook;
import io.peerplan.model.session.MetalLbTimers;
import io.peerplan.model.session.Sessions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A topology compiled for simulation, once per topology and shared by every scenario: the
 * speakers (routers, vantages, node speakers) as arrays, the sessions the peerings expand to and
 * whether their ends agree, the adjacencies of the agreeing ones, and the interned prefix universe
 * with each prefix's originators. Immutable after construction.
 */
final class CompiledNetwork {
    final Topology topology;
    final TopologyIndex index;
    final Speaker[] speakers;
    final Map<String, Speaker> byId;
    final Session[] sessions;
    final Adjacency[] adjacencies;
    /** Prefix keys ({@link V4#key}) in address order. */
    final long[] prefixKeys;
    final IpPrefix[] prefixes;
    final Map<Long, Integer> prefixIndex;
    final Origin[][] origins;
    /** Index of 0.0.0.0/0 when some neighbor has default-originate, else -1. */
    final int defaultPrefix;
    final List<SimulationNote> notes;

    CompiledNetwork(Topology t) {
        this.topology = t;
        this.index = new TopologyIndex(t);
        List<SimulationNote> n = new ArrayList<>();
        this.byId = new LinkedHashMap<>();
        List<Speaker> list = new ArrayList<>();
        for (Router r : t.routers()) {
            if (r.asn() == null) {
                n.add(new SimulationNote(r.id(), "router has no AS number and takes no part in BGP"));
                continue;
            }
            list.add(new Speaker(list.size(), r.id(), Speaker.Kind.ROUTER, r.region(), r, null, null, null,
                    r.asn().value(), routerId(r.routerId(), r.interfaces()), Behaviour.of(r), Policies.of(r),
                    r.bgp().clusterId() != null && r.bgp().clusterId().isIpv4() ? V4.of(r.bgp().clusterId())
                            : routerId(r.routerId(), r.interfaces()),
                    Speaker.resolvableSubnets(r.interfaces(), r.staticRoutes(), r.bgp().nhtResolveViaDefault())));
        }
        for (Vantage v : t.vantages()) {
            if (v.asn() == null) {
                n.add(new SimulationNote(v.id(), "vantage has no AS number and takes no part in BGP"));
                continue;
            }
            int rid = routerId(v.routerId(), v.interfaces());
            list.add(new Speaker(list.size(), v.id(), Speaker.Kind.VANTAGE, v.region(), null, v, null, null,
                    v.asn().value(), rid, Behaviour.vantage(), Policies.NONE, rid,
                    Speaker.resolvableSubnets(v.interfaces(), List.of(), false)));
        }
        for (Cluster c : t.clusters()) {
            for (Node node : c.nodes()) {
                if (node.isSpeaker()) {
                    list.add(nodeSpeaker(list.size(), c, node));
                }
            }
        }
        this.speakers = list.toArray(new Speaker[0]);
        for (Speaker s : speakers) {
            byId.put(s.id, s);
        }
        this.sessions = SessionCompiler.compile(new Sessions(t, index, new AddressBook(t)), byId, n).toArray(new Session[0]);
        this.adjacencies = adjacencies(sessions);
        for (Speaker s : speakers) {
            // A MetalLB speaker denies every route inbound, so nothing sent to one can matter.
            s.exportTargets = s.out.stream().filter(a -> !a.to.behaviour.acceptsNothing()).toArray(Adjacency[]::new);
        }
        Map<Long, List<Origin>> byPrefix = new HashMap<>();
        for (Speaker s : speakers) {
            if (s.kind == Speaker.Kind.ROUTER) {
                RouterOrigination.originate(s, byPrefix, n);
            }
        }
        for (Cluster c : t.clusters()) {
            MetalLbAnnouncements.originate(c, byId, byPrefix, n);
        }
        boolean anyDefault = Arrays.stream(adjacencies).anyMatch(Adjacency::defaultOriginate);
        if (anyDefault) {
            byPrefix.computeIfAbsent(V4.key(0, 0), k -> new ArrayList<>());
        }
        TreeMap<Long, List<Origin>> sorted = new TreeMap<>(V4::compareKeys);
        sorted.putAll(byPrefix);
        this.prefixKeys = sorted.keySet().stream().mapToLong(Long::longValue).toArray();
        this.prefixes = new IpPrefix[prefixKeys.length];
        this.origins = new Origin[prefixKeys.length][];
        this.prefixIndex = new HashMap<>();
        int i = 0;
        for (var e : sorted.entrySet()) {
            prefixes[i] = V4.prefix(e.getKey());
            // By speaker, so that a rerun finds one speaker's own routes by binary search.
            origins[i] = e.getValue().stream().sorted(java.util.Comparator.comparingInt(Origin::speaker)).toArray(Origin[]::new);
            prefixIndex.put(e.getKey(), i);
            i++;
        }
        this.defaultPrefix = anyDefault ? prefixIndex.get(V4.key(0, 0)) : -1;
        this.notes = List.copyOf(n);
    }

    private static Speaker nodeSpeaker(int index, Cluster c, Node node) {
        BgpPeer first = c.metallb().peers().stream().filter(p -> p.selects(node)).findFirst().orElse(null);
        long asn = first != null && first.myASN() != null ? first.myASN() : 0;
        int rid = 0;
        Ip configured = first == null ? null : V4.parseIp(first.routerID());
        if (configured != null) {
            rid = V4.of(configured);
        } else if (node.address() != null && node.address().isIpv4()) {
            // MetalLB leaves the router-id to FRR unless BGPPeer.routerID is set; on a node that is
            // normally its address (assumption: no higher loopback).
            rid = V4.of(node.address());
        }
        int hold = first == null ? (int) MetalLbTimers.DEFAULT_HOLD.wholeSeconds() : DetectionEnd.holdOf(first);
        Behaviour behaviour = NodeReceive.receives(c, node) ? Behaviour.receivingSpeaker(hold) : Behaviour.metalLbSpeaker(hold);
        return new Speaker(index, node.id(), Speaker.Kind.NODE, c.region(), null, null, node, c, asn, rid,
                behaviour, Policies.NONE, rid, null);
    }

    /** The configured router-id, else the highest IPv4 interface address (as zebra picks one). */
    private static int routerId(Ip configured, List<Interface> interfaces) {
        if (configured != null && configured.isIpv4()) {
            return V4.of(configured);
        }
        int best = 0;
        for (Interface i : interfaces) {
            if (i.address() != null && i.address().isIpv4()) {
                int a = V4.of(i.address().ip());
                if (V4.compare(a, best) > 0) {
                    best = a;
                }
            }
        }
        return best;
    }

    private static Adjacency[] adjacencies(Session[] sessions) {
        List<Adjacency> out = new ArrayList<>();
        for (Session s : sessions) {
            if (s.problem != null || !SessionCompiler.ipv4(s.addressA) || !SessionCompiler.ipv4(s.addressB)) {
                continue;
            }
            BgpPeer peer = s.bgpPeer;
            s.ab = new Adjacency(out.size(), s, s.a, s.b, s.ibgp, s.asA, s.asB, s.addressA, s.configA, s.configB,
                    s.a.kind == Speaker.Kind.NODE ? peer : null);
            out.add(s.ab);
            s.ba = new Adjacency(out.size(), s, s.b, s.a, s.ibgp, s.asB, s.asA, s.addressB, s.configB, s.configA,
                    s.b.kind == Speaker.Kind.NODE ? peer : null);
            out.add(s.ba);
            s.a.out.add(s.ab);
            s.b.in.add(s.ab);
            s.b.out.add(s.ba);
            s.a.in.add(s.ba);
        }
        return out.toArray(new Adjacency[0]);
    }

    /** Index of the first origin of the speaker for the prefix, or -1. */
    int firstOrigin(int prefix, int speaker) {
        Origin[] o = origins[prefix];
        int lo = 0;
        int hi = o.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (o[mid].speaker() < speaker) {
                lo = mid + 1;
            } else {
                if (o[mid].speaker() == speaker) {
                    found = mid;
                }
                hi = mid - 1;
            }
        }
        return found;
    }

    Speaker speaker(String id) {
        return byId.get(id);
    }
}
