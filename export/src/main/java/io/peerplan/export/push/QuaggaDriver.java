package io.peerplan.export.push;

import io.peerplan.model.Management;
import java.util.List;
import java.util.Map;

/**
 * A Quagga 1.2 router in the push transaction. Quagga has no frr-reload.py, so Peerplan does its
 * part: the candidate's two daemon configs are checked by the device's own {@code bgpd -C} and
 * {@code zebra -C}, diffed against {@code show running-config} as Quagga commands
 * ({@link QuaggaDiff}), and applied live with vtysh plus {@code write memory}, or, when the diff
 * cannot be applied live, by replacing the config files and restarting the daemons; the diff says
 * which. The save keeps the running config and byte copies of the config files; a restore puts the
 * files back, restarts when the apply did, turns the running config back with vtysh, and reads it
 * back: only a byte-identical match counts as restored.
 */
final class QuaggaDriver implements DeviceDriver {
    private final QuaggaTarget target;
    private final DetachedJob vtysh = new DetachedJob("vtysh");
    private final DetachedJob restart = new DetachedJob("the Quagga restart");
    private QuaggaCommands cmd;
    private QuaggaCandidate candidate;
    private QuaggaDiff diff;
    private SessionVerifier verifier;
    private Map<String, String> sessionsBefore;
    private String saved;
    private boolean applyStarted;

    /** The router to push: its id, management settings, candidate files and expectations. */
    record QuaggaTarget(String device, Management management, QuaggaCandidate candidate, FrrExpectations expectations) {
    }

    QuaggaDriver(QuaggaTarget target) {
        this.target = target;
    }

    @Override
    public String kind() {
        return "Quagga router";
    }

    @Override
    public String detail(PushStep step, PushOptions options) {
        return switch (step) {
            case CHECK -> "bgpd -C -f, zebra -C -f";
            case DIFF -> "vtysh -c 'show running-config'";
            case SAVE -> "show running-config, cp -p " + QuaggaCommands.CONF_DIR + "/zebra.conf, bgpd.conf";
            case APPLY -> diff == null || diff.restartReason().isEmpty() ? "vtysh configure, write memory"
                    : "replace " + QuaggaCommands.CONF_DIR + "/zebra.conf, bgpd.conf; " + cmd.restartShown();
            case VERIFY -> "within " + options.verifyTimeout().toSeconds() + " s";
            default -> null;
        };
    }

    /** Every command line is settled before connecting: a prefix or layout that is not allowed never reaches the device. */
    @Override
    public void refuse() throws PushFailure {
        new QuaggaCommands(target.device(), target.management());
    }

    @Override
    public String stage(DeviceSession s) throws PushFailure {
        cmd = new QuaggaCommands(target.device(), target.management());
        cmd.workDir(s.dir());
        ExecResult where = s.exec(QuaggaCommands.locateDaemons());
        if (!where.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "Quagga's bgpd and zebra were not found (looked on the login's PATH and in "
                    + String.join(", ", QuaggaCommands.SBIN_DIRS) + "; OpenWrt: opkg install quagga-zebra quagga-bgpd quagga-vtysh)");
        }
        cmd.sbin(where.stdout().strip());
        candidate = target.candidate();
        if (DeviceSecrets.hasPlaceholders(candidate.bgpdConf())) {
            candidate = new QuaggaCandidate(candidate.zebraConf(), DeviceSecrets.fill(candidate.bgpdConf(), s.require(cmd.showRunning(), "show running-config")));
            s.progress("secret placeholders filled from the device's running config");
        }
        for (String d : QuaggaCommands.DAEMONS) {
            s.upload(cmd.file(d + ".conf"), candidate.of(d));
        }
        s.require(cmd.shareWithDaemons(), "make the candidate readable by Quagga's daemons");
        return cmd.file("zebra.conf") + ", bgpd.conf";
    }

    /** A "%" or "***" line is a refusal even with exit 0: lib/vty.c vty_read_file reports a refused command and goes on. */
    @Override
    public void check(DeviceSession s) throws PushFailure {
        for (String d : QuaggaCommands.DAEMONS) {
            ExecResult r = s.exec(cmd.syntaxCheck(d, cmd.file(d + ".conf")));
            String said = (r.stdout() + r.stderr()).strip();
            if (!r.ok() || said.lines().anyMatch(l -> l.startsWith("%") || l.startsWith("***"))) {
                throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "the device's Quagga " + d + " rejected the candidate " + d + ".conf (exit "
                        + r.exitStatus() + "): " + said);
            }
        }
    }

    @Override
    public Diff diff(DeviceSession s) throws PushFailure {
        String running = running(s);
        diff = QuaggaDiff.between(QuaggaConfigLines.parse(running), QuaggaConfigLines.merge(List.of(candidate.zebraConf(), candidate.bgpdConf())));
        String how = "replacing " + QuaggaCommands.CONF_DIR + "/zebra.conf and bgpd.conf and running '" + cmd.restartShown() + "' (every session restarts)";
        return new Diff(Redact.secrets(diff.text(how)), diff.changes());
    }

    /** {@code show running-config}; an answer without vtysh's header is not Quagga's vtysh speaking. */
    private String running(DeviceSession s) throws PushFailure {
        String text = s.require(cmd.showRunning(), "vtysh -c 'show running-config'");
        if (!text.contains("Current configuration:")) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "vtysh -c 'show running-config' did not print a running config, so the program "
                    + "that answered is not Quagga's vtysh" + (text.isBlank() ? " (no output)" : ": " + text.lines().findFirst().orElse("")));
        }
        return text;
    }

    @Override
    public String save(DeviceSession s) throws PushFailure {
        verifier = new SessionVerifier(new QuaggaQueries(s.host(), cmd, s.options().stepTimeout()));
        String running = running(s);
        sessionsBefore = verifier.sessions(s.cancel());
        s.require(cmd.saveFiles(), "save " + QuaggaCommands.CONF_DIR + "/zebra.conf and bgpd.conf");
        s.upload(cmd.file("rollback-running.conf"), running);
        saved = running;
        return running.lines().count() + " lines saved, with " + QuaggaCommands.CONF_DIR + "/zebra.conf and bgpd.conf copied to " + cmd.file("saved-*.conf");
    }

    @Override
    public String apply(DeviceSession s) throws PushFailure {
        applyStarted = true;
        if (diff.restartReason().isPresent()) {
            restart.run(s, cmd.installCandidates() + " && " + cmd.restartAndWait(), "apply");
            s.exec(cmd.softClear());
            return "config files replaced, '" + cmd.restartShown() + "' run, both daemons answer";
        }
        refusedUnlessSilent(vtysh.run(s, cmd.vtysh(diff.commands()), "apply"));
        String written = s.require(cmd.vtysh("write memory"), "write memory");
        for (String d : QuaggaCommands.DAEMONS) {
            // Each daemon writes the file it was started with (lib/command.c config_write_file): the layout's, or the layout is wrong.
            if (!written.contains("Configuration saved to " + QuaggaCommands.config(d))) {
                throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "write memory did not save " + QuaggaCommands.config(d) + " (is management.quaggaLayout "
                        + "the router's?): " + DetachedJob.tail(written.strip()));
            }
        }
        ExecResult clear = s.exec(cmd.softClear());
        return "applied live, written to " + QuaggaCommands.CONF_DIR + (clear.ok() ? "; soft clear sent" : "; soft clear refused: " + clear.failureText());
    }

    /** Configuration commands print nothing when accepted; anything else is Quagga refusing one (often with exit 0, CMD_WARNING). */
    private static void refusedUnlessSilent(String output) throws PushFailure {
        if (!output.isBlank()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "the device's vtysh refused a command: " + DetachedJob.tail(output.strip()));
        }
    }

    @Override
    public Verified verify(DeviceSession s) throws PushFailure {
        SessionVerifier.Result v = verifier.verify(target.expectations(), sessionsBefore, s.options().verifyTimeout(), s.cancel());
        String notes = v.notes().isEmpty() ? "" : " (" + String.join("; ", v.notes()) + ")";
        if (!v.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, v.message() + notes);
        }
        return new Verified(v.message(), v.message() + notes);
    }

    @Override
    public Restored restore(DeviceSession s) throws PushFailure {
        if (applyStarted) {
            try {
                DetachedJob job = diff.restartReason().isPresent() ? restart : vtysh;
                if (job.await(s, "apply").isPresent()) {
                    s.progress("the interrupted apply has finished on the device");
                }
            } catch (PushFailure applyFailed) {
                // The apply's own failure is already the reason for this rollback.
                s.progress("the apply had failed: " + applyFailed.getMessage());
            }
        }
        s.require(cmd.restoreFiles(), "put back " + QuaggaCommands.CONF_DIR + "/zebra.conf and bgpd.conf");
        String tag = "rollback-" + System.nanoTime();
        if (diff.restartReason().isPresent()) {
            restart.run(s, cmd.restartAndWait(), tag + "-restart");
        }
        QuaggaDiff back = QuaggaDiff.between(QuaggaConfigLines.parse(s.require(cmd.showRunning(), "show running-config")),
                QuaggaConfigLines.parse(saved));
        if (back.changes()) {
            refusedUnlessSilent(vtysh.run(s, cmd.vtysh(back.commands()), tag));
        }
        s.exec(cmd.softClear());
        ExecResult now = s.exec(cmd.showRunning());
        if (!now.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "could not read the running config back: " + now.failureText());
        }
        if (now.stdout().equals(saved)) {
            return new Restored(true, "the saved running config was restored and read back byte-identical, and the config files put back byte for byte");
        }
        return new Restored(false, "the running config read back differs from the saved one (" + RunningConfigDiff.summary(saved, now.stdout())
                + "); the saved config stays in " + cmd.file("rollback-running.conf") + " on the device");
    }

    @Override
    public String halfApplied(DeviceSession s) {
        return "The device may be half-applied: its saved running config is in " + cmd.file("rollback-running.conf") + " and its config files in "
                + cmd.file("saved-zebra.conf") + " and saved-bgpd.conf on the device (copy them back to " + QuaggaCommands.CONF_DIR
                + " and restart Quagga to restore it)";
    }
}
