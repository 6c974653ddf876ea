package io.peerplan.export.push;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The push of one FRR router (issue 8): upload the candidate to a private temp directory, check it
 * with {@code vtysh -C -f}, diff it with {@code frr-reload.py --test}, save the running config,
 * apply with {@code frr-reload.py --reload} plus a soft clear, and verify. Any failure after the
 * save (including cancellation and a dropped connection) rolls back to the saved config, which is
 * then read back and compared byte for byte; the report says exactly which of these happened.
 */
final class FrrDevicePush {
    private final FrrTarget target;
    private final SshConnector connector;
    private final PushOptions options;
    private final CancelToken cancel;
    private final StepLog log;
    private final String approvedDiff;

    private RemoteHost host;
    private FrrCommands cmd;
    private String diff = "";
    private String saved;
    private boolean applyStarted;
    private boolean keepWorkDir;

    /** The device to push: its id, login, management settings, candidate text and expectations. */
    record FrrTarget(String device, Endpoint endpoint, io.peerplan.model.Management management, String candidate,
            FrrExpectations expectations) {
    }

    FrrDevicePush(FrrTarget target, SshConnector connector, PushOptions options, CancelToken cancel, PushListener listener,
            String approvedDiff) {
        this.target = target;
        this.connector = connector;
        this.options = options;
        this.cancel = cancel;
        this.log = new StepLog(target.device(), listener);
        this.approvedDiff = approvedDiff;
    }

    DeviceReport run() {
        try {
            try {
                return push();
            } catch (RuntimeException bug) {
                // Even an unexpected error must not leave the device half-applied: treat it like any failure.
                throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "internal error: " + bug, bug);
            }
        } catch (PushFailure f) {
            if (saved == null) {
                log.failed(f.getMessage());
                DeviceOutcome o = f.kind() == PushFailure.Kind.CANCELLED ? DeviceOutcome.CANCELLED : DeviceOutcome.FAILED;
                return report(o, Untouched.note(f.getMessage(), "device"), false);
            }
            log.failed(f.getMessage());
            return new FrrRollback(this).run(f);
        } finally {
            cleanup();
        }
    }

    private DeviceReport push() throws PushFailure {
        log.start(PushStep.CONNECT, target.endpoint().display());
        // Every command line is settled before connecting: a command prefix that is not allowed never reaches the device.
        cmd = new FrrCommands(target.device(), target.management(), target.endpoint().user());
        host = connector.connect(target.endpoint(), cancel);
        log.ok(null);

        log.start(PushStep.UPLOAD, null);
        cmd.workDir(require(FrrCommands.makeWorkDir(), "mktemp").strip());
        if (!cmd.persists()) {
            require(cmd.prepareConfDir(), "prepare confdir");
        }
        ExecResult where = exec(FrrCommands.locateReloadScript(), options.stepTimeout());
        if (!where.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "frr-reload.py not found (looked in " + String.join(", ", FrrCommands.RELOAD_SCRIPTS)
                    + "; Debian: apt-get install frr-pythontools)");
        }
        cmd.reloadScript(where.stdout().strip());
        String candidate = target.candidate();
        if (DeviceSecrets.hasPlaceholders(candidate)) {
            candidate = DeviceSecrets.fill(candidate, require(cmd.showRunning(), "show running-config"));
            log.progress("secret placeholders filled from the device's running config");
        }
        host.upload(cmd.file("candidate.conf"), candidate.getBytes(StandardCharsets.UTF_8), options.stepTimeout(), cancel);
        log.ok(cmd.file("candidate.conf"));

        log.start(PushStep.CHECK, "vtysh -C -f");
        ExecResult check = exec(cmd.syntaxCheck(cmd.file("candidate.conf")), options.stepTimeout());
        if (!check.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "the device's vtysh rejected the candidate config (exit " + check.exitStatus() + "): "
                    + check.failureText());
        }
        log.ok(null);

        log.start(PushStep.DIFF, "frr-reload.py --test");
        ExecResult test = exec(cmd.reloadTest(cmd.file("candidate.conf")), options.stepTimeout());
        if (!test.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "frr-reload.py --test failed (exit " + test.exitStatus() + "): " + test.failureText());
        }
        diff = test.stdout().strip();
        if (!ReloadDiff.parse(diff).answers(candidate)) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "frr-reload.py --test exited 0 but listed no line at all, although it "
                    + "always lists 'ip forwarding' for a Peerplan candidate: the program that answered is not FRR's frr-reload.py"
                    + (test.stdout().isBlank() ? " (no output)" : ": " + test.stdout().strip().lines().findFirst().orElse("")));
        }
        if (ReloadDiff.parse(diff).isNoChange()) {
            log.ok("no difference");
            return report(DeviceOutcome.UNCHANGED, "the running config already matches the design", false);
        }
        log.ok(diff.lines().count() + " lines");
        if (options.dryRun()) {
            return report(DeviceOutcome.PREVIEWED, "dry run: diff shown, nothing changed", false);
        }
        if (approvedDiff != null && !approvedDiff.equals(diff)) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "the running config changed since the diff was confirmed; preview again");
        }
        cancel.check();

        log.start(PushStep.SAVE, "show running-config");
        FrrVerifier verifier = new FrrVerifier(host, cmd, options.stepTimeout());
        String running = require(cmd.showRunning(), "show running-config");
        Map<String, String> before = verifier.sessions(cancel);
        host.upload(cmd.file("rollback.conf"), RunningConfigDiff.body(running).getBytes(StandardCharsets.UTF_8), options.stepTimeout(), cancel);
        saved = running;
        log.ok(running.lines().count() + " lines saved to " + cmd.file("rollback.conf") + " and kept locally");

        log.start(PushStep.APPLY, "frr-reload.py --reload");
        applyStarted = true;
        runReload("candidate.conf", "apply", cancel);
        ExecResult clear = exec(cmd.softClear(), options.stepTimeout());
        // Verify judges the result; a router without BGP has nothing to clear.
        log.ok(clear.ok() ? "applied; soft clear sent" : "applied; soft clear refused: " + clear.failureText());

        log.start(PushStep.VERIFY, "within " + options.verifyTimeout().toSeconds() + " s");
        FrrVerifier.Result v = verifier.verify(target.expectations(), before, options.verifyTimeout(), cancel);
        if (!v.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, v.message() + notes(v.notes()));
        }
        log.ok(v.message());
        String persisted = cmd.persists() ? "" : "; not saved to the startup config (login is not root and has no commandPrefix)";
        return report(DeviceOutcome.APPLIED, v.message() + persisted + notes(v.notes()), true);
    }

    /** Runs frr-reload.py --reload detached and waits for it; throws when it failed. */
    void runReload(String file, String tag, CancelToken token) throws PushFailure {
        ExecResult started = exec(cmd.reloadDetached(cmd.file(file), tag), options.stepTimeout(), token);
        if (!started.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "could not start frr-reload.py: " + started.failureText());
        }
        log.progress("frr-reload.py --reload " + file + " running on the device");
        awaitReload(tag, token);
    }

    /** Waits for a started detached reload; returns false when none was started under this tag. */
    boolean awaitReload(String tag, CancelToken token) throws PushFailure {
        ExecResult r = exec(cmd.awaitJob(tag), options.applyTimeout(), token);
        if (r.exitStatus() == FrrCommands.NOT_STARTED) {
            return false;
        }
        if (!r.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "could not wait for frr-reload.py: " + r.failureText());
        }
        String status = r.stdout().lines().findFirst().orElse("").strip();
        if (!status.equals("0")) {
            String logText = r.stdout().lines().skip(1).filter(l -> !l.isBlank()).reduce((a, b) -> a + "\n" + b).orElse("");
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "frr-reload.py --reload exited " + status + ": " + tail(logText));
        }
        return true;
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
    }

    private static String notes(List<String> notes) {
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }

    private String require(String command, String what) throws PushFailure {
        ExecResult r = exec(command, options.stepTimeout());
        if (!r.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "'" + what + "' failed (exit " + r.exitStatus() + "): " + r.failureText());
        }
        return r.stdout();
    }

    ExecResult exec(String command, Duration timeout) throws PushFailure {
        return exec(command, timeout, cancel);
    }

    ExecResult exec(String command, Duration timeout, CancelToken token) throws PushFailure {
        return host.exec(command, timeout, token);
    }

    private void cleanup() {
        if (!keepWorkDir && host != null && cmd != null && cmd.workDir() != null && host.isConnected()) {
            try {
                host.exec(cmd.removeWorkDir(), options.stepTimeout(), CancelToken.never());
            } catch (PushFailure ignored) {
                // Leaving a temp directory behind is harmless; the report already says what matters.
            }
        }
        if (host != null) {
            host.close();
        }
    }

    DeviceReport report(DeviceOutcome outcome, String reason, boolean changed) {
        return new DeviceReport(target.device(), "FRR router", outcome, reason, diff, changed, log.lines());
    }

    // Accessors for the rollback, which works on this push's state.
    FrrTarget target() {
        return target;
    }

    SshConnector connector() {
        return connector;
    }

    PushOptions options() {
        return options;
    }

    StepLog log() {
        return log;
    }

    RemoteHost host() {
        return host;
    }

    void host(RemoteHost value) {
        host = value;
    }

    FrrCommands commands() {
        return cmd;
    }

    String saved() {
        return saved;
    }

    boolean applyStarted() {
        return applyStarted;
    }

    /** Keeps the work directory (and its rollback.conf) on the device: the report points the user at it. */
    void keepWorkDir() {
        keepWorkDir = true;
    }
}
