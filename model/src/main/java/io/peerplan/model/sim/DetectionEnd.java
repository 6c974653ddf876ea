package io.peerplan.model.sim;

import io.peerplan.model.BfdProfile;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Ip;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Platform;
import io.peerplan.model.session.MetalLbTimers;

/**
 * One end of a session as failure detection sees it: does it run BFD for this neighbor, with
 * which intervals and hop mode, and which hold time does it propose.
 *
 * @param who          the end's display name for explanations
 * @param bfd          BFD is requested and the software supports it
 * @param multihop     BFD would run in multi-hop mode (FRR: eBGP with ebgp-multihop, or iBGP across
 *                     subnets; bgpd.h PEER_IS_MULTIHOP)
 * @param profile      the BFD profile name, or null for the defaults
 * @param note         why BFD is not in use where the design suggests it should be, or null
 */
record DetectionEnd(String who, boolean bfd, boolean multihop, int rxMillis, int txMillis, int multiplier,
        String profile, int holdSeconds, String note) {

    private static final int DEFAULT_INTERVAL = 300;
    private static final int DEFAULT_MULTIPLIER = 3;

    /**
     * A router or vantage end with its effective neighbor settings; {@code hold}: the hold time the
     * session model says it proposes (null: the software's default).
     */
    static DetectionEnd ofRouter(Speaker s, NeighborConfig cfg, Integer hold, boolean ebgp, boolean shared, Ip peer) {
        boolean supported = s.router == null || s.router.platform() == null || s.router.platform().supportsBfd();
        boolean requested = cfg.bfdEnabled();
        int rx = DEFAULT_INTERVAL;
        int tx = DEFAULT_INTERVAL;
        int mult = DEFAULT_MULTIPLIER;
        if (requested && cfg.bfdProfile() != null && s.router != null) {
            BfdProfile p = s.router.bfdProfile(cfg.bfdProfile()).orElse(null);
            if (p != null) {
                rx = p.effectiveReceiveInterval();
                tx = p.effectiveTransmitInterval();
                mult = p.effectiveMultiplier();
            }
        }
        boolean multihop = ebgp ? cfg.ebgpMultihop() != null && cfg.ebgpMultihop() > 1 : !shared;
        String note = null;
        if (!requested && s.router != null && s.router.bfdPeers().stream().anyMatch(b -> b.address().equals(peer))) {
            note = s.id + " has a static `bfd peer " + peer + "` but bgpd does not use it without `neighbor " + peer + " bfd`";
        } else if (requested && !supported) {
            note = s.id + " runs " + s.router.platform().label() + ", which has no BFD";
        }
        return new DetectionEnd(s.id, requested && supported, multihop, rx, tx, mult, cfg.bfdProfile(),
                hold != null ? hold : s.behaviour.holdSeconds(), note);
    }

    /**
     * A MetalLB speaker end: BFD when its BGPPeer names a BFDProfile and MetalLB runs in FRR mode;
     * {@code hold}: the session model's (null when the BGPPeer sets no timer: MetalLB's default).
     */
    static DetectionEnd ofNode(Speaker s, Cluster c, BgpPeer p, Integer hold, boolean ebgp, boolean shared) {
        MetalLbBfdProfile prof = p.bfdProfile() == null ? null : c.metallb().bfdProfile(p.bfdProfile()).orElse(null);
        boolean frr = c.effectiveSpeaker().runsFrr(c.effectiveBackend());
        String note = null;
        if (p.bfdProfile() != null && prof == null) {
            note = "BGPPeer " + p.name() + " names BFDProfile " + p.bfdProfile() + ", which cluster " + c.id() + " does not define";
        } else if (p.bfdProfile() != null && !frr) {
            note = c.effectiveSpeaker() == io.peerplan.model.Speaker.CILIUM
                    ? "Cilium's BGP control plane (GoBGP) in cluster " + c.id() + " has no BFD"
                    : "MetalLB's native speaker in cluster " + c.id() + " has no BFD (FRR mode needed)";
        }
        boolean bfd = prof != null && frr;
        boolean multihop = ebgp ? Boolean.TRUE.equals(p.ebgpMultiHop()) : !shared;
        return new DetectionEnd(s.id, bfd, multihop, prof == null ? DEFAULT_INTERVAL : prof.effectiveReceiveInterval(),
                prof == null ? DEFAULT_INTERVAL : prof.effectiveTransmitInterval(),
                prof == null ? DEFAULT_MULTIPLIER : prof.effectiveMultiplier(), p.bfdProfile(),
                hold != null ? hold : (int) MetalLbTimers.DEFAULT_HOLD.wholeSeconds(), note);
    }

    /** The speaker's hold time in whole seconds (MetalLbTimers), MetalLB's default when the BGPPeer sets none. */
    static int holdOf(BgpPeer p) {
        try {
            return MetalLbTimers.of(p).holdSeconds(MetalLbTimers.DEFAULT_HOLD);
        } catch (IllegalArgumentException | ArithmeticException e) {
            // The API server refuses such a BGPPeer and the validator says so (METALLB peer timers): simulate MetalLB's default.
            return (int) MetalLbTimers.DEFAULT_HOLD.wholeSeconds();
        }
    }

    /** Detection for the session between two ends (RFC 5880 §6.8.4 for BFD, RFC 4271 §4.2 for hold). */
    static Detection detect(DetectionEnd x, DetectionEnd y) {
        if (x.bfd && y.bfd && x.multihop == y.multihop) {
            // Each end declares the other down after the remote multiplier times the agreed
            // interval (max of its own required receive and the remote's desired transmit).
            long xDetects = (long) y.multiplier * Math.max(x.rxMillis, y.txMillis);
            long yDetects = (long) x.multiplier * Math.max(y.rxMillis, x.txMillis);
            long worst = Math.max(xDetects, yDetects);
            int mult = xDetects >= yDetects ? y.multiplier : x.multiplier;
            return new Detection(Detection.Mechanism.BFD, worst, "BFD " + mult + " × " + (worst / mult) + " ms ("
                    + (x.profile == null ? "defaults" : x.profile) + " / " + (y.profile == null ? "defaults" : y.profile) + ")");
        }
        String why;
        if (x.bfd && y.bfd) {
            why = "BFD hop modes differ (" + x.who + " " + (x.multihop ? "multi-hop" : "single-hop") + ", " + y.who + " "
                    + (y.multihop ? "multi-hop" : "single-hop") + "), so BFD stays down";
        } else if (!x.bfd && !y.bfd) {
            why = "no BFD on either end";
        } else {
            why = "no BFD on " + (x.bfd ? y.who : x.who);
        }
        String note = x.note != null ? x.note : y.note;
        if (note != null) {
            why += "; " + note;
        }
        int hold = Math.min(x.holdSeconds, y.holdSeconds);
        if (x.holdSeconds == 0 || y.holdSeconds == 0) {
            return new Detection(Detection.Mechanism.NEVER, -1, "hold time 0 (keepalives off); " + why);
        }
        return new Detection(Detection.Mechanism.HOLD_TIMER, hold * 1000L, "hold timer " + hold + " s; " + why);
    }

    static boolean isFrr(Speaker s) {
        return s.router == null || s.router.platform() == null || s.router.platform() == Platform.FRR
                || s.router.platform() == Platform.EXTERNAL;
    }
}
