package io.peerplan.model.session;

import io.peerplan.model.BgpPeer;

/**
 * A BGPPeer's BGP timers as MetalLB derives them ({@code parseTimers}, internal/config/config.go):
 * {@code holdTime} and {@code keepaliveTime} are Go durations; hold alone gives keepalive = hold / 3,
 * keepalive alone gives hold = 3 × keepalive; frr.conf gets whole seconds ({@code int(d.Seconds())}).
 * Validate, simulate and the lab read a speaker's timers here and nowhere else.
 *
 * @param hold      the hold time, or null when the BGPPeer sets neither timer
 * @param keepalive the keepalive time, or null when the BGPPeer sets neither timer
 */
public record MetalLbTimers(GoDuration hold, GoDuration keepalive) {
    /**
     * The hold time simulate and the lab assume when a BGPPeer sets none: MetalLB's documented
     * default of 90 s (keepalive 30 s). Validate leaves it unknown instead and says so.
     */
    public static final GoDuration DEFAULT_HOLD = GoDuration.parse("90s");

    /** Throws {@link IllegalArgumentException} with Go's message, prefixed by the field, when a timer does not parse. */
    public static MetalLbTimers of(BgpPeer p) {
        GoDuration hold = field("holdTime", p.holdTime());
        GoDuration keepalive = field("keepaliveTime", p.keepaliveTime());
        if (hold == null && keepalive == null) {
            return new MetalLbTimers(null, null);
        }
        return new MetalLbTimers(hold != null ? hold : keepalive.times(3),
                keepalive != null ? keepalive : new GoDuration(hold.nanos() / 3));
    }

    /** True when the BGPPeer sets a timer. */
    public boolean set() {
        return hold != null;
    }

    /** The hold time in whole seconds, or {@code defaultHold}'s when none is set. */
    public int holdSeconds(GoDuration defaultHold) {
        return Math.toIntExact((hold != null ? hold : defaultHold).wholeSeconds());
    }

    /** The keepalive in whole seconds, or a third of {@code defaultHold} when none is set. */
    public int keepaliveSeconds(GoDuration defaultHold) {
        return Math.toIntExact((keepalive != null ? keepalive : new GoDuration(defaultHold.nanos() / 3)).wholeSeconds());
    }

    private static GoDuration field(String name, String text) {
        if (text == null) {
            return null;
        }
        try {
            return GoDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("spec." + name + ": " + e.getMessage(), e);
        }
    }
}
