package io.peerplan.model.validate.metallb;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.ClusterView;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.PoolView;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** BFDProfile rules: {@code bfdProfileFromCR} in MetalLB's config.go and {@code validateConfig} in validation.go. */
public final class BfdRules {
    public static final RuleInfo RANGE = RuleInfo.error("METALLB-BFD-RANGE", RuleFamily.METALLB,
            "A BFDProfile value is outside its range (intervals 10..60000 ms, multiplier 2..255, minimumTtl 1..254)",
            "MetalLB internal/config/config.go bfdProfileFromCR / bfdIntFromConfig; CRD metallb.io_bfdprofiles.yaml");
    public static final RuleInfo DUPLICATE_NAME = RuleInfo.error("METALLB-BFD-DUPLICATE-NAME", RuleFamily.METALLB,
            "Two BFDProfiles have the same name", "MetalLB internal/config/config.go bfdProfilesFor: \"found duplicate bfd profile name\"");
    public static final RuleInfo ECHO_IPV6 = RuleInfo.error("METALLB-BFD-ECHO-IPV6", RuleFamily.METALLB,
            "An IPv6 pool is advertised to a peer whose BFD profile enables echo mode",
            "MetalLB internal/config/validation.go validateConfig: \"which has bfd echo enabled, which is not possible\"");

    private BfdRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(RANGE, BfdRules::range), Rule.of(DUPLICATE_NAME, BfdRules::duplicateName),
                Rule.of(ECHO_IPV6, BfdRules::echoIpv6));
    }

    static void range(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            for (MetalLbBfdProfile p : c.metallb().bfdProfiles()) {
                String where = Where.of(c, "BFDProfile", p.name()) + ": parsing bfd profile: ";
                check(sink, c, where, "detect multiplier", p.detectMultiplier(), 2, 255);
                check(sink, c, where, "receive interval", p.receiveInterval(), 10, 60000);
                check(sink, c, where, "transmit interval", p.transmitInterval(), 10, 60000);
                check(sink, c, where, "minimum ttl", p.minimumTtl(), 1, 254);
                check(sink, c, where, "echo interval", p.echoInterval(), 10, 60000);
            }
        }
    }

    private static void check(Sink sink, Cluster c, String where, String what, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            sink.report(where + "invalid " + what + " value: invalid value " + value + ", must be in " + min + "-" + max + " range",
                    Where.ids(c), what + " must be in " + min + ".." + max);
        }
    }

    static void duplicateName(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            Set<String> seen = new HashSet<>();
            for (MetalLbBfdProfile p : c.metallb().bfdProfiles()) {
                if (!seen.add(p.name())) {
                    sink.report(Where.of(c, "BFDProfile", p.name()) + ": found duplicate bfd profile name " + p.name(), Where.ids(c),
                            "rename one of the profiles");
                }
            }
        }
    }

    static void echoIpv6(Context ctx, Sink sink) {
        // MetalLB's own validateConfig; frr-k8s's apiToFRR and Cilium (no BFD) have no such check.
        for (Cluster c : ctx.clustersOf(io.peerplan.model.Speaker.METALLB)) {
            ClusterView v = ctx.view(c);
            for (PoolView pool : v.pools()) {
                if (!pool.hasIpv6()) {
                    continue;
                }
                for (ClusterView.Advertisement a : v.advertisements()) {
                    if (!a.pools().contains(pool.name())) {
                        continue;
                    }
                    for (BgpPeer peer : c.metallb().peers()) {
                        boolean reached = a.ad().peers().isEmpty() || a.ad().peers().contains(peer.name());
                        boolean echo = peer.bfdProfile() != null && c.metallb().bfdProfile(peer.bfdProfile())
                                .map(p -> Boolean.TRUE.equals(p.echoMode())).orElse(false);
                        if (reached && echo) {
                            sink.report("cluster " + c.displayName() + ": pool " + pool.name() + " has bgpadvertisement " + a.name()
                                            + " which references peer " + peer.name() + " which has bfd echo enabled, which is not possible",
                                    Where.ids(c), "turn echoMode off in BFDProfile " + peer.bfdProfile() + " or keep IPv6 pools away from that peer");
                        }
                    }
                }
            }
        }
    }
}
