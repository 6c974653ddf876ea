package io.peerplan.model.validate.metallb;

import static io.peerplan.model.validate.metallb.Where.q;
import static io.peerplan.model.validate.metallb.Where.u32;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.BgpCommunity;
import io.peerplan.model.validate.core.ClusterView;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.PoolView;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            "In FRR mode, BGPPeers set different routerIDs", VALIDATION_GO + " DiscardNativeOnly: \"in FRR mode all RouterID must be equal\"");
    public static final RuleInfo FRR_MY_ASN = RuleInfo.error("METALLB-FRR-MY-ASN", RuleFamily.METALLB,
            "In FRR mode, BGPPeers in one VRF use different myASN", VALIDATION_GO + " DiscardNativeOnly: \"all myAsn must be equal for the same VRF\"");
    public static final RuleInfo FRR_DUPLICATE_PEER = RuleInfo.error("METALLB-FRR-DUPLICATE-PEER", RuleFamily.METALLB,
            "In FRR mode, two BGPPeers with the same address and VRF select a common node",
            VALIDATION_GO + " DiscardNativeOnly / peersShareNode: \"FRR mode doesn't support duplicate BGPPeers\"");
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

    static void frrRouterId(Context ctx, Sink sink) {
        for (Cluster c : frr(ctx)) {
            List<BgpPeer> peers = c.metallb().peers();
            for (int i = 1; i < peers.size(); i++) {
                String first = text(peers.getFirst().routerID());
                String id = text(peers.get(i).routerID());
                if (!id.equals(first)) {
                    sink.report(Where.of(c, "BGPPeer", peers.get(i).name()) + ": peer " + shown(id) + " has RouterID different from " + shown(first)
                                    + ", in FRR mode all RouterID must be equal",
                            Where.ids(c), "give every BGPPeer the same routerID (or none)");
                }
            }
        }
    }

    static void frrMyAsn(Context ctx, Sink sink) {
        for (Cluster c : frr(ctx)) {
            Map<String, BgpPeer> firstPerVrf = new HashMap<>();
            for (BgpPeer p : c.metallb().peers()) {
                BgpPeer first = firstPerVrf.putIfAbsent(text(p.vrf()), p);
                if (first != null && u32(first.myASN()) != u32(p.myASN())) {
                    sink.report(Where.of(c, "BGPPeer", p.name()) + ": peer " + identifier(p) + " has myAsn different from " + identifier(first)
                                    + ", in FRR mode all myAsn must be equal for the same VRF",
                            Where.ids(c), "use myASN " + u32(first.myASN()) + " on every BGPPeer of VRF " + (text(p.vrf()).isEmpty() ? "default" : p.vrf()));
                }
            }
        }
    }

    static void frrDuplicatePeer(Context ctx, Sink sink) {
        for (Cluster c : frr(ctx)) {
            Map<String, List<BgpPeer>> byId = new LinkedHashMap<>();
            for (BgpPeer p : c.metallb().peers()) {
                List<BgpPeer> same = byId.computeIfAbsent(identifier(p), k -> new ArrayList<>());
                for (BgpPeer existing : same) {
                    Node shared = sharedNode(c, existing, p);
                    if (shared != null || c.nodes().isEmpty()) {
                        sink.report(Where.of(c, "BGPPeer", p.name()) + ": peer " + identifier(p) + " already exists, FRR mode doesn't "
                                        + "support duplicate BGPPeers (" + existing.name() + " and " + p.name()
                                        + (shared == null ? " select the same nodes" : " both select node " + shared.name()) + ")",
                                shared == null ? Where.ids(c) : List.of(shared.id(), c.id()),
                                "make their nodeSelectors disjoint or merge them");
                        break;
                    }
                }
                same.add(p);
            }
        }
    }

    static void nativeUnsupported(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            if (c.effectiveBackend() != Cluster.Backend.NATIVE) {
                continue;
            }
            String hint = "use backend frr or frr-k8s, or remove the setting";
            for (BgpPeer p : c.metallb().peers()) {
                for (String problem : peerProblems(p)) {
                    sink.report(Where.of(c, "BGPPeer", p.name()) + ": peer " + text(p.peerAddress()) + " has " + problem + " set on native bgp mode",
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

    private static List<Cluster> frr(Context ctx) {
        return ctx.topology().clusters().stream().filter(c -> c.effectiveBackend().isFrr()).toList();
    }

    /** MetalLB prints an unset routerID as an empty string; Peerplan says so. */
    private static String shown(String routerId) {
        return routerId.isEmpty() ? "(none)" : routerId;
    }

    private static String text(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
