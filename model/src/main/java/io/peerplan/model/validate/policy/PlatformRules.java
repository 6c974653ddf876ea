package io.peerplan.model.validate.policy;

import io.peerplan.model.BfdProfile;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.session.Session;
import io.peerplan.model.session.SessionEnd;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a router's platform cannot do (reference.md §3 Quagga, §4 RouterOS). */
public final class PlatformRules {
    public static final RuleInfo NO_BFD = RuleInfo.error("POLICY-PLATFORM-NO-BFD", RuleFamily.POLICY,
            "BFD is configured on a platform without BFD (Quagga has no bfdd)", "reference.md §3 (Quagga 1.2.3: no bfdd, no neighbor X bfd, no profiles)");
    public static final RuleInfo NO_LISTEN_RANGE = RuleInfo.error("POLICY-PLATFORM-NO-LISTEN-RANGE", RuleFamily.POLICY,
            "A listen range is used on a platform without 'bgp listen range'", "reference.md §3 (Quagga has no bgp listen range); Peerplan exporters");
    public static final RuleInfo NO_REMOTE_AS_KEYWORD = RuleInfo.error("POLICY-PLATFORM-NO-REMOTE-AS-KEYWORD", RuleFamily.POLICY,
            "remote-as internal|external is used on a platform that only knows numbers", "reference.md §3 (Quagga: numeric remote-as only)");
    public static final RuleInfo FRR_ONLY = RuleInfo.warning("POLICY-PLATFORM-FRR-ONLY", RuleFamily.POLICY,
            "A setting that only FRR has (frr defaults, ebgp-requires-policy, neighbor X interface) is set on another platform, where it does nothing",
            "reference.md §3 (Quagga has no frr defaults, ebgp-requires-policy or neighbor IF interface) and §4");
    public static final RuleInfo NO_BFD_ECHO = RuleInfo.warning("POLICY-PLATFORM-NO-BFD-ECHO", RuleFamily.POLICY,
            "BFD echo mode is asked of a RouterOS router, which has no echo mode", "reference.md §4 (\"BFD on RouterOS: no echo mode\")");

    private PlatformRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(NO_BFD, PlatformRules::noBfd), Rule.of(NO_LISTEN_RANGE, PlatformRules::noListenRange),
                Rule.of(NO_REMOTE_AS_KEYWORD, PlatformRules::noRemoteAsKeyword), Rule.of(FRR_ONLY, PlatformRules::frrOnly),
                Rule.of(NO_BFD_ECHO, PlatformRules::noBfdEcho));
    }

    static void noBfd(Context ctx, Sink sink) {
        for (Router r : ctx.topology().routers()) {
            if (r.platform().supportsBfd()) {
                continue;
            }
            List<String> uses = new ArrayList<>();
            if (!r.bfdProfiles().isEmpty()) {
                uses.add("BFD profiles " + r.bfdProfiles().stream().map(BfdProfile::name).toList());
            }
            if (!r.bfdPeers().isEmpty()) {
                uses.add("BFD peers " + r.bfdPeers().stream().map(b -> b.address().toString()).toList());
            }
            for (String who : neighborsWith(ctx, r, NeighborConfig::bfdEnabled)) {
                uses.add("'bfd' on " + who);
            }
            if (!uses.isEmpty()) {
                sink.report(r.displayName() + " runs " + r.platform().label() + ", which has no BFD, but uses " + String.join(", ", uses)
                        + ": failover waits for the BGP hold timer", List.of(r.id()), "remove the BFD settings, or run FRR on this router");
            }
        }
    }

    static void noListenRange(Context ctx, Sink sink) {
        for (Router r : ctx.topology().routers()) {
            boolean ends = ctx.index().peeringsOf(r.id()).stream().map(p -> p.endOf(r.id())).anyMatch(e -> e != null && e.listenRange());
            if (!r.platform().supportsListenRange() && (!r.bgp().listenRanges().isEmpty() || ends)) {
                sink.report(r.displayName() + " runs " + r.platform().label() + ", which has no 'bgp listen range'",
                        List.of(r.id()), "configure one neighbor per speaker node instead (as seed 001 and 002 do)");
            }
        }
    }

    static void noRemoteAsKeyword(Context ctx, Sink sink) {
        for (Router r : ctx.topology().routers()) {
            if (r.platform().supportsRemoteAsKeyword()) {
                continue;
            }
            for (String who : neighborsWith(ctx, r, c -> "internal".equals(c.remoteAs()) || "external".equals(c.remoteAs()))) {
                sink.report(r.displayName() + " runs " + r.platform().label() + ", which knows only numeric remote-as, but " + who
                        + " uses remote-as internal/external", List.of(r.id()), "write the neighbor's AS number");
            }
        }
    }

    static void frrOnly(Context ctx, Sink sink) {
        for (Router r : ctx.topology().routers()) {
            if (r.platform() == Platform.FRR || r.platform() == Platform.EXTERNAL) {
                continue;
            }
            List<String> set = new ArrayList<>();
            if (r.bgp().defaults() != null) {
                set.add("frr defaults " + r.bgp().defaults().keyword());
            }
            if (r.bgp().ebgpRequiresPolicy() != null) {
                set.add("ebgp-requires-policy");
            }
            if (r.platform() == Platform.QUAGGA) {
                for (String who : neighborsWith(ctx, r, c -> c.interfaceName() != null)) {
                    set.add("'neighbor X interface' on " + who);
                }
            }
            if (!set.isEmpty()) {
                sink.report(r.displayName() + " runs " + r.platform().label() + ", which has no " + String.join(", ", set)
                        + ": the setting does nothing there", List.of(r.id()), "remove it");
            }
        }
    }

    static void noBfdEcho(Context ctx, Sink sink) {
        Set<String> seen = new LinkedHashSet<>();
        for (Router r : ctx.topology().routers()) {
            if (isRouterOs(r.platform())) {
                for (BfdProfile p : r.bfdProfiles()) {
                    if (Boolean.TRUE.equals(p.echoMode()) && seen.add(r.id() + "/" + p.name())) {
                        sink.report(r.displayName() + " runs " + r.platform().label() + ", which has no BFD echo mode, but BFD profile "
                                + p.name() + " enables it", List.of(r.id()), "turn echo mode off");
                    }
                }
            }
        }
        for (Session s : ctx.sessions().sessions()) {
            for (SessionEnd side : s.ends()) {
                SessionEnd other = s.other(side);
                if (other.platform() != null && isRouterOs(other.platform()) && side.bgpBfd() && side.bfdEcho()
                        && seen.add(s.peering().id() + "/" + side.element())) {
                    String who = side.isSpeaker() ? "the speakers of cluster " + side.cluster().displayName() : side.label();
                    sink.report(who + " ask" + (side.isSpeaker() ? "" : "s") + " for BFD echo mode toward " + other.label() + ", a "
                                    + other.platform().label() + " router without echo mode: only control packets detect failures [peering "
                                    + s.peering().id() + "]",
                            List.of(side.element(), other.element(), s.peering().id()), "turn echo mode off in the BFD profile used for this peer");
                }
            }
        }
    }

    private static boolean isRouterOs(Platform p) {
        return p == Platform.ROUTEROS_V6 || p == Platform.ROUTEROS_V7;
    }

    /** "neighbor X" / "peer-group G" descriptions of the router's neighbor configs for which the predicate holds. */
    private static List<String> neighborsWith(Context ctx, Router r, java.util.function.Predicate<NeighborConfig> p) {
        List<String> out = new ArrayList<>();
        for (PeerGroup g : r.peerGroups()) {
            if (p.test(g.config())) {
                out.add("peer-group " + g.name());
            }
        }
        for (Peering pr : ctx.index().peeringsOf(r.id())) {
            Peering.End e = pr.endOf(r.id());
            if (e != null && !e.isCluster() && p.test(e.config())) {
                out.add(e.peerAddress() != null ? "neighbor " + e.peerAddress() : "peering " + pr.id());
            }
        }
        return out;
    }
}
