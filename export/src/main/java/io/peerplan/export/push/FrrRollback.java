package io.peerplan.export.push;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Restores the running config saved before an FRR apply. It ignores cancellation (stopping half-way
 * would leave the device half-applied), reconnects when the connection was lost, first waits for an
 * apply that may still be running on the device, reloads the saved config with frr-reload.py, and
 * reads the running config back: only a byte-identical match counts as rolled back.
 */
final class FrrRollback {
    private static final int ATTEMPTS = 3;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final FrrDevicePush push;
    private final StepLog log;

    FrrRollback(FrrDevicePush push) {
        this.push = push;
        this.log = push.log();
    }

    DeviceReport run(PushFailure cause) {
        String why = describe(cause);
        log.start(PushStep.ROLLBACK, "because " + why);
        CancelToken never = CancelToken.never();
        PushFailure last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                if (push.host() == null || !push.host().isConnected()) {
                    log.progress("reconnecting (attempt " + attempt + " of " + ATTEMPTS + ")");
                    if (push.host() != null) {
                        push.host().close();
                    }
                    push.host(push.connector().connect(push.target().endpoint(), never));
                }
                return restore(why, never);
            } catch (PushFailure f) {
                last = f;
                log.progress("attempt " + attempt + " failed: " + f.getMessage());
                pause();
            }
        }
        String msg = why + "; ROLLBACK FAILED: " + last.getMessage() + ". The device may be half-applied: its saved config is in "
                + push.commands().file("rollback.conf") + " on the device (frr-reload.py --reload that file to restore it)";
        log.failed(msg);
        push.keepWorkDir();
        return push.report(DeviceOutcome.FAILED, msg, true);
    }

    private DeviceReport restore(String why, CancelToken never) throws PushFailure {
        FrrCommands cmd = push.commands();
        if (push.applyStarted()) {
            try {
                if (push.awaitReload("apply", never)) {
                    log.progress("the interrupted apply has finished on the device");
                }
            } catch (PushFailure applyFailed) {
                // The apply's own failure is already the reason for this rollback.
                log.progress("the apply had failed: " + applyFailed.getMessage());
            }
        }
        String saved = push.saved();
        push.host().upload(cmd.file("rollback.conf"), RunningConfigDiff.body(saved).getBytes(StandardCharsets.UTF_8), push.options().stepTimeout(), never);
        String tag = "rollback-" + System.nanoTime();
        push.runReload("rollback.conf", tag, never);
        push.exec(cmd.softClear(), push.options().stepTimeout(), never);
        ExecResult now = push.exec(cmd.showRunning(), push.options().stepTimeout(), never);
        if (!now.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "could not read the running config back: " + now.failureText());
        }
        if (now.stdout().equals(saved)) {
            log.ok("running config restored and read back byte-identical");
            return push.report(DeviceOutcome.ROLLED_BACK, why + "; the saved running config was restored and read back byte-identical", false);
        }
        String msg = why + "; ROLLBACK INCOMPLETE: the running config read back differs from the saved one ("
                + RunningConfigDiff.summary(saved, now.stdout()) + "); the saved config stays in " + cmd.file("rollback.conf")
                + " on the device";
        log.failed(msg);
        push.keepWorkDir();
        return push.report(DeviceOutcome.FAILED, msg, true);
    }

    private String describe(PushFailure cause) {
        String step = log.current() == null ? "" : log.current().label() + " failed: ";
        return step + cause.getMessage();
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
