package io.peerplan.export.push;

import java.time.Instant;

/**
 * One progress event of a push, for a progress view or a log: which device, which step, and whether
 * the step started, succeeded, failed, or just reports progress. Never holds a secret.
 */
public record PushEvent(Instant time, String device, PushStep step, Phase phase, String message) {

    public PushEvent {
        message = Redact.secrets(message);
    }

    public enum Phase { STARTED, PROGRESS, SUCCEEDED, FAILED }

    @Override
    public String toString() {
        return device + " " + step.label() + " " + phase.name().toLowerCase() + (message == null || message.isEmpty() ? "" : ": " + message);
    }
}
