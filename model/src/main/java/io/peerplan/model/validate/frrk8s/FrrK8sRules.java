package io.peerplan.model.validate.frrk8s;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.Speaker;
import io.peerplan.model.validate.MetalLbObjectName;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * frr-k8s's own checks (github.com/metallb/frr-k8s), run on the clusters whose speaker is frr-k8s.
 * The export writes one FRRConfiguration per speaker node holding the BGPPeers that select it,
 * one router per myASN and VRF; frr-k8s's webhook ({@code internal/webhooks validateConfig})
 * renders every node's configurations through {@code internal/controller apiToFRR} and refuses
 * what that refuses, so these rules judge the peers node by node as apiToFRR sees them.
 */
public final class FrrK8sRules {
    private static final String API_TO_CONFIG = "frr-k8s internal/controller/api_to_config.go";

    public static final RuleInfo BFD_PROFILE_UNDEFINED = RuleInfo.error("FRRK8S-BFD-PROFILE-UNDEFINED", RuleFamily.FRR_K8S,
            "A peer names a BFD profile the cluster does not define; frr-k8s refuses it outright, where MetalLB waits for the profile",
            API_TO_CONFIG + " neighborToFRR: \"neighbor %s referencing non existing BFDProfile %s\"");
    public static final RuleInfo LOCAL_ASN_IBGP = RuleInfo.error("FRRK8S-LOCAL-ASN-IBGP", RuleFamily.FRR_K8S,
            "A peer sets localASN on an iBGP session (peerASN = myASN)",
            API_TO_CONFIG + " routerToFRRConfig: \"localASN is not supported for iBGP sessions\"");
    public static final RuleInfo ROUTER_CONFLICT = RuleInfo.error("FRRK8S-ROUTER-CONFLICT", RuleFamily.FRR_K8S,
            "Peers on one node and VRF ask for different myASN or different router IDs; frr-k8s runs one router per VRF on a node",
            "frr-k8s internal/controller/merge.go mergeRouterConfigs / routersAreCompatible: \"different asns\", \"different router ids\"");
    public static final RuleInfo DISABLE_MP = RuleInfo.warning("FRRK8S-DISABLE-MP", RuleFamily.FRR_K8S,
            "A peer sets disableMP, which frr-k8s ignores",
            "frr-k8s internal/webhooks/frrconfiguration_webhook.go validateConfig / containsDisableMP: \"disableMP is deprecated, is ignored\"");

    private FrrK8sRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(BFD_PROFILE_UNDEFINED, FrrK8sRules::bfdProfileUndefined), Rule.of(LOCAL_ASN_IBGP, FrrK8sRules::localAsnIbgp),
                Rule.of(ROUTER_CONFLICT, FrrK8sRules::routerConflict), Rule.of(DISABLE_MP, FrrK8sRules::disableMp));
    }

    static void bfdProfileUndefined(Context ctx, Sink sink) {
        for (Cluster c : ctx.clustersOf(Speaker.FRR_K8S)) {
            for (BgpPeer p : c.metallb().peers()) {
                if (p.bfdProfile() != null && !p.bfdProfile().isEmpty() && c.metallb().bfdProfile(p.bfdProfile()).isEmpty()) {
                    sink.report(peer(c, p) + ": neighbor " + neighborName(p) + " referencing non existing BFDProfile " + p.bfdProfile()
                                    + " (frr-k8s's webhook refuses the FRRConfiguration)",
                            List.of(c.id()), "define BFD profile " + p.bfdProfile() + " in the cluster, or fix the peer's bfdProfile");
                }
            }
        }
    }

    static void localAsnIbgp(Context ctx, Sink sink) {
        for (Cluster c : ctx.clustersOf(Speaker.FRR_K8S)) {
            for (BgpPeer p : c.metallb().peers()) {
                long peerAsn = p.peerASN() == null ? 0 : p.peerASN();
                if (p.localASN() != null && p.localASN() != 0 && peerAsn != 0 && Objects.equals(p.peerASN(), p.myASN())) {
                    sink.report(peer(c, p) + ": neighbor " + neighborName(p) + ": localASN is not supported for iBGP sessions (neighbor ASN "
                            + peerAsn + " equals router ASN)", List.of(c.id()), "remove localASN, or peer over eBGP");
                }
            }
        }
    }

    /** Per node and VRF, every peer against the first one: apiToFRR merges them into one router. */
    static void routerConflict(Context ctx, Sink sink) {
        for (Cluster c : ctx.clustersOf(Speaker.FRR_K8S)) {
            java.util.Set<BgpPeer> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Node n : c.nodes()) {
                Map<String, BgpPeer> firstInVrf = new LinkedHashMap<>();
                Map<String, BgpPeer> firstRouterId = new LinkedHashMap<>();
                for (BgpPeer p : peersOn(c, n)) {
                    String vrf = Objects.toString(p.vrf(), "");
                    BgpPeer first = firstInVrf.putIfAbsent(vrf, p);
                    String problem = null;
                    if (first != null && !Objects.equals(first.myASN(), p.myASN())) {
                        problem = "different asns (" + first.myASN() + " != " + p.myASN() + ") specified for same vrf: " + vrf;
                    } else if (p.routerID() != null && !p.routerID().isEmpty()) {
                        BgpPeer withId = firstRouterId.putIfAbsent(vrf, p);
                        if (withId != null && !withId.routerID().equals(p.routerID())) {
                            first = withId;
                            problem = "different router ids (" + withId.routerID() + " != " + p.routerID() + ") specified for same vrf: " + vrf;
                        }
                    }
                    if (problem != null && reported.add(p)) {
                        sink.report(peer(c, p) + ": on node " + n.name() + " with " + first.name() + ": " + problem,
                                List.of(n.id(), c.id()), "give the peers of one node and VRF the same myASN and router ID, or make their nodeSelectors disjoint");
                    }
                }
            }
        }
    }

    static void disableMp(Context ctx, Sink sink) {
        for (Cluster c : ctx.clustersOf(Speaker.FRR_K8S)) {
            for (BgpPeer p : c.metallb().peers()) {
                if (Boolean.TRUE.equals(p.disableMP())) {
                    sink.report(peer(c, p) + ": disableMP is deprecated, is ignored and will be removed in a future release (frr-k8s)",
                            List.of(c.id()), "remove disableMP; frr-k8s carries each family the neighbor's address belongs to");
                }
            }
        }
    }

    /** The peers the export puts in the node's FRRConfiguration (FrrConfigurationGenerator: speaker nodes the peer selects). */
    private static List<BgpPeer> peersOn(Cluster c, Node n) {
        return n.isSpeaker() ? c.metallb().peers().stream().filter(p -> p.selects(n)).toList() : List.of();
    }

    private static String peer(Cluster c, BgpPeer p) {
        return new MetalLbObjectName("BGPPeer", p.name()).in(c.displayName());
    }

    /** frr-k8s's neighborName: {@code ASN@address}, the dynamic ASN mode in place of a number, the interface without an address. */
    private static String neighborName(BgpPeer p) {
        String asn = p.dynamicASN() != null && !p.dynamicASN().isEmpty() ? p.dynamicASN() : String.valueOf(p.peerASN() == null ? 0 : p.peerASN());
        return asn + "@" + (p.peerAddress() == null || p.peerAddress().isEmpty() ? Objects.toString(p.interfaceName(), "") : p.peerAddress());
    }
}
