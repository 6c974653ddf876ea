package io.peerplan.model.validate.core;

import inet.ipaddr.IPAddress;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.Node;
import io.peerplan.model.session.Ips;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cluster's MetalLB objects as MetalLB resolves them: parsed pools, the pools and nodes each
 * advertisement covers, the community aliases, and the speakers each BGPPeer stands for.
 */
public final class ClusterView {
    private final Cluster cluster;
    private final List<PoolView> pools = new ArrayList<>();
    private final Map<String, PoolView> poolsByName = new LinkedHashMap<>();
    private final List<Advertisement> advertisements = new ArrayList<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private List<ServiceIp> serviceIps;
    private final Map<String, Map<IPAddress, String>> announced = new java.util.HashMap<>();

    /**
     * One IP a service holds, parsed once: {@code ip} is null when the text is not an address,
     * {@code pool} the pool containing it (null when none does).
     */
    public record ServiceIp(io.peerplan.model.Service service, String text, IPAddress ip, PoolView pool) {
        public String serviceName() {
            return service.effectiveNamespace() + "/" + service.name();
        }
    }

    /**
     * An advertisement with what it resolves to.
     *
     * @param implicit true for the default advertisement a legacy ConfigMap pool with {@code protocol: bgp}
     *                 and no {@code bgp-advertisements} gets (MetalLB before 0.13: each IP as a /32)
     * @param pools    the names of the pools it covers (by name, by selector, or every pool)
     * @param nodes    the names of the cluster nodes it selects
     */
    public record Advertisement(BgpAdvertisement ad, boolean implicit, Set<String> pools, Set<String> nodes) {
        public String name() {
            return ad.name();
        }
    }

    public ClusterView(Cluster cluster) {
        this.cluster = cluster;
        for (var p : cluster.metallb().pools()) {
            PoolView v = PoolView.of(p);
            pools.add(v);
            poolsByName.putIfAbsent(p.name(), v);
        }
        for (BgpAdvertisement ad : cluster.metallb().advertisements()) {
            advertisements.add(new Advertisement(ad, false, coveredPools(ad), selectedNodes(ad.nodeSelectors())));
        }
        if (isLegacy()) {
            for (PoolView p : pools) {
                if (p.name() == null) {
                    continue; // MetalLB refuses a nameless pool ("missing pool name", METALLB-NAME): it advertises nothing
                }
                boolean covered = advertisements.stream().anyMatch(a -> a.pools().contains(p.name()));
                if (!covered && "bgp".equals(p.pool().protocol())) {
                    BgpAdvertisement ad = new BgpAdvertisement(p.name() + " (default advertisement)", List.of(p.name()),
                            null, null, null, null, null, null, null);
                    // A singleton answers contains(null) (a nameless pool) with false; Set.of would throw.
                    advertisements.add(new Advertisement(ad, true, java.util.Collections.singleton(p.name()), selectedNodes(List.of())));
                }
            }
        }
        for (Community c : cluster.metallb().communities()) {
            for (Community.Alias a : c.communities()) {
                aliases.putIfAbsent(a.name(), a.value());
            }
        }
    }

    public Cluster cluster() {
        return cluster;
    }

    public boolean isLegacy() {
        return cluster.effectiveConfigStyle() == Cluster.ConfigStyle.LEGACY_CONFIGMAP;
    }

    public List<PoolView> pools() {
        return pools;
    }

    public PoolView pool(String name) {
        return poolsByName.get(name);
    }

    public List<Advertisement> advertisements() {
        return advertisements;
    }

    /** Community alias name → value, first definition wins (duplicates are a finding of their own). */
    public Map<String, String> aliases() {
        return aliases;
    }

    /** Every IP of every service, parsed, in service order. */
    public List<ServiceIp> serviceIps() {
        if (serviceIps == null) {
            List<ServiceIp> out = new ArrayList<>();
            for (var svc : cluster.services()) {
                for (String text : svc.ips()) {
                    IPAddress ip = Ips.parseAddress(text);
                    out.add(new ServiceIp(svc, text, ip, ip == null ? null : poolContaining(ip)));
                }
            }
            serviceIps = List.copyOf(out);
        }
        return serviceIps;
    }

    /**
     * The prefixes the speakers announce to this BGPPeer: each service IP rolled up to the aggregation
     * length of every advertisement that covers its pool and reaches the peer, with the service that
     * brings it ("default/echo of k8s-alfa").
     */
    public Map<IPAddress, String> announcedTo(String peer) {
        return announced.computeIfAbsent(peer, k -> {
            Map<IPAddress, String> out = new LinkedHashMap<>();
            for (ServiceIp s : serviceIps()) {
                if (s.pool() == null) {
                    continue;
                }
                for (Advertisement a : advertisementsFor(s.pool().name(), peer)) {
                    int len = s.ip().isIPv4() ? cluster.effectiveSpeaker().announcedLength(a.ad()) : a.ad().effectiveAggregationLengthV6();
                    if (len < 0 || len > s.ip().getBitCount()) {
                        continue; // MetalLB refuses the advertisement (METALLB-ADV-AGGREGATION-LENGTH says so): it announces nothing
                    }
                    out.putIfAbsent(Ips.networkOf(s.ip(), len), s.serviceName() + " of " + cluster.displayName());
                }
            }
            return out;
        });
    }

    /** The first pool (in order) one of whose valid CIDRs contains the address, or null. */
    public PoolView poolContaining(IPAddress address) {
        for (PoolView p : pools) {
            if (p.contains(address)) {
                return p;
            }
        }
        return null;
    }

    /** The advertisements that cover this pool and reach this BGPPeer. */
    public List<Advertisement> advertisementsFor(String pool, String peer) {
        List<Advertisement> out = new ArrayList<>();
        for (Advertisement a : advertisements) {
            if (a.pools().contains(pool) && (peer == null || a.ad().selectsPeer(peer))) {
                out.add(a);
            }
        }
        return out;
    }

    /** The nodes running a MetalLB speaker that this BGPPeer's nodeSelectors select. */
    public List<Node> speakersOf(BgpPeer peer) {
        List<Node> out = new ArrayList<>();
        for (Node n : cluster.nodes()) {
            if (n.isSpeaker() && peer.selects(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** MetalLB's {@code selectedNodes}: every node when there is no selector, else the nodes one selector matches. */
    public Set<String> selectedNodes(List<LabelSelector> selectors) {
        Set<String> out = new LinkedHashSet<>();
        for (Node n : cluster.nodes()) {
            if (selectors.isEmpty() || selectors.stream().anyMatch(s -> s.matches(n.labels()))) {
                out.add(n.name());
            }
        }
        return out;
    }

    /**
     * The pools an advertisement covers: named ones, those its pool selectors match (pools carry no
     * labels in the model, so a selector matches a pool only when it is empty), or every pool when it
     * names none.
     */
    private Set<String> coveredPools(BgpAdvertisement ad) {
        Set<String> out = new LinkedHashSet<>();
        if (ad.ipAddressPools().isEmpty() && ad.ipAddressPoolSelectors().isEmpty()) {
            pools.forEach(p -> out.add(p.name()));
            return out;
        }
        for (String name : ad.ipAddressPools()) {
            if (poolsByName.containsKey(name)) {
                out.add(name);
            }
        }
        // MetalLB poolSelector.matchesPool: a selector matches the pool's metadata.labels.
        for (LabelSelector s : ad.ipAddressPoolSelectors()) {
            pools.stream().filter(p -> s.matches(p.pool().labels())).forEach(p -> out.add(p.name()));
        }
        return out;
    }
}
