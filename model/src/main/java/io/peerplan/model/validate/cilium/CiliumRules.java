package io.peerplan.model.validate.cilium;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.KubeSecret;
import io.peerplan.model.Node;
import io.peerplan.model.Speaker;
import io.peerplan.model.session.MetalLbTimers;
import io.peerplan.model.validate.MetalLbObjectName;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.List;

/**
 * Cilium's own checks of the BGP Control Plane v2 objects a cluster whose speaker is Cilium gets:
 * the CRD schema's limits (pkg/k8s/apis/cilium.io/v2/bgp_*_types.go kubebuilder markers), the
 * operator's node assignment (operator/pkg/bgpv2) and the agent's peer reconciler
 * (pkg/bgpv1/manager/reconcilerv2).
 */
public final class CiliumRules {
    public static final RuleInfo CLUSTER_CONFIG_CONFLICT = RuleInfo.error("CILIUM-CLUSTER-CONFIG-CONFLICT", RuleFamily.CILIUM,
            "Two CiliumBGPClusterConfigs (peers of different myASN or node selectors) select one node; Cilium gives the node to one of them",
            "Cilium operator/pkg/bgpv2/cluster.go upsertNodeConfigs / updateConflictingClusterConfigsCondition: "
                    + "\"Selecting the same node(s) with ClusterConfig(s)\"");
    public static final RuleInfo TIMERS = RuleInfo.error("CILIUM-TIMERS", RuleFamily.CILIUM,
            "A peer's hold time is under 3 s (MetalLB's 0 s included) or its keepalive under 1 s, below CiliumBGPTimers' minimums",
            "Cilium pkg/k8s/apis/cilium.io/v2/bgp_peer_types.go CiliumBGPTimers: holdTimeSeconds Minimum=3, keepAliveTimeSeconds Minimum=1");
    public static final RuleInfo AUTH_SECRET = RuleInfo.error("CILIUM-AUTH-SECRET", RuleFamily.CILIUM,
            "A peer's password Secret has no 'password' key",
            "Cilium pkg/bgpv1/manager/reconcilerv2/neighbor.go getPeerPassword: \"failed to fetch secret %q: missing password key\"");

    public static final RuleInfo AGGREGATION_IGNORED = RuleInfo.warning("CILIUM-AGGREGATION-IGNORED", RuleFamily.CILIUM,
            "An advertisement of a Cilium cluster sets an IPv4 aggregationLength other than 32; Cilium announces each service IP as a /32",
            "Cilium pkg/k8s/apis/cilium.io/v2/bgp_advert_types.go BGPServiceOptions of the v2 CRD Peerplan exports: address types only, no aggregation");

    private CiliumRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(CLUSTER_CONFIG_CONFLICT, CiliumRules::clusterConfigConflict), Rule.of(TIMERS, CiliumRules::timers),
                Rule.of(AUTH_SECRET, CiliumRules::authSecret), Rule.of(AGGREGATION_IGNORED, CiliumRules::aggregationIgnored));
    }

    /** Per node, the configs selecting it: the operator writes the node's CiliumBGPNodeConfig for the first only. */
    static void clusterConfigConflict(Context ctx, Sink sink) {
        for (Cluster c : ctx.clustersOf(Speaker.CILIUM)) {
            List<CiliumClusterConfig> configs = CiliumClusterConfig.of(c);
            for (Node n : c.nodes()) {
                List<CiliumClusterConfig> selecting = configs.stream().filter(cc -> cc.selects(n)).toList();
                if (selecting.size() > 1) {
                    List<String> names = selecting.stream().map(cc -> cc.name() + " (" + peerNames(cc) + ")").toList();
                    sink.report("cluster " + c.displayName() + ": node " + n.name() + " is selected by CiliumBGPClusterConfigs "
                                    + String.join(" and ", names) + "; Cilium's operator reports \"Selecting the same node(s) with "
                                    + "ClusterConfig(s)\" and configures the node from one of them only, so the other peers open no session there",
                            List.of(n.id(), c.id()), "give the peers one myASN and one node selector on a node, or make their nodeSelectors disjoint");
                }
            }
        }
    }

    static void timers(Context ctx, Sink sink) {
        for (Cluster c : ctx.clustersOf(Speaker.CILIUM)) {
            for (BgpPeer p : c.metallb().peers()) {
                MetalLbTimers t;
                try {
                    t = MetalLbTimers.of(p);
                } catch (IllegalArgumentException e) {
                    continue; // an unreadable duration is METALLB-PEER-HOLD-TIME's / -KEEPALIVE-TIME's finding
                }
                if (!t.set()) {
                    continue; // Cilium's defaults, 90 s / 30 s
                }
                int hold = t.holdSeconds(MetalLbTimers.DEFAULT_HOLD);
                int keepalive = t.keepaliveSeconds(MetalLbTimers.DEFAULT_HOLD);
                if (hold < 3 || keepalive < 1) {
                    sink.report(peer(c, p) + ": CiliumBGPPeerConfig timers holdTimeSeconds " + hold + ", keepAliveTimeSeconds " + keepalive
                                    + ": Cilium wants a hold time of at least 3 s and a keepalive of at least 1 s (it has no hold time 0 to turn keepalives off)",
                            List.of(c.id()), "use a hold time of at least 3 s, e.g. 90s with keepaliveTime 30s");
                }
            }
        }
    }

    static void authSecret(Context ctx, Sink sink) {
        for (Cluster c : ctx.clustersOf(Speaker.CILIUM)) {
            for (BgpPeer p : c.metallb().peers()) {
                KubeSecret secret = p.passwordSecret() == null ? null : c.metallb().secret(p.passwordSecret()).orElse(null);
                if (secret != null && !secret.keys().contains(KubeSecret.PASSWORD_KEY)) {
                    sink.report(peer(c, p) + ": failed to fetch secret \"" + secret.name() + "\": missing password key (the Cilium agent "
                                    + "stops reconciling the peers of this BGP instance)",
                            List.of(c.id()), "put the TCP-MD5 password under the key 'password' of Secret " + secret.name());
                }
            }
        }
    }

    static void aggregationIgnored(Context ctx, Sink sink) {
        for (Cluster c : ctx.clustersOf(Speaker.CILIUM)) {
            for (var ad : c.metallb().advertisements()) {
                if (ad.aggregationLength() != null && ad.aggregationLength() != 32) {
                    sink.report(new MetalLbObjectName("BGPAdvertisement", ad.name()).in(c.displayName()) + ": aggregationLength "
                                    + ad.aggregationLength() + " has no Cilium equivalent: each service IP is announced as a /32",
                            List.of(c.id()), "remove aggregationLength, or keep a speaker that aggregates (MetalLB, frr-k8s)");
                }
            }
        }
    }

    private static String peerNames(CiliumClusterConfig cc) {
        return "peer" + (cc.peers().size() == 1 ? " " : "s ") + String.join(", ", cc.peers().stream().map(BgpPeer::name).toList());
    }

    private static String peer(Cluster c, BgpPeer p) {
        return new MetalLbObjectName("BGPPeer", p.name()).in(c.displayName());
    }
}
