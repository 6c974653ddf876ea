package io.peerplan.export.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** frr-reload.py --test output parsing and the masking of keys in anything a push reports. */
class ReloadDiffAndRedactTest {

    @Test
    void splitsTheTwoSectionsAndIgnoresAnIpForwardingOnlyAddition() {
        ReloadDiff d = ReloadDiff.parse("\nLines To Delete\n===============\nroute-map p permit 10\n no set as-path prepend 1\n\n"
                + "Lines To Add\n============\nroute-map p permit 10\n set as-path prepend 1 1\n");
        assertThat(d.deletions()).containsExactly("route-map p permit 10", " no set as-path prepend 1");
        assertThat(d.additions()).containsExactly("route-map p permit 10", " set as-path prepend 1 1");
        assertThat(d.isNoChange()).isFalse();
        assertThat(ReloadDiff.parse("\nLines To Add\n============\nip forwarding\n").isNoChange()).isTrue();
        assertThat(ReloadDiff.parse("").isNoChange()).isTrue();
        // Forwarding really off: running shows "no ip forwarding", so frr-reload deletes it too.
        assertThat(ReloadDiff.parse("\nLines To Delete\n===============\nip forwarding\n\nLines To Add\n============\nip forwarding\n")
                .isNoChange()).isFalse();
    }

    @Test
    void keysNeverReachAReportOrAnEvent() {
        String diff = "router bgp 64859\n no neighbor 198.51.100.9 password s3cr3t!\n neighbor 198.51.100.9 password n3w\n"
                + "interface eth0\n ip ospf message-digest-key 1 md5 0spf\n ip ospf authentication-key plain\n";
        DeviceReport r = new DeviceReport("edge", "FRR router", DeviceOutcome.FAILED, "'neighbor 1.2.3.4 password s3cr3t!' failed", diff, false,
                List.of("apply: FAILED — line: neighbor 1.2.3.4 password n3w"));
        assertThat(r.diff() + r.reason() + r.steps()).doesNotContain("s3cr3t").doesNotContain("n3w").doesNotContain("0spf").doesNotContain("plain")
                .contains("password ********").contains("md5 ********");
        assertThat(new PushEvent(java.time.Instant.now(), "edge", PushStep.DIFF, PushEvent.Phase.PROGRESS, "password abc").message())
                .isEqualTo("password ********");
    }
}
