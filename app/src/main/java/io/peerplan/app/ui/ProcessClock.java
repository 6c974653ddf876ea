package io.peerplan.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Milliseconds since this process started, for the start-up probe.
 *
 * <p>On Linux it reads both figures relative to boot: {@code /proc/self/stat} field 22 (start time in
 * clock ticks, USER_HZ = 100 on every Linux ABI) and {@code /proc/uptime}; resolution 10 ms, and the
 * launcher's own exec and libjvm loading are counted. {@code ProcessHandle.info().startInstant()} is
 * not used there: the JDK anchors it on {@code btime} from {@code /proc/stat}, which has whole-second
 * resolution, so on this machine it read 300–600 ms too early (proc(5)). Elsewhere it is the fallback.
 */
public final class ProcessClock {
    private static final long TICKS_PER_SECOND = 100;

    private ProcessClock() {
    }

    /** Milliseconds from process start until now. */
    public static long millisSinceStart() {
        return fromProc(Path.of("/proc/self/stat"), Path.of("/proc/uptime"))
                .orElseGet(() -> ProcessHandle.current().info().startInstant()
                        .map(start -> Duration.between(start, Instant.now()).toMillis())
                        .orElse(-1L));
    }

    /** Elapsed milliseconds from a {@code /proc/PID/stat} line and a {@code /proc/uptime} line. */
    static Optional<Long> fromProc(Path stat, Path uptime) {
        try {
            return Optional.of(elapsedMillis(Files.readString(stat), Files.readString(uptime)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static long elapsedMillis(String statLine, String uptimeLine) {
        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" +");
        long startTicks = Long.parseLong(fields[19]); // field 22 of the whole line: starttime
        double uptimeSeconds = Double.parseDouble(uptimeLine.trim().split("\\s+")[0]);
        return Math.round(uptimeSeconds * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
    }
}
