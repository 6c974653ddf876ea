package io.peerplan.export.cilium;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.metallb.K8sYaml;
import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.Node;
import io.peerplan.model.validate.cilium.CiliumClusterConfig;
import io.peerplan.model.validate.core.ClusterView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cluster's Cilium BGP Control Plane v2 and LB-IPAM objects (cilium.io/v2, Cilium
 * pkg/k8s/apis/cilium.io/v2/bgp_*_types.go and lbipam_types.go), all cluster-scoped, in apply order:
 * <ul>
 * <li>a CiliumLoadBalancerIPPool per address pool, selecting the services labelled
 * {@value #POOL_LABEL} with its name (the services file sets the label);</li>
 * <li>a CiliumBGPAdvertisement per BGP advertisement, labelled {@value #ADVERTISEMENT_LABEL}, announcing
 * the LoadBalancer IPs of the services of the pools it covers, with its communities and local preference;</li>
 * <li>a CiliumBGPPeerConfig per peer: timers, auth secret, multihop, port, graceful restart, and the
 * advertisements that name the peer (all when they name none);</li>
 * <li>a CiliumBGPClusterConfig per local ASN and node selector: the peers, on the nodes that run a
 * speaker (the exclude-from-external-load-balancers label stays honoured through a DoesNotExist rule);</li>
 * <li>a CiliumBGPNodeConfigOverride per node whose peers set a router ID or source address.</li>
 * </ul>
 * What Cilium cannot express goes to {@code warnings} ({@link CiliumLimits}).
 */
public final class CiliumGenerator {
    public static final String API_VERSION = "cilium.io/v2";
    public static final String POOL_LABEL = "peerplan.io/pool";
    public static final String ADVERTISEMENT_LABEL = "peerplan.io/advertisement";

    private CiliumGenerator() {
    }

    public static List<ObjectNode> resources(Cluster c, List<String> warnings) {
        CiliumLimits.check(c, warnings);
        List<ObjectNode> docs = new ArrayList<>();
        ClusterView view = new ClusterView(c);
        c.metallb().pools().stream().filter(p -> !"layer2".equals(p.protocol())).forEach(p -> docs.add(pool(p)));
        view.advertisements().forEach(a -> docs.add(advertisement(c, a)));
        c.metallb().peers().stream().filter(CiliumLimits::exportable).forEach(p -> docs.add(peerConfig(view, p)));
        docs.addAll(clusterConfigs(c));
        docs.addAll(nodeOverrides(c));
        return docs;
    }

    private static ObjectNode pool(AddressPool p) {
        ObjectNode doc = K8sYaml.resource(API_VERSION, "CiliumLoadBalancerIPPool", p.name(), null);
        ObjectNode spec = doc.putObject("spec");
        if (Boolean.TRUE.equals(p.avoidBuggyIPs())) {
            // MetalLB skips .0 and .255 (avoidBuggyIPs); Cilium's nearest is not handing out each block's first and last IP.
            spec.put("allowFirstLastIPs", "No");
        }
        ArrayNode blocks = spec.putArray("blocks");
        for (String a : p.addresses()) {
            int dash = a.indexOf('-');
            if (dash > 0) {
                blocks.addObject().put("start", a.substring(0, dash).trim()).put("stop", a.substring(dash + 1).trim());
            } else {
                blocks.addObject().put("cidr", a.trim());
            }
        }
        spec.putObject("serviceSelector").putObject("matchLabels").put(POOL_LABEL, p.name());
        return doc;
    }

    /**
     * An advertisement's object name: its own, or for the default advertisement a legacy ConfigMap
     * pool without {@code bgp-advertisements} gets (MetalLB before 0.13), {@code POOL-default}.
     */
    private static String name(ClusterView.Advertisement a) {
        return a.implicit() ? a.ad().ipAddressPools().getFirst() + "-default" : a.name();
    }

    private static ObjectNode advertisement(Cluster c, ClusterView.Advertisement view) {
        BgpAdvertisement a = view.ad();
        ObjectNode doc = K8sYaml.resource(API_VERSION, "CiliumBGPAdvertisement", name(view), null);
        ((ObjectNode) doc.get("metadata")).putObject("labels").put(ADVERTISEMENT_LABEL, name(view));
        ObjectNode ad = doc.putObject("spec").putArray("advertisements").addObject();
        ad.put("advertisementType", "Service");
        K8sYaml.strings(ad.putObject("service"), "addresses", List.of("LoadBalancerIP"));
        ObjectNode expr = ad.putObject("selector").putArray("matchExpressions").addObject().put("key", POOL_LABEL);
        if (a.ipAddressPools().isEmpty()) {
            expr.put("operator", "Exists");
        } else {
            expr.put("operator", "In");
            K8sYaml.strings(expr, "values", a.ipAddressPools());
        }
        List<String> standard = new ArrayList<>();
        List<String> large = new ArrayList<>();
        for (String v : io.peerplan.export.frrk8s.NodeAnnouncements.communities(c, a)) {
            if (v.startsWith("large:")) {
                large.add(v.substring("large:".length()));
            } else {
                standard.add(v);
            }
        }
        if (!standard.isEmpty() || !large.isEmpty() || a.localPref() != null) {
            ObjectNode attrs = ad.putObject("attributes");
            if (!standard.isEmpty() || !large.isEmpty()) {
                ObjectNode comms = attrs.putObject("communities");
                K8sYaml.strings(comms, "standard", standard);
                K8sYaml.strings(comms, "large", large);
            }
            if (a.localPref() != null) {
                attrs.put("localPreference", a.localPref());
            }
        }
        return doc;
    }

    private static ObjectNode peerConfig(ClusterView view, BgpPeer p) {
        Cluster c = view.cluster();
        ObjectNode doc = K8sYaml.resource(API_VERSION, "CiliumBGPPeerConfig", p.name(), null);
        ObjectNode spec = doc.putObject("spec");
        if (p.passwordSecret() != null) {
            spec.put("authSecretRef", p.passwordSecret());
        }
        if (Boolean.TRUE.equals(p.ebgpMultiHop())) {
            // MetalLB's ebgpMultiHop is FRR's `ebgp-multihop` without a count: 255 hops.
            spec.put("ebgpMultihop", 255);
        }
        if (Boolean.TRUE.equals(p.enableGracefulRestart())) {
            spec.putObject("gracefulRestart").put("enabled", true);
        }
        CiliumTimers.put(spec, p);
        if (p.peerPort() != null) {
            spec.putObject("transport").put("peerPort", p.peerPort());
        }
        List<String> advs = view.advertisements().stream().filter(a -> a.ad().selectsPeer(p.name())).map(CiliumGenerator::name).toList();
        ArrayNode families = spec.putArray("families");
        for (String afi : CiliumLimits.families(c)) {
            ObjectNode f = families.addObject().put("afi", afi).put("safi", "unicast");
            if (!advs.isEmpty()) {
                ObjectNode e = f.putObject("advertisements").putArray("matchExpressions").addObject();
                e.put("key", ADVERTISEMENT_LABEL).put("operator", "In");
                K8sYaml.strings(e, "values", advs);
            }
        }
        return doc;
    }

    /** One CiliumBGPClusterConfig per local ASN and node selector (CiliumClusterConfig: the validator judges the same grouping). */
    private static List<ObjectNode> clusterConfigs(Cluster c) {
        List<ObjectNode> out = new ArrayList<>();
        for (CiliumClusterConfig cc : CiliumClusterConfig.of(c)) {
            ObjectNode doc = K8sYaml.resource(API_VERSION, "CiliumBGPClusterConfig", cc.name(), null);
            ObjectNode spec = doc.putObject("spec");
            nodeSelector(spec, cc.nodeSelector());
            ObjectNode instance = spec.putArray("bgpInstances").addObject().put("name", instanceName(cc.localAsn()));
            if (cc.localAsn() != null) {
                instance.put("localASN", cc.localAsn());
            }
            ArrayNode peers = instance.putArray("peers");
            for (BgpPeer p : cc.peers()) {
                ObjectNode o = peers.addObject().put("name", p.name());
                if (p.peerAddress() != null) {
                    o.put("peerAddress", p.peerAddress());
                }
                if (p.peerASN() != null) {
                    o.put("peerASN", p.peerASN());
                }
                o.putObject("peerConfigRef").put("name", p.name());
            }
            out.add(doc);
        }
        return out;
    }

    public static String instanceName(Long asn) {
        return "instance-" + (asn == null ? "0" : asn);
    }

    /** The peer's node selector plus "runs a speaker": the exclude label keeps a node out, as MetalLB honours it. */
    private static void nodeSelector(ObjectNode spec, LabelSelector s) {
        ObjectNode sel = spec.putObject("nodeSelector");
        if (s != null) {
            K8sYaml.map(sel, "matchLabels", s.matchLabels());
        }
        ArrayNode exprs = sel.putArray("matchExpressions");
        if (s != null) {
            for (LabelSelector.Requirement r : s.matchExpressions()) {
                ObjectNode e = exprs.addObject().put("key", r.key()).put("operator", r.operator());
                K8sYaml.strings(e, "values", r.values());
            }
        }
        exprs.addObject().put("key", Node.EXCLUDE_LABEL).put("operator", "DoesNotExist");
    }

    private static List<ObjectNode> nodeOverrides(Cluster c) {
        List<ObjectNode> out = new ArrayList<>();
        for (Node n : c.nodes()) {
            List<BgpPeer> peers = c.metallb().peers().stream()
                    .filter(p -> n.isSpeaker() && p.selects(n) && CiliumLimits.exportable(p)
                            && (p.routerID() != null || p.sourceAddress() != null)).toList();
            if (peers.isEmpty()) {
                continue;
            }
            ObjectNode doc = K8sYaml.resource(API_VERSION, "CiliumBGPNodeConfigOverride", n.name(), null);
            ArrayNode instances = doc.putObject("spec").putArray("bgpInstances");
            Map<Long, ObjectNode> byAsn = new LinkedHashMap<>();
            for (BgpPeer p : peers) {
                ObjectNode inst = byAsn.computeIfAbsent(p.myASN(), asn -> instances.addObject().put("name", instanceName(asn)));
                if (p.routerID() != null && !inst.has("routerID")) {
                    inst.put("routerID", p.routerID());
                }
                if (p.sourceAddress() != null) {
                    ArrayNode list = inst.has("peers") ? (ArrayNode) inst.get("peers") : inst.putArray("peers");
                    list.addObject().put("name", p.name()).put("localAddress", p.sourceAddress());
                }
            }
            out.add(doc);
        }
        return out;
    }
}
