package io.peerplan.model.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.BgpPeer;
import org.junit.jupiter.api.Test;

/** MetalLB's parseTimers (internal/config/config.go): one derivation of a BGPPeer's hold and keepalive. */
class MetalLbTimersTest {
    private static final BgpPeer PEER = new BgpPeer("to-gw", 64500L, 64500L, null, null, "10.0.0.254", null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    @Test
    void holdAloneGivesAThirdAsKeepalive() {
        MetalLbTimers t = MetalLbTimers.of(PEER.withHoldTime("10s"));
        assertThat(t.holdSeconds(MetalLbTimers.DEFAULT_HOLD)).isEqualTo(10);
        assertThat(t.keepaliveSeconds(MetalLbTimers.DEFAULT_HOLD)).isEqualTo(3);
    }

    @Test
    void keepaliveAloneGivesThreeTimesAsHold() {
        MetalLbTimers t = MetalLbTimers.of(PEER.withKeepaliveTime("1.5s"));
        assertThat(t.hold()).isEqualTo(GoDuration.parse("4.5s"));
        assertThat(t.holdSeconds(MetalLbTimers.DEFAULT_HOLD)).isEqualTo(4);
        assertThat(t.keepaliveSeconds(MetalLbTimers.DEFAULT_HOLD)).isEqualTo(1);
    }

    @Test
    void holdZeroIsKeptAsZero() {
        MetalLbTimers t = MetalLbTimers.of(PEER.withHoldTime("0"));
        assertThat(t.set()).isTrue();
        assertThat(t.holdSeconds(MetalLbTimers.DEFAULT_HOLD)).isZero();
        assertThat(t.keepaliveSeconds(MetalLbTimers.DEFAULT_HOLD)).isZero();
    }

    @Test
    void neitherLeavesTheCallersDefault() {
        MetalLbTimers t = MetalLbTimers.of(PEER);
        assertThat(t.set()).isFalse();
        assertThat(t.holdSeconds(MetalLbTimers.DEFAULT_HOLD)).isEqualTo(90);
        assertThat(t.keepaliveSeconds(MetalLbTimers.DEFAULT_HOLD)).isEqualTo(30);
    }

    @Test
    void textGoRefusesNamesTheField() {
        assertThatThrownBy(() -> MetalLbTimers.of(PEER.withKeepaliveTime("30")))
                .hasMessage("spec.keepaliveTime: time: missing unit in duration \"30\"");
    }
}
