package io.peerplan.export.lab;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.Node;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Service;
import io.peerplan.model.session.GoDuration;
import io.peerplan.model.sim.NodeReceive;
import io.peerplan.model.session.MetalLbTimers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What MetalLB's speaker on one node announces, to whom and with which attributes: the decisions
 * its controller makes before the FRR backend renders them ({@link SpeakerConfig}).
 * Sources (MetalLB v0.14–0.16): {@code speaker/bgp_controller.go} ShouldAnnounce,
 * {@code internal/config/config.go} (defaults, legacy ConfigMap), {@code internal/bgp/frr/config.go}.
 */
record MetalLbSpeaker(Node node, long myAsn, Ip routerId, List<Neighbor> neighbors,
        List<MetalLbBfdProfile> bfdProfiles) {

    /**
     * One {@code neighbor} the speaker configures: a BGPPeer that selects the node.
     *
     * @param remoteAs a number, or FRR's {@code internal}/{@code external} for {@code dynamicASN}
     * @param receive what the node lets in from this peer (frr-k8s {@code toReceive}); null: nothing
     */
    record Neighbor(String peerName, Ip address, String remoteAs, boolean multihop, Integer port, int keepalive,
            int hold, Integer connectTime, String updateSource, String bfdProfile, List<Advertised> advertised,
            PrefixList receive) {
    }

    /** One announced prefix with the local preference and communities its advertisement sets. */
    record Advertised(IpPrefix prefix, Long localPref, List<String> communities) {
    }

    /** The speaker of this node, or empty when the node runs none (excluded by label). */
    static Optional<MetalLbSpeaker> of(Cluster cluster, Node node) {
        if (!node.isSpeaker()) {
            return Optional.empty();
        }
        List<BgpPeer> peers = cluster.metallb().peers().stream().filter(p -> p.selects(node)).toList();
        long asn = peers.isEmpty() || peers.getFirst().myASN() == null ? 0 : peers.getFirst().myASN();
        for (BgpPeer p : peers) {
            if (p.myASN() == null || p.myASN() != asn) {
                // MetalLB's webhook refuses this in FRR mode (reference.md §1: same myASN within a VRF).
                throw new LabException("node " + node.name() + ": BGPPeers " + peers.getFirst().name() + " and "
                        + p.name() + " give different myASN; MetalLB's FRR mode rejects that");
            }
        }
        Ip routerId = peers.stream().map(BgpPeer::routerID).filter(r -> r != null && !r.isBlank()).findFirst()
                .map(Ip::parse).orElse(node.address());
        List<Neighbor> neighbors = new ArrayList<>();
        for (BgpPeer p : peers) {
            neighbors.add(neighbor(cluster, node, p));
        }
        // The stand-in runs what the cluster's speaker would: no BFD where it has none (Cilium's GoBGP, MetalLB native).
        boolean bfd = cluster.effectiveSpeaker().runsFrr(cluster.effectiveBackend());
        List<MetalLbBfdProfile> profiles = !bfd ? List.of() : cluster.metallb().bfdProfiles().stream()
                .filter(bp -> peers.stream().anyMatch(p -> bp.name().equals(p.bfdProfile()))).toList();
        return Optional.of(new MetalLbSpeaker(node, asn, routerId, neighbors, profiles));
    }

    private static Neighbor neighbor(Cluster cluster, Node node, BgpPeer p) {
        if (p.peerAddress() == null) {
            throw new LabException("BGPPeer " + p.name() + " of cluster " + cluster.id()
                    + " has no peerAddress; the lab cannot emulate interface (unnumbered) peers");
        }
        String remoteAs = p.peerASN() != null ? Long.toString(p.peerASN()) : p.dynamicASN();
        MetalLbTimers timers;
        try {
            timers = MetalLbTimers.of(p);
        } catch (IllegalArgumentException e) {
            throw new LabException("BGPPeer " + p.name() + " " + e.getMessage());
        }
        int h = timers.holdSeconds(MetalLbTimers.DEFAULT_HOLD);
        int k = timers.keepaliveSeconds(MetalLbTimers.DEFAULT_HOLD);
        return new Neighbor(p.name(), Ip.parse(p.peerAddress()), remoteAs, Boolean.TRUE.equals(p.ebgpMultiHop()),
                p.peerPort(), k, h, seconds(p, "connectTime", p.connectTime()), p.sourceAddress(),
                cluster.effectiveSpeaker().runsFrr(cluster.effectiveBackend()) ? p.bfdProfile() : null,
                advertised(cluster, node, p),
                NodeReceive.inbound(cluster, p, p.peerAddress() + "-inpl-ipv4").orElse(null));
    }

    /**
     * A BGPPeer timer in whole seconds, truncated as MetalLB's {@code int(d.Seconds())} renders it into
     * frr.conf; null when unset. The text is read by Go's rules, as the API server reads it.
     */
    static Integer seconds(BgpPeer p, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Math.toIntExact(GoDuration.parse(text).wholeSeconds());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new LabException("BGPPeer " + p.name() + " spec." + field + ": " + e.getMessage());
        }
    }

    /** The prefixes announced to one peer, each once per distinct (local-pref, communities). */
    static List<Advertised> advertised(Cluster cluster, Node node, BgpPeer peer) {
        Map<String, Advertised> out = new LinkedHashMap<>();
        for (Service s : cluster.services()) {
            if (!announcesFrom(s, node)) {
                continue;
            }
            for (String text : s.ips()) {
                Ip ip = parseIpv4(text);
                if (ip == null) {
                    continue;
                }
                Optional<AddressPool> pool = poolOf(cluster, s, ip);
                if (pool.isEmpty()) {
                    continue;
                }
                for (BgpAdvertisement adv : advertisementsFor(cluster, pool.get())) {
                    // A CiliumBGPAdvertisement has no node selector (as the simulator's MetalLbAnnouncements).
                    boolean anyNode = cluster.effectiveSpeaker() == io.peerplan.model.Speaker.CILIUM;
                    if (!(anyNode || adv.selectsNode(node)) || !adv.selectsPeer(peer.name())) {
                        continue;
                    }
                    IpPrefix prefix = IpPrefix.parse(ip + "/" + cluster.effectiveSpeaker().announcedLength(adv)).network();
                    List<String> communities = adv.communities().stream().map(c -> resolve(cluster, c)).toList();
                    Advertised a = new Advertised(prefix, adv.localPref(), communities);
                    out.putIfAbsent(prefix + "|" + adv.localPref() + "|" + communities, a);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * ShouldAnnounce: with {@code externalTrafficPolicy: Local} only nodes with a ready endpoint
     * announce; with {@code Cluster} every speaker does, provided some endpoint is ready anywhere.
     */
    static boolean announcesFrom(Service s, Node node) {
        if (s.effectiveTrafficPolicy() == Service.TrafficPolicy.LOCAL) {
            return s.endpointNodes().contains(node.name());
        }
        return !s.endpointNodes().isEmpty();
    }

    private static Optional<AddressPool> poolOf(Cluster cluster, Service s, Ip ip) {
        if (s.pool() != null) {
            return cluster.metallb().pool(s.pool()).filter(p -> PoolRanges.contains(p, ip));
        }
        return cluster.metallb().pools().stream().filter(p -> PoolRanges.contains(p, ip)).findFirst();
    }

    /**
     * The advertisements covering a pool. A legacy ConfigMap pool with {@code protocol: bgp} and no
     * {@code bgp-advertisements} gets MetalLB's default one (aggregation 32, no attributes); with CRDs
     * a pool no BGPAdvertisement names is not announced at all.
     */
    static List<BgpAdvertisement> advertisementsFor(Cluster cluster, AddressPool pool) {
        List<BgpAdvertisement> covering = cluster.metallb().advertisements().stream()
                .filter(a -> a.coversPool(pool.name())).toList();
        boolean legacyDefault = covering.isEmpty()
                && cluster.effectiveConfigStyle() == Cluster.ConfigStyle.LEGACY_CONFIGMAP
                && (pool.protocol() == null || pool.protocol().equals("bgp"));
        return legacyDefault
                ? List.of(new BgpAdvertisement("default", List.of(pool.name()), null, null, null, null, null, null,
                        null))
                : covering;
    }

    /** A community value, or the value of a Community resource alias of that name. */
    private static String resolve(Cluster cluster, String community) {
        for (Community c : cluster.metallb().communities()) {
            for (Community.Alias a : c.communities()) {
                if (a.name().equals(community)) {
                    return a.value();
                }
            }
        }
        return community;
    }

    private static Ip parseIpv4(String text) {
        try {
            Ip ip = Ip.parse(text);
            return ip.isIpv4() ? ip : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
