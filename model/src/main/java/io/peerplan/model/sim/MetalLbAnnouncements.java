package io.peerplan.model.sim;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.Ip;
import io.peerplan.model.Node;
import io.peerplan.model.Service;
import io.peerplan.model.validate.core.PoolView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * What each MetalLB speaker of a cluster announces, as the speaker does it (MetalLB v0.16,
 * internal/bgp and speaker/bgp_controller.go): every IP a LoadBalancer service holds, from the
 * pool it came from, through each BGPAdvertisement covering that pool, aggregated to the
 * advertisement's {@code aggregationLength}, from every eligible node (speaker, selected by the
 * advertisement's nodeSelectors) or, with {@code externalTrafficPolicy: Local}, only from nodes
 * with a ready endpoint; to the BGPPeers the advertisement lists (all when none).
 *
 * <p>A pool that no BGPAdvertisement covers is not announced with CRDs; the legacy ConfigMap
 * gives a {@code protocol: bgp} pool without {@code bgp-advertisements} one default advertisement.
 */
final class MetalLbAnnouncements {
    private MetalLbAnnouncements() {
    }

    static void originate(Cluster c, Map<String, Speaker> speakers, Map<Long, List<Origin>> out,
            List<SimulationNote> notes) {
        // MetalLB's native speaker sends no MED and iBGP LOCAL_PREF 0 (native/messages.go); frr-k8s is FRR, and
        // Cilium's GoBGP sends LOCAL_PREF 100 on iBGP and no MED, which FRR compares as MED 0 (bgp_med_value).
        boolean nativeSpeaker = c.effectiveSpeaker() == io.peerplan.model.Speaker.METALLB && !c.effectiveBackend().isFrr();
        // Per prefix, per node speaker: the advertisements that carry it, merged at export.
        Map<Long, Map<Integer, List<Origin.Advertised>>> byPrefix = new LinkedHashMap<>();
        Map<String, long[]> ranges = new HashMap<>();
        for (AddressPool p : c.metallb().pools()) {
            ranges.put(p.name(), ranges(p));
        }
        // Each advertisement's attributes and eligible speakers, worked out once.
        // By identity: the cluster's advertisement objects repeat for every service, and a record's
        // hashCode would walk all its fields each time.
        Map<BgpAdvertisement, Origin.Advertised> attributes = new IdentityHashMap<>();
        Map<BgpAdvertisement, List<Speaker>> eligible = new IdentityHashMap<>();
        Map<BgpAdvertisement, List<Origin.Advertised>> alone = new IdentityHashMap<>();
        for (Service svc : c.services()) {
            String name = svc.effectiveNamespace() + "/" + svc.name();
            Set<String> endpoints = svc.effectiveTrafficPolicy() == Service.TrafficPolicy.LOCAL ? Set.copyOf(svc.endpointNodes()) : null;
            for (String text : svc.ips()) {
                Ip ip = V4.parseIp(text);
                if (ip == null) {
                    notes.add(new SimulationNote(c.id(), "service " + name + ": " + text + " is not simulated (IPv4 unicast only)"));
                    continue;
                }
                AddressPool pool = poolOf(c, svc, ip, ranges);
                if (pool == null) {
                    notes.add(new SimulationNote(c.id(), "service " + name + ": " + ip + " lies in no address pool"
                            + (svc.pool() == null ? "" : " named " + svc.pool()) + ", so MetalLB does not announce it"));
                    continue;
                }
                if ("layer2".equals(pool.protocol())) {
                    continue;
                }
                List<BgpAdvertisement> advs = c.metallb().advertisements().stream().filter(a -> a.covers(pool)).toList();
                if (advs.isEmpty() && pool.name() != null && c.effectiveConfigStyle() == Cluster.ConfigStyle.LEGACY_CONFIGMAP) {
                    advs = List.of(new BgpAdvertisement("default", List.of(pool.name()), null, null, null, null, null, null, null));
                }
                if (advs.isEmpty()) {
                    notes.add(new SimulationNote(c.id(), "service " + name + ": pool " + pool.name()
                            + " has no BGPAdvertisement, so MetalLB does not announce " + ip));
                    continue;
                }
                for (BgpAdvertisement adv : advs) {
                    int length = c.effectiveSpeaker().announcedLength(adv);
                    if (length < 0 || length > 32) {
                        continue; // MetalLB refuses the advertisement (the validator reports it): it announces nothing
                    }
                    long key = V4.key(V4.of(ip), length);
                    Origin.Advertised a = attributes.computeIfAbsent(adv, k -> new Origin.Advertised(k.peers(), k.localPref(),
                            communities(c, k, notes), nativeSpeaker));
                    Map<Integer, List<Origin.Advertised>> nodes = byPrefix.computeIfAbsent(key, k -> new LinkedHashMap<>());
                    int announcing = 0;
                    List<Origin.Advertised> onlyThis = alone.computeIfAbsent(adv, k -> List.of(a));
                    for (Speaker s : eligible.computeIfAbsent(adv, k -> eligible(c, k, speakers))) {
                        if (endpoints != null && !endpoints.contains(s.node.name())) {
                            continue;
                        }
                        List<Origin.Advertised> list = nodes.get(s.index);
                        if (list == null) {
                            nodes.put(s.index, onlyThis);
                        } else if (!list.contains(a)) {
                            List<Origin.Advertised> more = new ArrayList<>(list);
                            more.add(a);
                            nodes.put(s.index, List.copyOf(more));
                        }
                        announcing++;
                    }
                    if (announcing == 0) {
                        notes.add(new SimulationNote(c.id(), "service " + name + ": no node announces " + ip
                                + (endpoints != null
                                        ? " (externalTrafficPolicy Local and no eligible speaker has a ready endpoint)"
                                        : " (no eligible speaker for advertisement " + adv.name() + ")")));
                    }
                }
            }
        }
        // MetalLB's FRR renders `network P` (MED 0 like any network route, see RouterOrigination);
        // the native speaker sends no MED (native/messages.go). One immutable route serves every node.
        Route r = Route.builder().local(Route.LocalKind.METALLB).origin(Route.IGP)
                .med(nativeSpeaker ? Route.NONE : 0).weight(RouterOrigination.LOCAL_WEIGHT).build();
        for (var e : byPrefix.entrySet()) {
            List<Origin> list = out.computeIfAbsent(e.getKey(), k -> new ArrayList<>(e.getValue().size()));
            for (var n : e.getValue().entrySet()) {
                list.add(new Origin(n.getKey(), r, n.getValue()));
            }
        }
    }

    /** The node speakers of the cluster that the advertisement's nodeSelectors select. */
    private static List<Speaker> eligible(Cluster c, BgpAdvertisement adv, Map<String, Speaker> speakers) {
        List<Speaker> out = new ArrayList<>();
        for (Node n : c.nodes()) {
            Speaker s = speakers.get(n.id());
            // A CiliumBGPAdvertisement has no node selector: every node of the peer's cluster config sends it.
            boolean cilium = c.effectiveSpeaker() == io.peerplan.model.Speaker.CILIUM;
            if (s != null && s.kind == Speaker.Kind.NODE && (cilium || adv.selectsNode(n))) {
                out.add(s);
            }
        }
        return out;
    }

    private static AddressPool poolOf(Cluster c, Service svc, Ip ip, Map<String, long[]> ranges) {
        long a = V4.of(ip) & 0xffffffffL;
        if (svc.pool() != null) {
            AddressPool p = c.metallb().pool(svc.pool()).orElse(null);
            return p != null && contains(ranges.get(p.name()), a) ? p : null;
        }
        return c.metallb().pools().stream().filter(p -> contains(ranges.get(p.name()), a)).findFirst().orElse(null);
    }

    private static boolean contains(long[] ranges, long address) {
        for (int i = 0; i < ranges.length; i += 2) {
            if (address >= ranges[i] && address <= ranges[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A pool's IPv4 addresses as (first, last) pairs, from the CIDRs MetalLB's {@code ParseCIDR} makes of
     * its entries ({@link PoolView}: a CIDR, or a {@code start-end} range summarised): the validator's
     * and the exporters' reading, held as numbers for the simulation's per-IP lookups.
     */
    private static long[] ranges(AddressPool p) {
        List<Long> out = new ArrayList<>();
        for (inet.ipaddr.IPAddress cidr : PoolView.of(p).cidrs()) {
            if (cidr.isIPv4()) {
                inet.ipaddr.IPAddress block = cidr.toPrefixBlock();
                out.add(block.getLower().toIPv4().longValue());
                out.add(block.getUpper().toIPv4().longValue());
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /** Community values and aliases (resolved through the cluster's Community resources). */
    private static List<String> communities(Cluster c, BgpAdvertisement adv, List<SimulationNote> notes) {
        List<String> out = new ArrayList<>();
        for (String v : adv.communities()) {
            if (Communities.canonical(v) != null) {
                out.add(v);
                continue;
            }
            String value = c.metallb().communities().stream().flatMap(k -> k.communities().stream())
                    .filter(al -> al.name().equals(v)).map(Community.Alias::value).findFirst().orElse(null);
            if (value == null) {
                notes.add(new SimulationNote(c.id(), "BGPAdvertisement " + adv.name() + ": community alias " + v + " is not defined"));
            } else {
                out.add(value);
            }
        }
        return Communities.of(out);
    }
}
