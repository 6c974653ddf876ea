package io.peerplan.export.push;

import java.time.Duration;

/**
 * The push of one device, as one transaction over its {@link DeviceDriver}: connect, stage the
 * candidate in a private directory, check, diff, save, apply, verify. The safety rules live here,
 * once for every kind of device:
 * <ul>
 * <li>nothing changes before the save: a failure up to there (cancellation included) reports the
 *     device untouched;</li>
 * <li>a dry run stops after the diff, and a diff the user approved must still be the diff;</li>
 * <li>any failure after the save, an unexpected exception or a dropped connection included,
 *     restores the saved state: not cancellable, reconnecting when needed, up to
 *     {@value #RESTORE_ATTEMPTS} attempts;</li>
 * <li>a restore that failed keeps the work directory on the device (it may hold the saved state) and
 *     says so; the report always says whether the device may now differ from before.</li>
 * </ul>
 */
final class DevicePush {
    static final int RESTORE_ATTEMPTS = 3;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);

    private final DeviceDriver driver;
    private final String device;
    private final Endpoint endpoint;
    private final PushOptions options;
    private final CancelToken cancel;
    private final StepLog log;
    private final DeviceSession session;
    private final String approvedDiff;
    private String diff = "";
    private boolean saved;
    private boolean keepWorkDir;

    DevicePush(DeviceDriver driver, String device, Endpoint endpoint, SshConnector connector, PushOptions options, CancelToken cancel,
            PushListener listener, String approvedDiff) {
        this.driver = driver;
        this.device = device;
        this.endpoint = endpoint;
        this.options = options;
        this.cancel = cancel;
        this.log = new StepLog(device, listener);
        this.session = new DeviceSession(endpoint, connector, options, cancel, log);
        this.approvedDiff = approvedDiff;
    }

    DeviceReport run() {
        try {
            try {
                return transaction();
            } catch (RuntimeException bug) {
                // Even an unexpected error must not leave the device half-applied: treat it like any failure.
                throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "internal error: " + bug, bug);
            }
        } catch (PushFailure f) {
            log.failed(f.getMessage());
            if (!saved) {
                DeviceOutcome o = f.kind() == PushFailure.Kind.CANCELLED ? DeviceOutcome.CANCELLED : DeviceOutcome.FAILED;
                return report(o, Untouched.note(f.getMessage(), driver.noun()), false);
            }
            return restore(f);
        } finally {
            session.close(keepWorkDir);
        }
    }

    private DeviceReport transaction() throws PushFailure {
        driver.refuse();
        start(PushStep.CONNECT, endpoint.display());
        session.connect();
        log.ok(null);

        start(PushStep.UPLOAD, null);
        session.makeWorkDir();
        log.ok(driver.stage(session));

        if (driver.checks()) {
            start(PushStep.CHECK, null);
            driver.check(session);
            log.ok(null);
        }

        start(PushStep.DIFF, null);
        DeviceDriver.Diff d = driver.diff(session);
        diff = d.text();
        if (!d.changes()) {
            log.ok("no difference");
            return report(DeviceOutcome.UNCHANGED, driver.unchanged(), false);
        }
        log.ok(diff.lines().count() + " lines");
        if (options.dryRun()) {
            return report(DeviceOutcome.PREVIEWED, "dry run: diff shown, nothing changed", false);
        }
        if (approvedDiff != null && !approvedDiff.equals(diff)) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "the " + driver.state() + " changed since the diff was confirmed; preview again");
        }
        cancel.check();

        start(PushStep.SAVE, null);
        String note = driver.save(session);
        saved = true;
        log.ok(note);

        start(PushStep.APPLY, null);
        log.ok(driver.apply(session));

        start(PushStep.VERIFY, null);
        DeviceDriver.Verified v = driver.verify(session);
        log.ok(v.step());
        return report(DeviceOutcome.APPLIED, v.reason(), true);
    }

    private void start(PushStep step, String detail) {
        log.start(step, detail != null ? detail : driver.detail(step, options));
    }

    private DeviceReport restore(PushFailure cause) {
        String why = (log.current() == null ? "" : log.current().label() + " failed: ") + cause.getMessage();
        log.start(PushStep.ROLLBACK, "because " + why);
        session.restoring();
        PushFailure last = null;
        for (int attempt = 1; attempt <= RESTORE_ATTEMPTS; attempt++) {
            try {
                if (!session.connected()) {
                    log.progress("reconnecting (attempt " + attempt + " of " + RESTORE_ATTEMPTS + ")");
                    session.reconnect();
                }
                DeviceDriver.Restored r = driver.restore(session);
                if (r.complete()) {
                    log.ok(r.message());
                    return report(DeviceOutcome.ROLLED_BACK, why + "; " + r.message(), false);
                }
                return halfApplied(why + "; ROLLBACK INCOMPLETE: " + r.message());
            } catch (PushFailure f) {
                last = f;
                log.progress("attempt " + attempt + " failed: " + f.getMessage());
                pause();
            }
        }
        return halfApplied(why + "; ROLLBACK FAILED: " + last.getMessage() + ". " + driver.halfApplied(session));
    }

    private DeviceReport halfApplied(String message) {
        log.failed(message);
        keepWorkDir = true;
        return report(DeviceOutcome.FAILED, message, true);
    }

    private DeviceReport report(DeviceOutcome outcome, String reason, boolean changed) {
        return new DeviceReport(device, driver.kind(), outcome, reason, diff, changed, log.lines());
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
