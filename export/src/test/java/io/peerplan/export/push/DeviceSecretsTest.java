package io.peerplan.export.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Placeholders are filled from the device's own running config, or the push stops. */
class DeviceSecretsTest {
    private static final String RUNNING = """
            router bgp 64859
             neighbor 198.51.100.9 remote-as 65101
             neighbor 198.51.100.9 password Xy$z 9
             neighbor mks-nodes password grp
            """;

    @Test
    void fillsEachPlaceholderFromTheMatchingRunningLine() throws PushFailure {
        String candidate = "router bgp 64859\n neighbor 198.51.100.9 password @@SECRET:antares@@\n neighbor mks-nodes password @@SECRET:nodes@@\n";
        assertThat(DeviceSecrets.hasPlaceholders(candidate)).isTrue();
        assertThat(DeviceSecrets.fill(candidate, RUNNING))
                .isEqualTo("router bgp 64859\n neighbor 198.51.100.9 password Xy$z 9\n neighbor mks-nodes password grp\n");
    }

    @Test
    void aSecretTheDeviceLacksIsNamedWithoutAnyValue() {
        String candidate = " neighbor 198.51.100.10 password @@SECRET:new-peer@@\n";
        assertThatThrownBy(() -> DeviceSecrets.fill(candidate, RUNNING))
                .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.getMessage())
                        .contains("no value yet for secret new-peer (for 'neighbor 198.51.100.10 password')").doesNotContain("Xy$z"));
    }
}
