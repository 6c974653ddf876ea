package io.peerplan.model.validate.metallb;

import static io.peerplan.model.validate.metallb.Where.q;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.session.GoDuration;
import io.peerplan.model.session.MetalLbTimers;

/**
 * MetalLB's {@code parseTimers} (internal/config/config.go) checks of the timers {@link MetalLbTimers}
 * derives: hold rounded down to whole seconds must be 0 or at least 3 s; keepalive must not exceed
 * hold (equal is accepted). Durations that do not parse are refused by the API server before the
 * webhook runs.
 */
record PeerTimers(String holdError, String keepaliveError) {

    static PeerTimers of(BgpPeer p) {
        MetalLbTimers timers;
        try {
            timers = MetalLbTimers.of(p);
        } catch (IllegalArgumentException e) {
            return e.getMessage().startsWith("spec.holdTime") ? new PeerTimers(e.getMessage(), null) : new PeerTimers(null, e.getMessage());
        }
        if (!timers.set()) {
            return new PeerTimers(null, null);
        }
        GoDuration h = timers.hold();
        GoDuration k = timers.keepalive();
        String shownHold = p.holdTime() != null ? q(h.toString()) : q(h.toString()) + " (3 × keepaliveTime)";
        long rounded = h.wholeSeconds();
        if (rounded != 0 && rounded < 3) {
            return new PeerTimers("invalid BGPPeer timers: invalid hold time " + shownHold + ": must be 0 or >=3s", null);
        }
        if (k.nanos() > h.nanos()) {
            return new PeerTimers(null, "invalid BGPPeer timers: invalid keepaliveTime " + q(k.toString())
                    + ", must be lower than holdTime " + shownHold);
        }
        return new PeerTimers(null, null);
    }
}
