package io.peerplan.export.importer;

import io.peerplan.export.cilium.CiliumServices;
import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.Node;
import io.peerplan.model.Service;
import io.peerplan.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a cluster's Cilium objects into its design: a pool per CiliumLoadBalancerIPPool, a peer per
 * bgpInstance peer of the CiliumBGPClusterConfigs (with its CiliumBGPPeerConfig's settings, the
 * cluster config's node selector, and a node override's router ID and local address), an
 * advertisement per Service entry of a CiliumBGPAdvertisement sent to the peers whose configs select
 * it, and the services' LB-IPAM label and annotations as their pool and requested IPs.
 */
final class CiliumDesign {
    private CiliumDesign() {
    }

    static void build(ParsedCluster c, List<ImportNote> notes) {
        CiliumReader.Objects o = c.cilium;
        if (o.isEmpty()) {
            services(c, c.speaker == Speaker.CILIUM, notes);
            return;
        }
        if (!c.peers.isEmpty() || !c.pools.isEmpty() || !c.frrConfigurations.isEmpty()) {
            notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, o.first.file(), o.first.line(), o.first.where(), "cilium.io/v2 objects",
                    "the cluster's MetalLB or frr-k8s objects are imported; Cilium's beside them are not (a design runs one speaker "
                            + "per cluster)"));
            services(c, false, notes);
            return;
        }
        c.speaker = Speaker.CILIUM;
        o.pools.forEach(p -> c.pools.add(new AddressPool(p.name(), p.addresses(), null, p.avoidBuggyIPs(), null, null)));
        Map<String, CiliumReader.PeerConfig> configs = new LinkedHashMap<>();
        o.peerConfigs.forEach(p -> configs.put(p.name(), p));
        Map<String, BgpPeer> peers = new LinkedHashMap<>();
        Map<String, String> configOf = new LinkedHashMap<>();
        for (CiliumReader.ClusterConfig cc : o.clusterConfigs) {
            List<LabelSelector> selectors = cc.nodeSelector() == null ? List.of() : List.of(cc.nodeSelector());
            for (int i = 0; i < cc.asns().size(); i++) {
                for (CiliumReader.PeerRef ref : cc.peers().get(i)) {
                    CiliumReader.PeerConfig pc = configs.get(ref.config());
                    if (pc == null) {
                        notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, cc.origin().file(), cc.origin().line(), cc.origin().where(),
                                "peerConfigRef " + ref.config(), "no CiliumBGPPeerConfig of this name was imported; Cilium's defaults "
                                        + "are taken and the peer is sent no advertisement"));
                        pc = new CiliumReader.PeerConfig(ref.config(), null, null, null, null, null, null, null, List.of());
                    }
                    configOf.put(ref.name(), pc.name());
                    peers.merge(ref.name(), peer(ref, cc.asns().get(i), pc, selectors), CiliumDesign::moreNodes);
                }
            }
        }
        overrides(c, o, peers, notes);
        c.peers.addAll(peers.values());
        advertisements(c, o, configs, configOf, notes);
        services(c, true, notes);
    }

    private static BgpPeer peer(CiliumReader.PeerRef ref, Long asn, CiliumReader.PeerConfig pc, List<LabelSelector> selectors) {
        return new BgpPeer(ref.name(), asn, ref.asn(), null, null, ref.address(), null, null, pc.port(), seconds(pc.holdSeconds()),
                seconds(pc.keepaliveSeconds()), seconds(pc.connectSeconds()), null, null, pc.authSecret(), null, pc.multihop(), null,
                pc.gracefulRestart(), null, selectors, null);
    }

    /** The same peer in a second cluster config: it runs on the nodes of both (no selector: every node). */
    private static BgpPeer moreNodes(BgpPeer a, BgpPeer b) {
        List<LabelSelector> all = new ArrayList<>(a.nodeSelectors());
        all.addAll(b.nodeSelectors());
        return withNodes(a, a.nodeSelectors().isEmpty() || b.nodeSelectors().isEmpty() ? List.of() : all);
    }

    private static BgpPeer withNodes(BgpPeer p, List<LabelSelector> selectors) {
        return new BgpPeer(p.name(), p.myASN(), p.peerASN(), p.dynamicASN(), p.localASN(), p.peerAddress(), p.interfaceName(),
                p.sourceAddress(), p.peerPort(), p.holdTime(), p.keepaliveTime(), p.connectTime(), p.routerID(), p.password(),
                p.passwordSecret(), p.bfdProfile(), p.ebgpMultiHop(), p.vrf(), p.enableGracefulRestart(), p.disableMP(), selectors,
                p.dualStackAddressFamily());
    }

    /** Cilium's timers are whole seconds (CiliumBGPTimers); a design writes Go durations. */
    private static String seconds(Long s) {
        return s == null ? null : s + "s";
    }

    /** A node override's router ID and local addresses go to the peers of its instance on that node. */
    private static void overrides(ParsedCluster c, CiliumReader.Objects o, Map<String, BgpPeer> peers, List<ImportNote> notes) {
        for (CiliumReader.NodeOverride ov : o.overrides) {
            Node node = c.nodes.stream().filter(n -> n.name().equals(ov.node())).findFirst().orElse(null);
            for (var e : peers.entrySet()) {
                BgpPeer p = e.getValue();
                boolean onNode = node == null || p.selects(node);
                boolean inInstance = ov.instance() == null || ov.instance().equals(io.peerplan.export.cilium.CiliumGenerator.instanceName(p.myASN()));
                if (!onNode || !inInstance) {
                    continue;
                }
                String id = p.routerID() != null ? p.routerID() : ov.routerID();
                String source = ov.localAddresses().getOrDefault(p.name(), p.sourceAddress());
                if (p.routerID() != null && ov.routerID() != null && !p.routerID().equals(ov.routerID())) {
                    notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, o.first.file(), 0, "CiliumBGPNodeConfigOverride " + ov.node(),
                            "routerID " + ov.routerID(), "peer " + p.name() + " already has router ID " + p.routerID()
                                    + " from another node; a design holds one per peer"));
                }
                e.setValue(new BgpPeer(p.name(), p.myASN(), p.peerASN(), p.dynamicASN(), p.localASN(), p.peerAddress(), p.interfaceName(),
                        source, p.peerPort(), p.holdTime(), p.keepaliveTime(), p.connectTime(), id, p.password(), p.passwordSecret(),
                        p.bfdProfile(), p.ebgpMultiHop(), p.vrf(), p.enableGracefulRestart(), p.disableMP(), p.nodeSelectors(),
                        p.dualStackAddressFamily()));
            }
        }
    }

    /** An advertisement goes to the peers whose CiliumBGPPeerConfig families select its labels (all of them: no peer list). */
    private static void advertisements(ParsedCluster c, CiliumReader.Objects o, Map<String, CiliumReader.PeerConfig> configs,
            Map<String, String> configOf, List<ImportNote> notes) {
        for (CiliumReader.Advert a : o.adverts) {
            List<String> to = new ArrayList<>();
            for (BgpPeer p : c.peers) {
                CiliumReader.PeerConfig pc = configs.get(configOf.get(p.name()));
                if (pc != null && pc.advertisements().stream().anyMatch(s -> s.matches(a.labels()))) {
                    to.add(p.name());
                }
            }
            if (to.isEmpty()) {
                notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, o.first.file(), 0, "CiliumBGPAdvertisement " + a.name(), "metadata.labels",
                        "no CiliumBGPPeerConfig selects this advertisement, so Cilium sends it to no peer; not imported"));
                continue;
            }
            c.advertisements.add(new BgpAdvertisement(a.name(), a.pools(), null, null, null, a.localPref(), a.communities(),
                    to.size() == c.peers.size() ? List.of() : to, null, null));
        }
    }

    /**
     * Services as LB-IPAM reads them (Cilium pkg/ipam/service: {@code lbipam.cilium.io/ips},
     * {@code lbipam.cilium.io/sharing-key}, and the label the pools select): for a Cilium cluster
     * they are the service's requested IPs, sharing key and pool; elsewhere the label means nothing.
     */
    private static void services(ParsedCluster c, boolean cilium, List<ImportNote> notes) {
        if (!cilium) {
            c.servicePoolLabels.forEach((svc, pool) -> notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, "(cluster " + c.id() + ")", 0,
                    "Service " + svc, "metadata.labels." + io.peerplan.export.cilium.CiliumGenerator.POOL_LABEL + ": " + pool,
                    "only Cilium's LB-IPAM pools select this label; not imported")));
            return;
        }
        c.services.replaceAll(s -> {
            TreeMap<String, String> annotations = new TreeMap<>(s.annotations());
            String ips = annotations.remove(CiliumServices.IPS);
            String sharing = annotations.remove(CiliumServices.SHARING_KEY);
            String pool = c.servicePoolLabels.get(s.effectiveNamespace() + "/" + s.name());
            return new Service(s.namespace(), s.name(), pool != null ? pool : s.pool(), ips == null ? s.loadBalancerIPs()
                    : List.of(ips.split(",")), s.loadBalancerIP(), s.assignedIPs(), sharing != null ? sharing : s.sharingKey(),
                    s.externalTrafficPolicy(), s.ports(), s.selector(), s.endpointNodes(), annotations);
        });
    }
}
