package io.peerplan.model.validate.session;

import io.peerplan.model.BfdPeer;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.session.Session;
import io.peerplan.model.session.SessionChecks;
import io.peerplan.model.session.SessionEnd;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a session whose two configs found each other comes up and behaves, judged from both ends'
 * own settings: AS numbers, single-hop eBGP, TCP-MD5, BFD on both ends in the same hop mode, and the
 * negotiated hold time.
 */
public final class CompatibilityRules {
    public static final RuleInfo ASN_MISMATCH = RuleInfo.error("BGP-SESSION-ASN-MISMATCH", RuleFamily.SESSION,
            "A side's remote-as (peerASN, dynamicASN, internal/external) does not match the AS the other side sends",
            "RFC 4271 §6.2 OPEN error \"Bad Peer AS\"; FRR docs \"neighbor PEER remote-as internal|external\"; metallb#1114");
    public static final RuleInfo EBGP_NOT_CONNECTED = RuleInfo.error("BGP-SESSION-EBGP-NOT-CONNECTED", RuleFamily.SESSION,
            "Single-hop eBGP to an address on no shared subnet: the side without ebgp-multihop never connects",
            "FRR bgpd connected check (\"neighbor PEER ebgp-multihop\", \"disable-connected-check\"); metallb#1980");
    public static final RuleInfo PASSWORD_MISMATCH = RuleInfo.error("BGP-SESSION-PASSWORD-MISMATCH", RuleFamily.SESSION,
            "TCP-MD5 is configured on one side only", "RFC 2385 §2 (segments without a valid MD5 option are dropped)");
    public static final RuleInfo SHUTDOWN = RuleInfo.info("BGP-SESSION-SHUTDOWN", RuleFamily.SESSION,
            "A side has the neighbor administratively shut down", "FRR docs \"neighbor PEER shutdown\"");
    public static final RuleInfo BFD_ONE_SIDED = RuleInfo.warning("BGP-SESSION-BFD-ONE-SIDED", RuleFamily.SESSION,
            "BFD runs on one side of a session only: it stays Down and failover waits for the hold timer",
            "RFC 5880 §6.2 (a session needs both systems); frr-lab.md failover table (0.9 s with BFD, ~130 s without)");
    public static final RuleInfo BFD_HOP_MISMATCH = RuleInfo.warning("BGP-SESSION-BFD-HOP-MISMATCH", RuleFamily.SESSION,
            "The two sides run BFD in different modes (single-hop vs multi-hop): BFD stays Down while BGP stays up",
            "RFC 5881 (port 3784) vs RFC 5883 (port 4784); frr-lab.md \"ebgp-multihop makes FRR use multi-hop BFD\"");
    public static final RuleInfo HOLD_TIME = RuleInfo.info("BGP-SESSION-HOLD-TIME", RuleFamily.SESSION,
            "The two sides propose different hold times (info: the smaller one is used), or the negotiated hold time is 0 (warning: no keepalives)",
            "RFC 4271 §4.2 and §10 (Hold Time: the smaller of the two; 0 disables keepalives)");

    private CompatibilityRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(ASN_MISMATCH, CompatibilityRules::asnMismatch), Rule.of(EBGP_NOT_CONNECTED, CompatibilityRules::ebgpNotConnected),
                Rule.of(PASSWORD_MISMATCH, CompatibilityRules::passwordMismatch), Rule.of(SHUTDOWN, CompatibilityRules::shutdown),
                Rule.of(BFD_ONE_SIDED, CompatibilityRules::bfdOneSided), Rule.of(BFD_HOP_MISMATCH, CompatibilityRules::bfdHopMismatch),
                Rule.of(HOLD_TIME, CompatibilityRules::holdTime));
    }

    static void asnMismatch(Context ctx, Sink sink) {
        eachSide(ctx, sink, SessionChecks::asnMismatch, s -> "make each side's remote-as (peerASN) the AS the other side sends");
    }

    static void ebgpNotConnected(Context ctx, Sink sink) {
        eachSide(ctx, sink, SessionChecks::notConnected,
                s -> "set ebgp-multihop on both sides (ebgpMultiHop: true on a BGPPeer), or peer over a shared subnet");
    }

    static void passwordMismatch(Context ctx, Sink sink) {
        PerPeering.report(ctx.sessions().sessions(), SessionChecks::passwordMismatch,
                s -> "configure the same password on both sides, or on neither", sink);
    }

    static void shutdown(Context ctx, Sink sink) {
        eachSide(ctx, sink, (s, side) -> side.shutdown() ? side.label() + " has its neighbor " + s.remoteAddressOf(side)
                + " shut down: the session stays Idle (Admin)" : null, null);
    }

    static void bfdOneSided(Context ctx, Sink sink) {
        PerPeering.report(ctx.sessions().sessions(), s -> {
            boolean a = bfdOn(s, s.a());
            boolean b = bfdOn(s, s.b());
            if (a == b) {
                return null;
            }
            SessionEnd on = a ? s.a() : s.b();
            SessionEnd off = s.other(on);
            return on.label() + " runs BFD toward " + off.label() + ", which has no BFD for this session: the BFD session stays Down "
                    + "and a silent failure is only noticed when the hold timer expires";
        }, s -> {
            SessionEnd off = bfdOn(s, s.a()) ? s.b() : s.a();
            return off.platform() != null && !off.platform().supportsBfd()
                    ? off.label() + " runs " + off.platform().label() + ", which has no BFD: remove BFD from the other side"
                    : "enable BFD on " + off.label() + " too (neighbor X bfd, a BGPPeer bfdProfile), with compatible intervals";
        }, sink);
    }

    static void bfdHopMismatch(Context ctx, Sink sink) {
        PerPeering.report(ctx.sessions().sessions(), s -> {
            if (!bfdOn(s, s.a()) || !bfdOn(s, s.b())) {
                return null;
            }
            boolean a = multihop(s, s.a());
            boolean b = multihop(s, s.b());
            if (a == b) {
                return null;
            }
            SessionEnd multi = a ? s.a() : s.b();
            return multi.label() + " runs multi-hop BFD" + (multi.multihopTtl() > 1 ? " (ebgp-multihop is set)" : "") + " but "
                    + s.other(multi).label() + " single-hop BFD: BFD stays Down while BGP stays up";
        }, s -> "use ebgp-multihop on both sides or on neither (FRR picks the BFD mode from it)", sink);
    }

    static void holdTime(Context ctx, Sink sink) {
        for (Session s : ctx.sessions().sessions()) {
            Integer a = s.a().hold();
            Integer b = s.b().hold();
            if (a == null || b == null) {
                continue;
            }
            List<String> ids = s.ids();
            if (a == 0 || b == 0) {
                SessionEnd zero = a == 0 ? s.a() : s.b();
                sink.report(Severity.WARNING, zero.label() + " proposes hold time 0, so the session negotiates 0: no keepalives are sent "
                        + "and a dead neighbor is never noticed [peering " + s.peering().id() + "]", ids, "use a hold time of at least 3 s, or add BFD");
            } else if (!a.equals(b)) {
                SessionEnd low = a < b ? s.a() : s.b();
                sink.report(s.a().label() + " proposes hold time " + a + " s and " + s.b().label() + " " + b + " s: the session uses "
                        + Math.min(a, b) + " s (" + low.label() + "'s value) [peering " + s.peering().id() + "]", ids, null);
            }
        }
    }

    /** BGP-driven BFD, or a static bfdd peer toward the other side's address. */
    static boolean bfdOn(Session s, SessionEnd side) {
        return side.bgpBfd() || side.staticBfdPeer(s.remoteAddressOf(side)) != null;
    }

    static boolean multihop(Session s, SessionEnd side) {
        BfdPeer stat = side.bgpBfd() ? null : side.staticBfdPeer(s.remoteAddressOf(side));
        return stat != null ? stat.multihop() : SessionChecks.bfdMultihop(s, side);
    }

    private static void eachSide(Context ctx, Sink sink, java.util.function.BiFunction<Session, SessionEnd, String> check,
            java.util.function.Function<Session, String> hint) {
        PerPeering.report(ctx.sessions().sessions(), s -> {
            List<String> problems = new ArrayList<>();
            for (SessionEnd side : s.ends()) {
                String p = check.apply(s, side);
                if (p != null) {
                    problems.add(p);
                }
            }
            return problems.isEmpty() ? null : String.join("; ", problems);
        }, hint, sink);
    }
}
