package io.peerplan.model.validate.frrk8s;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Speaker;
import io.peerplan.model.ToReceive;
import io.peerplan.model.validate.MetalLbObjectName;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.List;

/** A peer's frr-k8s {@code toReceive}: the selectors frr-k8s refuses, and the speakers that do not read it. */
public final class ReceiveRules {
    public static final RuleInfo SELECTOR = RuleInfo.error("FRRK8S-TO-RECEIVE-SELECTOR", RuleFamily.FRR_K8S,
            "A toReceive mode or prefix selector frr-k8s refuses (not a CIDR; le or ge outside 1..128; mask <= ge <= le broken)",
            "frr-k8s internal/controller/api_to_config.go filterForSelector / validateSelectorLengths; CRD PrefixSelector le, ge Minimum=1 Maximum=128, AllowMode Enum=all;filtered");
    public static final RuleInfo IGNORED = RuleInfo.warning("FRRK8S-TO-RECEIVE-IGNORED", RuleFamily.FRR_K8S,
            "A peer of a MetalLB or Cilium cluster sets toReceive, which only frr-k8s reads: the nodes still accept no route",
            "MetalLB BGPPeer (metallb.io/v1beta2) and Cilium CiliumBGPPeerConfigSpec (bgp_peer_types.go) have no toReceive");

    private ReceiveRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(SELECTOR, ReceiveRules::selector), Rule.of(IGNORED, ReceiveRules::ignored));
    }

    static void selector(Context ctx, Sink sink) {
        for (Cluster c : ctx.clustersOf(Speaker.FRR_K8S)) {
            for (BgpPeer p : c.metallb().peers()) {
                ToReceive r = p.toReceive();
                if (r == null) {
                    continue;
                }
                if (r.mode() != null && !r.acceptsAll() && !ToReceive.FILTERED.equals(r.mode())) {
                    report(sink, c, p, "toReceive.allowed.mode \"" + r.mode() + "\" is neither all nor filtered");
                }
                for (ToReceive.Selector s : r.prefixes()) {
                    String problem = problem(s);
                    if (problem != null) {
                        report(sink, c, p, problem);
                    }
                }
            }
        }
    }

    /** filterForSelector: the prefix parses, then validateSelectorLengths (0 means unset); the CRD bounds le and ge first. */
    private static String problem(ToReceive.Selector s) {
        IpPrefix prefix;
        try {
            prefix = s.prefix() == null || s.prefix().trim().equals("any") ? null : IpPrefix.parse(s.prefix());
        } catch (IllegalArgumentException e) {
            prefix = null;
        }
        if (prefix == null) {
            return "failed to parse prefix " + s.prefix() + ": invalid CIDR address: " + s.prefix();
        }
        int le = s.le() == null ? 0 : s.le();
        int ge = s.ge() == null ? 0 : s.ge();
        if (le < 0 || le > 128 || ge < 0 || ge > 128) {
            return "prefix " + s.prefix() + ": le and ge must be in 1..128 (le " + le + ", ge " + ge + ")";
        }
        int mask = prefix.length();
        if (le > 0 && ge > le) {
            return "invalid selector lengths: ge " + ge + " is bigger than le " + le;
        }
        if (le > 0 && mask > le) {
            return "invalid selector lengths: cidr mask " + mask + " is bigger than le " + le;
        }
        if (ge > 0 && mask > ge) {
            return "invalid selector lengths: cidr mask " + mask + " is bigger than ge " + ge;
        }
        return null;
    }

    static void ignored(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            if (c.effectiveSpeaker() == Speaker.FRR_K8S) {
                continue;
            }
            for (BgpPeer p : c.metallb().peers()) {
                if (p.toReceive() != null) {
                    sink.report(peer(c, p) + ": toReceive has no effect with " + c.effectiveSpeaker().label()
                                    + ", whose nodes accept no route from their peers", List.of(c.id()),
                            "switch the cluster to frr-k8s, or remove toReceive");
                }
            }
        }
    }

    private static void report(Sink sink, Cluster c, BgpPeer p, String problem) {
        sink.report(peer(c, p) + ": " + problem, List.of(c.id()), "write each selector as a CIDR with mask <= ge <= le (1..128), or use mode: all");
    }

    private static String peer(Cluster c, BgpPeer p) {
        return new MetalLbObjectName("BGPPeer", p.name()).in(c.displayName());
    }
}
