package io.peerplan.model.validate.session;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Ip;
import io.peerplan.model.Peering;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.session.Ips;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.session.ListenLimit;
import io.peerplan.model.session.SessionProblem;
import io.peerplan.model.validate.core.Sink;
import java.util.List;

/**
 * Whether the two configs of a peering find each other at all, with Batfish's session statuses
 * (batfish BgpSessionStatus: NO_MATCH_FOUND, HALF_OPEN, MULTIPLE_REMOTES, DYNAMIC_MATCH).
 */
public final class MatchRules {
    public static final RuleInfo NO_MATCH = RuleInfo.error("BGP-SESSION-NO-MATCH", RuleFamily.SESSION,
            "A side points at an address the other side does not have, so nothing answers",
            "Batfish BgpSessionStatus NO_MATCH_FOUND; BRIEF \"Peering semantics\"");
    public static final RuleInfo HALF_OPEN = RuleInfo.error("BGP-SESSION-HALF-OPEN", RuleFamily.SESSION,
            "One side is configured for the session but the other does not peer back",
            "Batfish BgpSessionStatus HALF_OPEN; MetalLB speakers only peer from nodes their BGPPeer selects");
    public static final RuleInfo MULTIPLE_MATCHES = RuleInfo.error("BGP-SESSION-MULTIPLE-MATCHES", RuleFamily.SESSION,
            "A neighbor address is held by several elements, so the session may land on the wrong one",
            "Batfish BgpSessionStatus MULTIPLE_REMOTES");
    public static final RuleInfo LISTEN_RANGE_MISS = RuleInfo.error("BGP-SESSION-LISTEN-RANGE-MISS", RuleFamily.SESSION,
            "A speaker's address lies outside the router's bgp listen range, so the router refuses it",
            "FRR docs \"bgp listen range A.B.C.D/M peer-group PGNAME\": only peers inside the range are accepted");
    public static final RuleInfo DUPLICATE_NEIGHBOR = RuleInfo.error("BGP-SESSION-DUPLICATE-NEIGHBOR", RuleFamily.SESSION,
            "Two peerings give one router the same neighbor address: it has one neighbor there, so the later peering adds no session",
            "FRR bgpd peer_remote_as (bgpd/bgpd.c): a second 'neighbor X remote-as' finds the existing neighbor and reconfigures it");
    public static final RuleInfo LISTEN_LIMIT = RuleInfo.warning("BGP-SESSION-LISTEN-LIMIT", RuleFamily.SESSION,
            "More speakers reach a listen range than 'bgp listen limit' admits",
            "FRR docs \"bgp listen limit (1-65535)\" (default 100): dynamic neighbors beyond the limit are refused");
    public static final RuleInfo PEER_WITHOUT_PEERING = RuleInfo.error("BGP-SESSION-PEER-WITHOUT-PEERING", RuleFamily.SESSION,
            "A BGPPeer is used by no peering: its speakers dial an element that has no session for them (half-open), or an address outside the design",
            "MetalLB speakers dial every BGPPeer; BRIEF \"Peering semantics\"");

    private MatchRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(NO_MATCH, (c, s) -> problems(c, s, SessionProblem.Kind.NO_MATCH)),
                Rule.of(HALF_OPEN, (c, s) -> problems(c, s, SessionProblem.Kind.HALF_OPEN)),
                Rule.of(MULTIPLE_MATCHES, (c, s) -> problems(c, s, SessionProblem.Kind.MULTIPLE_MATCHES)),
                Rule.of(LISTEN_RANGE_MISS, (c, s) -> problems(c, s, SessionProblem.Kind.LISTEN_RANGE_MISS)),
                Rule.of(DUPLICATE_NEIGHBOR, (c, s) -> problems(c, s, SessionProblem.Kind.DUPLICATE_NEIGHBOR)),
                Rule.of(LISTEN_LIMIT, MatchRules::listenLimit), Rule.of(PEER_WITHOUT_PEERING, MatchRules::peerWithoutPeering));
    }

    static void problems(Context ctx, Sink sink, SessionProblem.Kind kind) {
        for (SessionProblem p : ctx.sessions().problems()) {
            if (p.kind() == kind) {
                sink.report(PerPeering.capitalize(p.message()) + " [peering " + p.peering().id() + "]", p.elementIds(), p.fixHint());
            }
        }
    }

    /** FRR's default listen limit is 100 dynamic neighbors per BGP instance ({@link ListenLimit}). */
    static void listenLimit(Context ctx, Sink sink) {
        for (var r : ctx.topology().routers()) {
            if (r.bgp().listenRanges().isEmpty()) {
                continue;
            }
            long dynamic = ctx.sessions().ofElement(r.id()).stream()
                    .filter(s -> s.a().listens() && s.a().element().equals(r.id()) || s.b().listens() && s.b().element().equals(r.id()))
                    .count();
            int limit = ListenLimit.of(r);
            if (dynamic > limit) {
                sink.report(r.displayName() + " accepts up to " + limit + " dynamic neighbors (bgp listen limit) but " + dynamic
                                + " speakers connect through its listen ranges: the rest are refused",
                        List.of(r.id()), "raise 'bgp listen limit' to at least " + dynamic);
            }
        }
    }

    static void peerWithoutPeering(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            for (BgpPeer p : c.metallb().peers()) {
                boolean used = ctx.topology().peerings().stream().anyMatch(pr -> uses(pr.a(), c, p) || uses(pr.b(), c, p));
                if (used || ctx.view(c).speakersOf(p).isEmpty()) {
                    continue;
                }
                Ip dial = Ips.parseIp(p.peerAddress());
                var holders = ctx.addresses().holders(dial);
                if (holders.isEmpty()) {
                    sink.report(io.peerplan.model.validate.Severity.INFO, "BGPPeer " + p.name() + " of cluster " + c.displayName() + " dials "
                                    + (dial == null ? p.peerAddress() : dial) + ", which is outside the design: Peerplan cannot check those sessions",
                            List.of(c.id()), "add the router to the design and a peering for it");
                } else {
                    sink.report("the speakers of cluster " + c.displayName() + " dial " + dial + " (BGPPeer " + p.name() + "), which is "
                                    + holders.getFirst().what() + ", but no peering connects them: the sessions stay half-open",
                            List.of(c.id(), holders.getFirst().element()), "add a peering between " + c.displayName() + " and "
                                    + ctx.name(holders.getFirst().element()) + ", or remove the BGPPeer");
                }
            }
        }
    }

    private static boolean uses(Peering.End end, Cluster c, BgpPeer p) {
        return end.isCluster() && end.element().equals(c.id()) && p.name().equals(end.bgpPeer());
    }
}
