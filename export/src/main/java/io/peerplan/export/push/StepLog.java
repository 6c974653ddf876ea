package io.peerplan.export.push;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Emits a device's progress events and keeps the one-line-per-step record of its report. */
final class StepLog {
    private final String device;
    private final PushListener listener;
    private final List<String> lines = new ArrayList<>();
    private PushStep current;
    private long startedAt;

    StepLog(String device, PushListener listener) {
        this.device = device;
        this.listener = listener;
    }

    void start(PushStep step, String message) {
        current = step;
        startedAt = System.nanoTime();
        emit(step, PushEvent.Phase.STARTED, message);
    }

    void progress(String message) {
        emit(current, PushEvent.Phase.PROGRESS, message);
    }

    void ok(String message) {
        lines.add(current.label() + ": ok" + took() + (message == null || message.isEmpty() ? "" : " — " + message));
        emit(current, PushEvent.Phase.SUCCEEDED, message);
    }

    void failed(String message) {
        if (current == null) {
            // Refused before the first step (an unusable value): nothing was attempted.
            current = PushStep.CONNECT;
            startedAt = System.nanoTime();
        }
        // The step line keeps the first line; the full text (e.g. how to trust a host key) is the report's reason.
        lines.add(current.label() + ": FAILED" + took() + " — " + message.lines().findFirst().orElse(""));
        emit(current, PushEvent.Phase.FAILED, message);
    }

    PushStep current() {
        return current;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    private String took() {
        return " (" + Duration.ofNanos(System.nanoTime() - startedAt).toMillis() + " ms)";
    }

    private void emit(PushStep step, PushEvent.Phase phase, String message) {
        try {
            listener.onEvent(new PushEvent(Instant.now(), device, step, phase, message));
        } catch (RuntimeException ignored) {
            // A failing progress view must not break a push half-way.
        }
    }
}
