package io.peerplan.model.validate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Go's time.ParseDuration, which Kubernetes uses for metav1.Duration. */
class GoDurationTest {

    @ParameterizedTest
    @CsvSource({"90s, 90000000000", "1m30s, 90000000000", "1.5s, 1500000000", "300ms, 300000000", "0, 0", "2h, 7200000000000",
            "-5s, -5000000000", ".5s, 500000000", "1h2m3s4ms, 3723004000000", "10us, 10000", "10µs, 10000"})
    void parses(String text, long nanos) {
        assertThat(GoDuration.parseNanos(text)).isEqualTo(nanos);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "90", "s", "1.2.3s", "5d", "+", "1 s"})
    void refuses(String text) {
        assertThatThrownBy(() -> GoDuration.parseNanos(text)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("time: ");
    }

    @Test
    void wholeSecondsTruncateLikeGo() {
        assertThat(GoDuration.wholeSeconds(2_700_000_000L)).isEqualTo(2);
        assertThat(GoDuration.wholeSeconds(500_000_000L)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"90000000000, 1m30s", "2700000000, 2.7s", "0, 0s", "3600000000000, 1h0m0s"})
    void formatsLikeGo(long nanos, String text) {
        assertThat(GoDuration.format(nanos)).isEqualTo(text);
    }
}
