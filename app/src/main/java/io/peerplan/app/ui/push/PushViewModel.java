package io.peerplan.app.ui.push;

import io.peerplan.app.ui.fit.Words;

import io.peerplan.export.PushCandidates;
import io.peerplan.export.push.CancelToken;
import io.peerplan.export.push.DeviceOutcome;
import io.peerplan.export.push.DeviceReport;
import io.peerplan.export.push.HostKeyTrust;
import io.peerplan.export.push.PassphrasePrompt;
import io.peerplan.export.push.PushEvent;
import io.peerplan.export.push.PushFailure;
import io.peerplan.export.push.PushListener;
import io.peerplan.export.push.PushOptions;
import io.peerplan.export.push.PushPlan;
import io.peerplan.export.push.PushReport;
import io.peerplan.export.push.PushRunner;
import io.peerplan.export.push.SshConnector;
import io.peerplan.export.push.SshSettings;
import io.peerplan.export.push.SshjConnector;
import io.peerplan.model.Cluster;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The push dialog without JavaFX: plan → preview (a dry run that computes every chosen device's
 * diff) → confirmation → apply → report. SSH work runs on {@code worker}; every change of state
 * reaches the rows on {@code ui} (Platform.runLater in the dialog, the calling thread in tests),
 * then {@code onChange} runs there. The run's {@link CancelToken} stops it; a device already being
 * applied is rolled back by the engine, never left half-applied.
 */
public final class PushViewModel {
    public enum Stage {
        /** Choosing devices and SSH settings. */
        PLAN,
        /** The dry run that computes the diffs is running. */
        PREVIEWING,
        /** The diffs are shown; the user confirms or goes back. */
        REVIEW,
        /** The apply is running. */
        APPLYING,
        /** Done: the report is shown. */
        REPORT
    }

    /** Opens the SSH connector for a run (reads key files, asking for passphrases). */
    @FunctionalInterface
    public interface Connectors {
        SshConnector open(SshSettings settings) throws PushFailure;
    }

    private final Topology topology;
    private final Connectors connectors;
    private final Executor worker;
    private final Executor ui;
    private final List<DeviceRow> rows = new ArrayList<>();
    private Runnable onChange = () -> { };
    private PushSettings settings;
    private PassphrasePrompt passphrases = PassphrasePrompt.NONE;
    private PushOptions options = PushOptions.DEFAULTS;
    private boolean dryRun;
    private Stage stage = Stage.PLAN;
    private String status = "";
    private CancelToken cancel;
    private SshConnector connector;
    private SshSettings connectorFor;

    public PushViewModel(Topology topology, PushSettings settings, Connectors connectors, Executor worker, Executor ui) {
        this.topology = topology;
        this.settings = settings;
        this.connectors = connectors == null ? SshjConnector::open : connectors;
        this.worker = worker;
        this.ui = ui;
        PushPlan.of(topology, List.of()).targets().forEach(t -> rows.add(new DeviceRow(t)));
        status = plannedText();
    }

    public List<DeviceRow> rows() {
        return List.copyOf(rows);
    }

    public DeviceRow row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException("no device " + id));
    }

    public void onChange(Runnable r) {
        onChange = r;
    }

    public Stage stage() {
        return stage;
    }

    public String status() {
        return status;
    }

    public boolean running() {
        return stage == Stage.PREVIEWING || stage == Stage.APPLYING;
    }

    public PushSettings settings() {
        return settings;
    }

    public void settings(PushSettings value) {
        settings = value;
    }

    public void passphrases(PassphrasePrompt value) {
        passphrases = value == null ? PassphrasePrompt.NONE : value;
    }

    public void options(PushOptions value) {
        options = value;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** Dry-run mode: the preview's diffs are the end, nothing is applied. */
    public void dryRun(boolean value) {
        dryRun = value;
        onChange.run();
    }

    /** Chooses a device (devices Peerplan cannot push stay unchosen); only before a run. */
    public void select(String id, boolean on) {
        if (stage == Stage.PLAN || stage == Stage.REPORT) {
            row(id).selected(on);
            stage = Stage.PLAN;
            status = plannedText();
        }
        // Also when refused: the view shows the row's real choice again.
        onChange.run();
    }

    public List<DeviceRow> chosen() {
        return rows.stream().filter(DeviceRow::selected).toList();
    }

    private String plannedText() {
        long unsupported = rows.stream().filter(r -> !r.supported()).count();
        return chosen().size() + " of " + Words.count(rows.size(), "device") + " chosen" + (unsupported == 0 ? "" : "; " + unsupported
                + " not supported (listed for reference)") + ". Preview connects and computes each diff; nothing is changed.";
    }

    /** Why the preview cannot start, or null. */
    public String previewBlocker() {
        if (running()) {
            return "A run is in progress.";
        }
        return chosen().isEmpty() ? "Choose at least one device Peerplan can push." : null;
    }

    /** Step 2: the dry run over SSH for the chosen devices; their diffs come back in the rows. */
    public void preview() {
        if (previewBlocker() != null) {
            throw new IllegalStateException(previewBlocker());
        }
        List<DeviceRow> devices = chosen();
        rows.forEach(r -> r.reset(false, r.selected() ? "waiting" : ""));
        start(Stage.PREVIEWING, "Previewing " + Words.count(devices.size(), "device") + ": connect, upload, syntax check and diff on each device…");
        PushPlan plan = new PushPlan(devices.stream().map(DeviceRow::target).toList());
        CancelToken token = cancel;
        SshSettings ssh = settings.ssh(passphrases);
        inBackground(() -> runner(ssh, options.withDryRun(true), false).run(plan, token), this::previewed);
    }

    /** A push run on the worker; its report (or why it could not start) goes back to the UI thread. */
    private void inBackground(PushRun run, java.util.function.Consumer<PushReport> then) {
        worker.execute(() -> {
            PushReport report;
            try {
                report = run.run();
            } catch (PushFailure f) {
                ui.execute(() -> failedToStart(f.getMessage()));
                return;
            }
            ui.execute(() -> then.accept(report));
        });
    }

    @FunctionalInterface
    private interface PushRun {
        PushReport run() throws PushFailure;
    }

    private void previewed(PushReport report) {
        report.devices().forEach(d -> row(d.device()).previewed(d));
        int changes = toApply().size();
        if (dryRun || changes == 0) {
            stage = Stage.REPORT;
            // "Nothing to change" is only true when every device was reached; failures mean we do not know.
            boolean failures = report.devices().stream().anyMatch(d -> d.outcome() == DeviceOutcome.FAILED
                    || d.outcome() == DeviceOutcome.CANCELLED);
            status = (dryRun ? "Dry run: diffs shown, nothing was changed. " : failures
                    ? "Nothing can be applied: the preview failed on some devices. " : "Nothing to change. ") + counts(report);
        } else {
            stage = Stage.REVIEW;
            status = Words.count(changes, "device") + " would change. Review each diff, then apply. " + counts(report);
        }
        cancel = null;
        onChange.run();
    }

    /** Devices whose preview found a change, with the diff the user reviews (device id → diff). */
    public Map<String, String> toApply() {
        Map<String, String> out = new LinkedHashMap<>();
        for (DeviceRow r : rows) {
            if (r.preview() != null && r.preview().outcome() == DeviceOutcome.PREVIEWED) {
                out.put(r.id(), r.preview().diff());
            }
        }
        return out;
    }

    /** The confirmation's words: how many devices change, with their diff sizes, and what is left alone. */
    public String confirmation() {
        Map<String, String> apply = toApply();
        StringBuilder s = new StringBuilder("Apply the design to " + Words.count(apply.size(), "device") + "?\n\n");
        apply.forEach((id, diff) -> {
            int[] c = DiffLines.counts(diff);
            s.append("  ").append(row(id).name()).append(" [").append(id).append("]: ").append(Words.count(c[0], "line")).append(" removed, ")
                    .append(c[1]).append(" added\n");
        });
        long unchanged = rows.stream().filter(r -> r.preview() != null && r.preview().outcome() == DeviceOutcome.UNCHANGED).count();
        long failed = rows.stream().filter(r -> r.preview() != null && !apply.containsKey(r.id())
                && r.preview().outcome() != DeviceOutcome.UNCHANGED).count();
        s.append("\nEach device: save the running config, apply (frr-reload.py --reload on FRR; vtysh, or a restart where its diff says so, on Quagga), "
                + "soft clear, verify within ")
                .append(options.verifyTimeout().toSeconds()).append(" s; any failure rolls it back.");
        if (unchanged > 0) {
            s.append("\n").append(Words.count(unchanged, "device")).append(unchanged == 1 ? " already matches" : " already match")
                    .append(" the design and ").append(unchanged == 1 ? "is" : "are").append(" left alone.");
        }
        if (failed > 0) {
            s.append("\n").append(Words.count(failed, "device")).append(" failed in the preview and ")
                    .append(failed == 1 ? "is" : "are").append(" not touched.");
        }
        return s.toString();
    }

    /** Step 4: applies exactly the reviewed diffs (a device whose running config changed since is refused by the engine). */
    public void apply() {
        Map<String, String> approved = toApply();
        if (stage != Stage.REVIEW || approved.isEmpty() || dryRun) {
            throw new IllegalStateException("nothing reviewed to apply");
        }
        List<DeviceRow> devices = rows.stream().filter(r -> approved.containsKey(r.id())).toList();
        devices.forEach(r -> r.reset(true, "waiting"));
        start(Stage.APPLYING, "Applying to " + Words.count(devices.size(), "device") + "…");
        PushPlan plan = new PushPlan(devices.stream().map(DeviceRow::target).toList());
        CancelToken token = cancel;
        SshSettings ssh = settings.ssh(passphrases);
        inBackground(() -> runner(ssh, options.withDryRun(false), true).run(plan, token, approved), this::applied);
    }

    private void applied(PushReport report) {
        report.devices().forEach(d -> row(d.device()).done(d));
        stage = Stage.REPORT;
        status = (report.allOk() ? "Done. " : "Done, with problems. ") + counts(finalReport());
        cancel = null;
        onChange.run();
    }

    /** Cancels the run in progress; the engine rolls back devices already being applied. */
    public void cancel() {
        CancelToken token = cancel;
        if (token != null && !token.isCancelled()) {
            status = "Cancelling… devices already being applied are rolled back first.";
            onChange.run();
            // Cancelling closes SSH channels, which may block for a moment: not on the UI thread.
            Thread.ofVirtual().name("peerplan-push-cancel").start(token::cancel);
        }
    }

    /** Back from the review to the plan (nothing applied). */
    public void back() {
        if (stage == Stage.REVIEW || stage == Stage.REPORT) {
            stage = Stage.PLAN;
            status = plannedText();
            onChange.run();
        }
    }

    /**
     * Reads the key the device offers now and hands it to {@code found} (on the UI thread) only when
     * its fingerprint is the one the push refused; the user then confirms before {@link #trust}.
     */
    public void scanHostKey(String id, java.util.function.Consumer<HostKeyTrust.ScannedKey> found) {
        HostKeyNotice notice = row(id).hostKey().orElseThrow(() -> new IllegalStateException(id + " was not refused for its host key"));
        if (notice.changed()) {
            throw new IllegalStateException(id + ": a changed host key is never replaced from here");
        }
        TopologyIndex index = new TopologyIndex(topology);
        io.peerplan.model.Management m = index.router(id).map(io.peerplan.model.Router::management)
                .or(() -> index.cluster(id).map(Cluster::management)).orElse(null);
        status = "Reading the host key of " + id + "…";
        onChange.run();
        worker.execute(() -> {
            try {
                HostKeyTrust.ScannedKey key = HostKeyTrust.scan(io.peerplan.export.push.Endpoint.of(id, m), options.stepTimeout());
                ui.execute(() -> {
                    if (!key.fingerprint().equals(notice.fingerprint())) {
                        status = id + ": the host now offers " + key.fingerprint() + ", not the " + notice.fingerprint()
                                + " that was refused. Not trusted; check the device.";
                        onChange.run();
                        return;
                    }
                    status = id + ": compare the fingerprint with the device before trusting it.";
                    onChange.run();
                    found.accept(key);
                });
            } catch (PushFailure f) {
                ui.execute(() -> {
                    status = f.getMessage();
                    onChange.run();
                });
            }
        });
    }

    /** Appends the confirmed key to the known_hosts file of the settings; preview again afterwards. */
    public void trust(HostKeyTrust.ScannedKey key) {
        java.nio.file.Path file = settings.knownHosts();
        worker.execute(() -> {
            String text;
            try {
                HostKeyTrust.trust(file, key);
                text = "Added " + key.fingerprint() + " for " + key.host() + ":" + key.port() + " to " + file + ". Preview again.";
            } catch (java.io.IOException e) {
                text = "Could not write " + file + ": " + e.getMessage();
            }
            String done = text;
            ui.execute(() -> {
                status = done;
                onChange.run();
            });
        });
    }

    /** One report per chosen device: the final one where the device was applied, else the preview's. */
    public PushReport finalReport() {
        List<DeviceReport> out = new ArrayList<>();
        rows.forEach(r -> r.latest().ifPresent(out::add));
        return new PushReport(out);
    }

    private static String counts(PushReport report) {
        Map<DeviceOutcome, Integer> n = new LinkedHashMap<>();
        report.devices().forEach(d -> n.merge(d.outcome(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        n.forEach((o, c) -> parts.add(c + " " + DeviceRow.words(o)));
        return String.join(", ", parts) + ".";
    }

    private void start(Stage s, String text) {
        stage = s;
        status = text;
        cancel = new CancelToken();
        onChange.run();
    }

    private void failedToStart(String message) {
        stage = Stage.PLAN;
        status = "Could not start: " + message;
        cancel = null;
        onChange.run();
    }

    /** Runs on the worker: opens the connector once per SSH settings (so a passphrase is asked once). */
    private PushRunner runner(SshSettings ssh, PushOptions o, boolean applying) throws PushFailure {
        if (connector == null || !ssh.equals(connectorFor)) {
            connector = connectors.open(ssh);
            connectorFor = ssh;
        }
        PushListener listener = new PushListener() {
            @Override
            public void onEvent(PushEvent e) {
                ui.execute(() -> {
                    row(e.device()).onEvent(e, applying);
                    onChange.run();
                });
            }
        };
        return PushCandidates.runner(topology, connector, o, listener);
    }
}
