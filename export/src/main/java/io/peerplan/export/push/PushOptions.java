package io.peerplan.export.push;

import java.time.Duration;

/**
 * How a push runs.
 *
 * @param dryRun        stop after the diff (nothing is changed)
 * @param parallelism   devices pushed at once (at least 1)
 * @param stepTimeout   limit for each short remote command (upload, check, diff, save, each verify poll)
 * @param applyTimeout  limit for frr-reload.py --reload / kubectl apply, and for a rollback
 * @param verifyTimeout how long sessions and prefixes may take to come up after the apply
 */
public record PushOptions(boolean dryRun, int parallelism, Duration stepTimeout, Duration applyTimeout, Duration verifyTimeout) {

    public static final PushOptions DEFAULTS = new PushOptions(false, 4, Duration.ofSeconds(30), Duration.ofSeconds(120),
            Duration.ofSeconds(60));

    public PushOptions {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
    }

    public PushOptions withDryRun(boolean value) {
        return new PushOptions(value, parallelism, stepTimeout, applyTimeout, verifyTimeout);
    }

    public PushOptions withParallelism(int value) {
        return new PushOptions(dryRun, value, stepTimeout, applyTimeout, verifyTimeout);
    }

    public PushOptions withVerifyTimeout(Duration value) {
        return new PushOptions(dryRun, parallelism, stepTimeout, applyTimeout, value);
    }

    public PushOptions withStepTimeout(Duration value) {
        return new PushOptions(dryRun, parallelism, value, applyTimeout, verifyTimeout);
    }
}
