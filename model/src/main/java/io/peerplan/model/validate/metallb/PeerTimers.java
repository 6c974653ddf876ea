package io.peerplan.model.validate.metallb;

import static io.peerplan.model.validate.metallb.Where.q;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.session.GoDuration;

/**
 * MetalLB's {@code parseTimers} (internal/config/config.go): hold alone gives keepalive = hold/3,
 * keepalive alone gives hold = 3 × keepalive; hold rounded down to whole seconds must be 0 or at
 * least 3 s; keepalive must not exceed hold (equal is accepted). Durations that do not parse are
 * refused by the API server before the webhook runs.
 */
record PeerTimers(String holdError, String keepaliveError) {

    static PeerTimers of(BgpPeer p) {
        Long hold;
        Long keepalive;
        try {
            hold = p.holdTime() == null ? null : GoDuration.parse(p.holdTime()).nanos();
        } catch (IllegalArgumentException e) {
            return new PeerTimers("spec.holdTime: " + e.getMessage(), null);
        }
        try {
            keepalive = p.keepaliveTime() == null ? null : GoDuration.parse(p.keepaliveTime()).nanos();
        } catch (IllegalArgumentException e) {
            return new PeerTimers(null, "spec.keepaliveTime: " + e.getMessage());
        }
        if (hold == null && keepalive == null) {
            return new PeerTimers(null, null);
        }
        long h = hold != null ? hold : keepalive * 3;
        long k = keepalive != null ? keepalive : hold / 3;
        String shownHold = hold != null ? q(new GoDuration(h).toString()) : q(new GoDuration(h).toString()) + " (3 × keepaliveTime)";
        long rounded = new GoDuration(h).wholeSeconds();
        if (rounded != 0 && rounded < 3) {
            return new PeerTimers("invalid BGPPeer timers: invalid hold time " + shownHold + ": must be 0 or >=3s", null);
        }
        if (k > h) {
            return new PeerTimers(null, "invalid BGPPeer timers: invalid keepaliveTime " + q(new GoDuration(k).toString())
                    + ", must be lower than holdTime " + shownHold);
        }
        return new PeerTimers(null, null);
    }
}
