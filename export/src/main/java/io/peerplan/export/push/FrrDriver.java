package io.peerplan.export.push;

import io.peerplan.model.Management;
import java.util.List;
import java.util.Map;

/**
 * An FRR router in the push transaction: the candidate is checked with {@code vtysh -C -f}, diffed
 * and applied with {@code frr-reload.py --test / --reload} plus a soft clear, verified by polling
 * the BGP sessions and advertised routes ({@link FrrVerifier}); the running config saved before the
 * apply is restored the same way and read back, only a byte-identical match counting as restored.
 */
final class FrrDriver implements DeviceDriver {
    private final FrrTarget target;
    private FrrCommands cmd;
    private FrrReload reload;
    private FrrVerifier verifier;
    private Map<String, String> sessionsBefore;
    private String saved;
    private boolean applyStarted;

    /** The router to push: its id, management settings, login user, candidate text and expectations. */
    record FrrTarget(String device, Management management, String user, String candidate, FrrExpectations expectations) {
    }

    FrrDriver(FrrTarget target) {
        this.target = target;
    }

    @Override
    public String kind() {
        return "FRR router";
    }

    @Override
    public String noun() {
        return "device";
    }

    @Override
    public String state() {
        return "running config";
    }

    @Override
    public String detail(PushStep step, PushOptions options) {
        return switch (step) {
            case CHECK -> "vtysh -C -f";
            case DIFF -> "frr-reload.py --test";
            case SAVE -> "show running-config";
            case APPLY -> "frr-reload.py --reload";
            case VERIFY -> "within " + options.verifyTimeout().toSeconds() + " s";
            default -> null;
        };
    }

    /** Every command line is settled before connecting: a command prefix that is not allowed never reaches the device. */
    @Override
    public void refuse() throws PushFailure {
        new FrrCommands(target.device(), target.management(), target.user());
    }

    @Override
    public String stage(DeviceSession s) throws PushFailure {
        cmd = new FrrCommands(target.device(), target.management(), target.user());
        cmd.workDir(s.dir());
        reload = new FrrReload(cmd);
        if (!cmd.persists()) {
            s.require(cmd.prepareConfDir(), "prepare confdir");
        }
        ExecResult where = s.exec(FrrCommands.locateReloadScript());
        if (!where.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "frr-reload.py not found (looked in " + String.join(", ", FrrCommands.RELOAD_SCRIPTS)
                    + "; Debian: apt-get install frr-pythontools)");
        }
        cmd.reloadScript(where.stdout().strip());
        s.progress(FrrVersion.check(s.require(cmd.showVersion(), "show version")) + "; " + where.stdout().strip());
        String candidate = target.candidate();
        if (DeviceSecrets.hasPlaceholders(candidate)) {
            candidate = DeviceSecrets.fill(candidate, s.require(cmd.showRunning(), "show running-config"));
            s.progress("secret placeholders filled from the device's running config");
        }
        s.upload(cmd.file("candidate.conf"), candidate);
        return cmd.file("candidate.conf");
    }

    @Override
    public void check(DeviceSession s) throws PushFailure {
        ExecResult check = s.exec(cmd.syntaxCheck(cmd.file("candidate.conf")));
        if (!check.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "the device's vtysh rejected the candidate config (exit " + check.exitStatus() + "): "
                    + check.failureText());
        }
    }

    @Override
    public Diff diff(DeviceSession s) throws PushFailure {
        ExecResult test = s.exec(cmd.reloadTest(cmd.file("candidate.conf")));
        if (!test.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "frr-reload.py --test failed (exit " + test.exitStatus() + "): " + test.failureText());
        }
        String text = test.stdout().strip();
        if (!ReloadDiff.parse(text).answers(target.candidate())) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "frr-reload.py --test exited 0 but listed no line at all, although it "
                    + "always lists 'ip forwarding' for a Peerplan candidate: the program that answered is not FRR's frr-reload.py"
                    + (text.isEmpty() ? " (no output)" : ": " + text.lines().findFirst().orElse("")));
        }
        return new Diff(text, !ReloadDiff.parse(text).isNoChange());
    }

    @Override
    public String save(DeviceSession s) throws PushFailure {
        verifier = new FrrVerifier(s.host(), cmd, s.options().stepTimeout());
        String running = s.require(cmd.showRunning(), "show running-config");
        sessionsBefore = verifier.sessions(s.cancel());
        s.upload(cmd.file("rollback.conf"), RunningConfigDiff.body(running));
        saved = running;
        return running.lines().count() + " lines saved to " + cmd.file("rollback.conf") + " and kept locally";
    }

    @Override
    public String apply(DeviceSession s) throws PushFailure {
        applyStarted = true;
        reload.run(s, "candidate.conf", "apply");
        ExecResult clear = s.exec(cmd.softClear());
        // Verify judges the result; a router without BGP has nothing to clear.
        return clear.ok() ? "applied; soft clear sent" : "applied; soft clear refused: " + clear.failureText();
    }

    @Override
    public Verified verify(DeviceSession s) throws PushFailure {
        FrrVerifier.Result v = verifier.verify(target.expectations(), sessionsBefore, s.options().verifyTimeout(), s.cancel());
        if (!v.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, v.message() + notes(v.notes()));
        }
        String persisted = cmd.persists() ? "" : "; not saved to the startup config (login is not root and has no commandPrefix)";
        return new Verified(v.message(), v.message() + persisted + notes(v.notes()));
    }

    @Override
    public Restored restore(DeviceSession s) throws PushFailure {
        if (applyStarted) {
            try {
                if (reload.await(s, "apply")) {
                    s.progress("the interrupted apply has finished on the device");
                }
            } catch (PushFailure applyFailed) {
                // The apply's own failure is already the reason for this rollback.
                s.progress("the apply had failed: " + applyFailed.getMessage());
            }
        }
        s.upload(cmd.file("rollback.conf"), RunningConfigDiff.body(saved));
        reload.run(s, "rollback.conf", "rollback-" + System.nanoTime());
        s.exec(cmd.softClear());
        ExecResult now = s.exec(cmd.showRunning());
        if (!now.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "could not read the running config back: " + now.failureText());
        }
        if (now.stdout().equals(saved)) {
            return new Restored(true, "the saved running config was restored and read back byte-identical");
        }
        return new Restored(false, "the running config read back differs from the saved one (" + RunningConfigDiff.summary(saved, now.stdout())
                + "); the saved config stays in " + cmd.file("rollback.conf") + " on the device");
    }

    @Override
    public String halfApplied(DeviceSession s) {
        return "The device may be half-applied: its saved config is in " + cmd.file("rollback.conf")
                + " on the device (frr-reload.py --reload that file to restore it)";
    }

    private static String notes(List<String> notes) {
        return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
    }
}
