package io.peerplan.model.validate.metallb;

import static io.peerplan.model.validate.metallb.Where.q;
import static io.peerplan.model.validate.metallb.Where.u32;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.Speaker;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.BgpCommunity;
import io.peerplan.model.validate.core.ClusterView;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.PoolView;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What depends on MetalLB's BGP implementation (internal/config/validation.go): in FRR modes
 * ({@code DiscardNativeOnly}) all peers share one FRR instance per node, so router IDs and myASN must
 * agree and an address may not repeat on a node; the native speaker ({@code DiscardFRROnly}) knows
 * none of BFD, VRFs, dynamic ASNs, unnumbered peers, IPv6 over BGP or large communities.
 */
public final class ModeRules {
    private static final String VALIDATION_GO = "MetalLB internal/config/validation.go";

    public static final RuleInfo FRR_ROUTER_ID = RuleInfo.error("METALLB-FRR-ROUTER-ID", RuleFamily.METALLB,
            "In FRR mode, BGPPeers that can share a node set different routerIDs",
            VALIDATION_GO + " checkFRRPeersCompatible / peersCanRunOnSameNode: \"in FRR mode peers selecting the same node must all have the same RouterID\"");
    public static final RuleInfo FRR_MY_ASN = RuleInfo.error("METALLB-FRR-MY-ASN", RuleFamily.METALLB,
            "In FRR mode, BGPPeers in one VRF that can share a node use different myASN",
            VALIDATION_GO + " checkFRRPeersCompatible / peersCanRunOnSameNode: \"peers selecting the same node must have the same myAsn within the same VRF\"");
    public static final RuleInfo FRR_DUPLICATE_PEER = RuleInfo.error("METALLB-FRR-DUPLICATE-PEER", RuleFamily.METALLB,
            "In FRR mode, two BGPPeers with the same address and VRF select a common node",
            VALIDATION_GO + " checkFRRPeersCompatible / peersShareNode: \"FRR mode doesn't support duplicate BGPPeers selecting the same node\"");
    public static final RuleInfo NATIVE_UNSUPPORTED = RuleInfo.error("METALLB-NATIVE-UNSUPPORTED", RuleFamily.METALLB,
            "The native BGP speaker does not support a setting (BFD, keepalive, VRF, connectTime, graceful restart, "
                    + "disableMP, dynamicASN, interface, localASN, IPv6 over BGP, large communities)",
            VALIDATION_GO + " DiscardFRROnly; BGPPeer API: localASN \"not supported in native BGP mode\"");

    private ModeRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(FRR_ROUTER_ID, ModeRules::frrRouterId), Rule.of(FRR_MY_ASN, ModeRules::frrMyAsn),
                Rule.of(FRR_DUPLICATE_PEER, ModeRules::frrDuplicatePeer), Rule.of(NATIVE_UNSUPPORTED, ModeRules::nativeUnsupported));
    }

    /**
     * Two BGPPeers that can land on one node, so on one FRR instance (validation.go
     * checkFRRPeersCompatible / peersShareNode): a node both select, or none when the cluster lists no
     * node (MetalLB then conservatively assumes they share one).
     */
    private record Pair(BgpPeer peer, BgpPeer earlier, Node shared) {
        /** Why the two count as sharing a node, in words. */
        String why(Cluster c) {
            return shared != null ? earlier.name() + " and " + peer.name() + " both select node " + shared.name()
                    : "no Node of cluster " + c.displayName() + " is known, so MetalLB assumes " + earlier.name() + " and "
                            + peer.name() + " can share one";
        }

        List<String> ids(Cluster c) {
            return shared == null ? Where.ids(c) : List.of(shared.id(), c.id());
        }
    }

    /** Every peer with each earlier peer it can share a node with, in MetalLB's order (j &lt; i). */
    private static List<Pair> sharingPairs(Cluster c) {
        List<BgpPeer> peers = c.metallb().peers();
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < peers.size(); i++) {
            for (int j = 0; j < i; j++) {
                Node shared = sharedNode(c, peers.get(i), peers.get(j));
                if (shared != null || c.nodes().isEmpty()) {
                    out.add(new Pair(peers.get(i), peers.get(j), shared));
                }
            }
        }
        return out;
    }

    static void frrRouterId(Context ctx, Sink sink) {
        for (Cluster c : frr(ctx)) {
            java.util.Set<BgpPeer> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Pair pair : sharingPairs(c)) {
                String id = text(pair.peer().routerID());
                String other = text(pair.earlier().routerID());
                if (!id.equals(other) && reported.add(pair.peer())) {
                    sink.report(Where.of(c, "BGPPeer", pair.peer().name()) + ": peer " + pair.peer().name() + " has RouterID " + shown(id)
                                    + " different from " + shown(other) + " of " + pair.earlier().name()
                                    + ", in FRR mode peers selecting the same node must all have the same RouterID (" + pair.why(c) + ")",
                            pair.ids(c), "give both BGPPeers the same routerID (or none), or make their nodeSelectors disjoint");
                }
            }
        }
    }

    static void frrMyAsn(Context ctx, Sink sink) {
        for (Cluster c : frr(ctx)) {
            java.util.Set<BgpPeer> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Pair pair : sharingPairs(c)) {
                BgpPeer p = pair.peer();
                BgpPeer q = pair.earlier();
                if (u32(p.myASN()) != u32(q.myASN()) && text(p.vrf()).equals(text(q.vrf())) && reported.add(p)) {
                    sink.report(Where.of(c, "BGPPeer", p.name()) + ": peer " + named(p) + " has myAsn " + u32(p.myASN()) + " different from "
                                    + named(q) + " (myAsn " + u32(q.myASN()) + "), in FRR mode peers selecting the same node must have "
                                    + "the same myAsn within the same VRF (" + pair.why(c) + ")",
                            pair.ids(c), "use myASN " + u32(q.myASN()) + " on both (VRF " + (text(p.vrf()).isEmpty() ? "default" : p.vrf())
                                    + "), or make their nodeSelectors disjoint");
                }
            }
        }
    }

    static void frrDuplicatePeer(Context ctx, Sink sink) {
        for (Cluster c : frr(ctx)) {
            java.util.Set<BgpPeer> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (Pair pair : sharingPairs(c)) {
                BgpPeer p = pair.peer();
                if (identifier(p).equals(identifier(pair.earlier())) && !identifier(p).isEmpty() && reported.add(p)) {
                    sink.report(Where.of(c, "BGPPeer", p.name()) + ": peer " + identifier(p) + " already exists, FRR mode doesn't "
                                    + "support duplicate BGPPeers selecting the same node (" + pair.why(c) + ")",
                            pair.ids(c), "make their nodeSelectors disjoint or merge them");
                }
            }
        }
    }

    /** MetalLB's PeerIdentifier, or the object's name when it has neither address nor interface (never a blank). */
    private static String named(BgpPeer p) {
        String id = identifier(p);
        return id.isEmpty() || id.startsWith("-") ? "(BGPPeer " + p.name() + ")" : id + " (BGPPeer " + p.name() + ")";
    }

    static void nativeUnsupported(Context ctx, Sink sink) {
        // The backend is only read when MetalLB is the speaker: a cluster switched to frr-k8s or Cilium keeps it unused.
        for (Cluster c : ctx.clustersOf(Speaker.METALLB)) {
            if (c.effectiveBackend() != Cluster.Backend.NATIVE) {
                continue;
            }
            String hint = "use backend frr or frr-k8s, or remove the setting";
            for (BgpPeer p : c.metallb().peers()) {
                for (String problem : peerProblems(p)) {
                    String peer = PeerRules.blank(p.peerAddress()) ? "(BGPPeer " + p.name() + ")" : p.peerAddress();
                    sink.report(Where.of(c, "BGPPeer", p.name()) + ": peer " + peer + " has " + problem + " set on native bgp mode",
                            Where.ids(c), hint);
                }
            }
            if (!c.metallb().bfdProfiles().isEmpty()) {
                sink.report("cluster " + c.displayName() + ": bfd profiles section set (native bgp mode has no BFD)", Where.ids(c), hint);
            }
            ClusterView v = ctx.view(c);
            for (PoolView pool : v.pools()) {
                boolean advertised = v.advertisements().stream().anyMatch(a -> a.pools().contains(pool.name()));
                pool.cidrs().stream().filter(x -> x.isIPv6()).findFirst().filter(x -> advertised).ifPresent(x ->
                        sink.report(Where.of(c, "IPAddressPool", pool.name()) + ": pool " + q(pool.name()) + " has ipv6 CIDR "
                                + io.peerplan.model.session.Ips.cidrText(x) + ", native bgp mode does not support ipv6", Where.ids(c), hint));
            }
            for (var ad : c.metallb().advertisements()) {
                for (String s : ad.communities()) {
                    if (BgpCommunity.parse(s).kind() == BgpCommunity.Kind.LARGE) {
                        sink.report(Where.of(c, "BGPAdvertisement", ad.name()) + ": native BGP mode only supports legacy communities, BGP advertisement "
                                + q(ad.name()) + " has non legacy community " + q(s), Where.ids(c), hint);
                    }
                }
            }
            for (var co : c.metallb().communities()) {
                for (var alias : co.communities()) {
                    if (BgpCommunity.parse(alias.value()).kind() == BgpCommunity.Kind.LARGE) {
                        sink.report(Where.of(c, "Community", co.name()) + ": native BGP mode only supports legacy communities, BGP community CR "
                                + q(co.name()) + " has non legacy community " + q(alias.value()), Where.ids(c), hint);
                    }
                }
            }
        }
    }

    private static List<String> peerProblems(BgpPeer p) {
        List<String> out = new ArrayList<>();
        if (!PeerRules.blank(p.bfdProfile())) {
            out.add("bfd-profile");
        }
        if (p.keepaliveTime() != null && !isZero(p.keepaliveTime())) {
            out.add("keepalive-time");
        }
        if (!PeerRules.blank(p.vrf())) {
            out.add("vrf");
        }
        if (p.connectTime() != null) {
            out.add("connect time");
        }
        if (Boolean.TRUE.equals(p.enableGracefulRestart())) {
            out.add("EnableGracefulRestart flag");
        }
        if (Boolean.TRUE.equals(p.disableMP())) {
            out.add("disable MP flag");
        }
        if (!PeerRules.blank(p.dynamicASN())) {
            out.add("dynamicASN");
        }
        if (!PeerRules.blank(p.interfaceName())) {
            out.add("interface");
        }
        if (u32(p.localASN()) != 0) {
            out.add("localASN");
        }
        if (Boolean.TRUE.equals(p.dualStackAddressFamily())) {
            out.add("dualstackaddressfamily flag");
        }
        return out;
    }

    private static boolean isZero(String duration) {
        try {
            return io.peerplan.model.session.GoDuration.parse(duration).nanos() == 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** MetalLB's PeerIdentifier: the address (or interface), with "-VRF" when a VRF is set. */
    static String identifier(BgpPeer p) {
        String id = PeerRules.blank(p.peerAddress()) ? text(p.interfaceName()) : p.peerAddress();
        return PeerRules.blank(p.vrf()) ? id : id + "-" + p.vrf();
    }

    /** A node both peers select (peersShareNode), or null. */
    private static Node sharedNode(Cluster c, BgpPeer a, BgpPeer b) {
        return c.nodes().stream().filter(n -> a.selects(n) && b.selects(n)).findFirst().orElse(null);
    }

    /** MetalLB clusters in an FRR mode; frr-k8s on its own has its own router checks (FrrK8sRules). */
    private static List<Cluster> frr(Context ctx) {
        return ctx.clustersOf(Speaker.METALLB).stream().filter(c -> c.effectiveBackend().isFrr()).toList();
    }

    /** MetalLB prints an unset routerID as an empty string; Peerplan says so. */
    private static String shown(String routerId) {
        return routerId.isEmpty() ? "(none set)" : q(routerId);
    }

    private static String text(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
