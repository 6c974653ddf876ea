package io.peerplan.export.cilium;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.session.GoDuration;
import io.peerplan.model.session.MetalLbTimers;

/**
 * A peer's timers as CiliumBGPPeerConfig {@code spec.timers} (Cilium bgp_peer_types.go
 * {@code CiliumBGPTimers}): whole seconds, where MetalLB writes Go durations. Cilium's defaults
 * (connect retry 120 s, hold 90 s, keepalive 30 s) equal MetalLB's, so unset timers stay unset.
 */
final class CiliumTimers {
    private CiliumTimers() {
    }

    static void put(ObjectNode spec, BgpPeer p) {
        MetalLbTimers timers = timers(p);
        Long connect = seconds(p.connectTime());
        if (!timers.set() && connect == null) {
            return;
        }
        ObjectNode t = spec.putObject("timers");
        if (connect != null) {
            t.put("connectRetryTimeSeconds", connect);
        }
        if (timers.set()) {
            // Both, as MetalLB derives them (MetalLbTimers): Cilium would otherwise keep its 30 s keepalive under any hold.
            t.put("holdTimeSeconds", timers.holdSeconds(MetalLbTimers.DEFAULT_HOLD));
            t.put("keepAliveTimeSeconds", timers.keepaliveSeconds(MetalLbTimers.DEFAULT_HOLD));
        }
    }

    /** The peer's timers, or none when they do not parse (the validator reports that). */
    static MetalLbTimers timers(BgpPeer p) {
        try {
            return MetalLbTimers.of(p);
        } catch (IllegalArgumentException e) {
            return new MetalLbTimers(null, null);
        }
    }

    /** Whole seconds of a Go duration, or null when unset or unreadable (the validator reports the latter). */
    static Long seconds(String text) {
        if (text == null) {
            return null;
        }
        try {
            return GoDuration.parse(text).wholeSeconds();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
