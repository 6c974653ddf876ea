package io.peerplan.export.importer;

import io.peerplan.export.cilium.CiliumGenerator;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads Cilium's BGP Control Plane v2 and LB-IPAM objects (cilium.io/v2, all cluster-scoped; Cilium
 * pkg/k8s/apis/cilium.io/v2 bgp_cluster_types.go, bgp_peer_types.go, bgp_advert_types.go,
 * bgp_node_override_types.go, lbipam_types.go) as they are written. {@link CiliumDesign} turns them
 * into the cluster's pools, advertisements and peers once every file is read. What a MetalLB-shaped
 * design cannot hold (PodCIDR and ClusterIP advertisements, selectors other than by pool, disabled
 * pools) is reported, field by field.
 */
final class CiliumReader {
    static final String GROUP = "cilium.io/";

    /** A CiliumLoadBalancerIPPool: its blocks as pool entries ({@code cidr}, or {@code start-stop}). */
    record Pool(String name, List<String> addresses, Boolean avoidBuggyIPs) {
    }

    /** One Service/LoadBalancerIP entry of a CiliumBGPAdvertisement: its pools (empty: all), local preference, communities. */
    record Advert(String name, Map<String, String> labels, List<String> pools, Long localPref, List<String> communities) {
    }

    /** A CiliumBGPPeerConfig: the peer settings it holds, and which advertisements (by their labels) it sends. */
    record PeerConfig(String name, Long holdSeconds, Long keepaliveSeconds, Long connectSeconds, String authSecret, Boolean multihop,
            Boolean gracefulRestart, Integer port, List<LabelSelector> advertisements) {
    }

    /** A peer of a bgpInstance: its name, address, AS and the CiliumBGPPeerConfig it refers to. */
    record PeerRef(String name, String address, Long asn, String config) {
    }

    /** A CiliumBGPClusterConfig: its node selector (without the exclude rule Peerplan adds) and instances. */
    record ClusterConfig(FrrK8sReader.Origin origin, LabelSelector nodeSelector, List<String> instances, List<Long> asns, List<List<PeerRef>> peers) {
    }

    /** A CiliumBGPNodeConfigOverride instance: router ID, and local addresses by peer name. */
    record NodeOverride(String node, String instance, String routerID, Map<String, String> localAddresses) {
    }

    /** What the files held, in order. */
    static final class Objects {
        final List<Pool> pools = new ArrayList<>();
        final List<Advert> adverts = new ArrayList<>();
        final List<PeerConfig> peerConfigs = new ArrayList<>();
        final List<ClusterConfig> clusterConfigs = new ArrayList<>();
        final List<NodeOverride> overrides = new ArrayList<>();
        FrrK8sReader.Origin first;

        boolean isEmpty() {
            return first == null;
        }
    }

    private CiliumReader() {
    }

    /** Reads an object of the cilium.io group; false for a kind Peerplan does not import. */
    static boolean read(String kind, String name, Fields meta, Fields spec, ParsedCluster c, FrrK8sReader.Origin origin,
            List<ImportNote> notes) {
        Objects o = c.cilium;
        switch (kind == null ? "" : kind) {
            case "CiliumLoadBalancerIPPool" -> o.pools.add(pool(name, spec));
            case "CiliumBGPAdvertisement" -> adverts(name, meta, spec, o);
            case "CiliumBGPPeerConfig" -> o.peerConfigs.add(peerConfig(name, spec));
            case "CiliumBGPClusterConfig" -> o.clusterConfigs.add(clusterConfig(spec, origin));
            case "CiliumBGPNodeConfigOverride" -> overrides(name, spec, o);
            default -> {
                return false;
            }
        }
        if (o.first == null) {
            o.first = origin;
        }
        return true;
    }

    private static Pool pool(String name, Fields spec) {
        List<String> addresses = new ArrayList<>();
        for (Fields b : spec.objects("blocks")) {
            String cidr = b.text("cidr");
            addresses.add(cidr != null ? cidr : b.text("start") + "-" + b.text("stop"));
            b.done();
        }
        // Cilium lbipam_types.go AllowFirstLastIPs: "No" keeps each block's first and last address, as MetalLB avoidBuggyIPs does .0/.255.
        String firstLast = spec.text("allowFirstLastIPs");
        Fields sel = spec.object("serviceSelector");
        Map<String, String> labels = sel.map("matchLabels");
        if (!Map.of(CiliumGenerator.POOL_LABEL, name).equals(labels)) {
            sel.invalid("matchLabels", "a design gives a service its pool by the label " + CiliumGenerator.POOL_LABEL + ": " + name);
        }
        sel.done();
        return new Pool(name, addresses, "No".equals(firstLast) ? Boolean.TRUE : null);
    }

    private static void adverts(String name, Fields meta, Fields spec, Objects o) {
        Map<String, String> labels = new TreeMap<>(meta.map("labels"));
        List<Fields> entries = spec.objects("advertisements");
        int i = 0;
        for (Fields a : entries) {
            i++;
            String type = a.text("advertisementType");
            Fields svc = a.object("service");
            List<String> addresses = svc.strings("addresses");
            svc.done();
            if (!"Service".equals(type) || !addresses.equals(List.of("LoadBalancerIP"))) {
                a.invalid("advertisementType", type + " " + addresses + ": a design announces LoadBalancer IPs only");
                a.skip("selector", "attributes");
                a.done();
                continue;
            }
            List<String> pools = pools(a.object("selector"));
            Fields attrs = a.object("attributes");
            Long pref = attrs.number("localPreference");
            Fields comms = attrs.object("communities");
            List<String> communities = new ArrayList<>(comms.strings("standard"));
            comms.strings("large").forEach(l -> communities.add("large:" + l));
            comms.done();
            attrs.done();
            a.done();
            o.adverts.add(new Advert(entries.size() == 1 ? name : name + "-" + i, labels, pools, pref, communities));
        }
    }

    /** The pools an advertisement's service selector picks by their label: In [names], or Exists (every pool: empty). */
    private static List<String> pools(Fields sel) {
        List<String> out = new ArrayList<>();
        for (Fields e : sel.objects("matchExpressions")) {
            String key = e.text("key");
            String op = e.text("operator");
            List<String> values = e.strings("values");
            if (CiliumGenerator.POOL_LABEL.equals(key) && "In".equals(op)) {
                out.addAll(values);
            } else if (!CiliumGenerator.POOL_LABEL.equals(key) || !"Exists".equals(op)) {
                e.invalid("key", key + " " + op + ": a design selects services by their pool (" + CiliumGenerator.POOL_LABEL + ")");
            }
            e.done();
        }
        sel.done();
        return out;
    }

    private static PeerConfig peerConfig(String name, Fields spec) {
        Fields t = spec.object("timers");
        Long hold = t.number("holdTimeSeconds");
        Long keepalive = t.number("keepAliveTimeSeconds");
        Long connect = t.number("connectRetryTimeSeconds");
        t.done();
        Integer hops = spec.integer("ebgpMultihop");
        Fields gr = spec.object("gracefulRestart");
        Boolean restart = gr.bool("enabled");
        gr.done();
        Fields tr = spec.object("transport");
        Integer port = tr.integer("peerPort");
        tr.done();
        List<LabelSelector> advs = new ArrayList<>();
        for (Fields f : spec.objects("families")) {
            if (!List.of("ipv4", "ipv6").contains(f.text("afi")) || !"unicast".equals(f.text("safi"))) {
                f.invalid("afi", "a design speaks IPv4 and IPv6 unicast");
            }
            if (f.has("advertisements")) {
                Fields s = f.object("advertisements");
                advs.add(s.selector());
                s.done();
            }
            f.done();
        }
        // ebgpMultihop is a TTL (1: directly connected); MetalLB's ebgpMultiHop is FRR's `ebgp-multihop` without a count.
        return new PeerConfig(name, hold, keepalive, connect, spec.text("authSecretRef"), hops != null && hops > 1 ? Boolean.TRUE : null,
                restart, port, advs);
    }

    private static ClusterConfig clusterConfig(Fields spec, FrrK8sReader.Origin origin) {
        LabelSelector selector = null;
        if (spec.has("nodeSelector")) {
            Fields s = spec.object("nodeSelector");
            LabelSelector all = s.selector();
            s.done();
            // The exclude rule is how a design keeps MetalLB's exclude-from-external-load-balancers label honoured.
            List<LabelSelector.Requirement> rest = all.matchExpressions().stream()
                    .filter(r -> !(Node.EXCLUDE_LABEL.equals(r.key()) && "DoesNotExist".equals(r.operator()))).toList();
            selector = all.matchLabels().isEmpty() && rest.isEmpty() ? null : new LabelSelector(all.matchLabels(), rest);
        }
        List<String> names = new ArrayList<>();
        List<Long> asns = new ArrayList<>();
        List<List<PeerRef>> peers = new ArrayList<>();
        for (Fields i : spec.objects("bgpInstances")) {
            names.add(i.text("name"));
            asns.add(i.asn("localASN"));
            List<PeerRef> refs = new ArrayList<>();
            for (Fields p : i.objects("peers")) {
                Fields ref = p.object("peerConfigRef");
                String config = ref.text("name");
                ref.done();
                refs.add(new PeerRef(p.text("name"), p.word("peerAddress", "invalid peer address"), p.asn("peerASN"), config));
                p.done();
            }
            peers.add(refs);
            i.done();
        }
        return new ClusterConfig(origin, selector, names, asns, peers);
    }

    private static void overrides(String node, Fields spec, Objects o) {
        for (Fields i : spec.objects("bgpInstances")) {
            Map<String, String> local = new TreeMap<>();
            for (Fields p : i.objects("peers")) {
                local.put(p.text("name"), p.word("localAddress", "invalid local address"));
                p.done();
            }
            o.overrides.add(new NodeOverride(node, i.text("name"), i.word("routerID", "invalid router ID"), local));
            i.done();
        }
    }
}
