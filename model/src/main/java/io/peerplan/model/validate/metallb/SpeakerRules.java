package io.peerplan.model.validate.metallb;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Speaker;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.List;

/** What a cluster's peers ask for that its speaker (Speaker) does not do. */
public final class SpeakerRules {
    public static final RuleInfo CILIUM_NO_BFD = RuleInfo.warning("METALLB-SPEAKER-CILIUM-NO-BFD", RuleFamily.METALLB,
            "A peer of a Cilium cluster names a BFD profile, but Cilium's BGP control plane has no BFD: failover waits for the hold timer",
            "Cilium pkg/k8s/apis/cilium.io/v2/bgp_peer_types.go CiliumBGPPeerConfigSpec (timers, auth, graceful restart, families; no BFD)");

    private SpeakerRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(CILIUM_NO_BFD, SpeakerRules::ciliumNoBfd));
    }

    static void ciliumNoBfd(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            if (c.effectiveSpeaker() != Speaker.CILIUM) {
                continue;
            }
            for (BgpPeer p : c.metallb().peers()) {
                if (p.bfdProfile() != null) {
                    sink.report(Where.of(c, "BGPPeer", p.name()) + ": BFD profile " + p.bfdProfile()
                            + " has no effect with Cilium; a failed node is noticed when the hold timer expires",
                            Where.ids(c), "lower the peer's holdTime, or keep a speaker with BFD (metallb in FRR mode, or frr-k8s)");
                }
            }
        }
    }
}
