package io.peerplan.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessClockTest {

    @Test
    void readsTheStartTimeAfterACommandNameWithSpacesAndParentheses() {
        // Field 22 (starttime) is 500 ticks = 5 s after boot; uptime 12.34 s: 7340 ms since start.
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 1 0 0 0 3 1 0 0 20 0 2 0 500 100 10";
        assertThat(ProcessClock.elapsedMillis(stat, "12.34 40.00\n")).isEqualTo(7340);
    }

    @Test
    void unreadableProcFilesGiveNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("stat"), "garbage");
        assertThat(ProcessClock.fromProc(dir.resolve("stat"), dir.resolve("uptime"))).isEmpty();
    }

    @Test
    void tracksThisProcessAgainstTheWallClock() throws Exception {
        long first = ProcessClock.millisSinceStart();
        Thread.sleep(300);
        long second = ProcessClock.millisSinceStart();
        // 10 ms ticks; a loaded machine may oversleep, never undersleep.
        assertThat(second - first).isBetween(280L, 10_000L);
        // ProcessHandle's start instant is anchored on a whole-second boot time: agree within that.
        long coarse = Duration.between(ProcessHandle.current().info().startInstant().orElseThrow(), Instant.now()).toMillis();
        assertThat(second).isPositive().isCloseTo(coarse, org.assertj.core.data.Offset.offset(1_500L));
    }
}
