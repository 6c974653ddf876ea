package io.peerplan.app.ui.push;

import io.peerplan.app.files.Settings;
import io.peerplan.export.push.DeviceOutcome;
import io.peerplan.export.push.DeviceReport;
import io.peerplan.model.Topology;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Push to devices…": the plan (devices, what would be done, SSH settings), a diff per device from
 * a dry run, an explicit confirmation, progress per device with cancel, and the final report. All
 * SSH work runs on the dialog's own worker thread ({@link PushViewModel}); this class only shows.
 */
public final class PushDialog {
    private static final ButtonType APPLY = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
    private static final ButtonType DONT = new ButtonType("Don't apply", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final ButtonType TRUST = new ButtonType("Trust this key", ButtonBar.ButtonData.OK_DONE);

    private final Stage stage = new Stage();
    private final PushViewModel model;
    private final Settings settings;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "peerplan-push");
        t.setDaemon(true);
        return t;
    });
    private final DeviceTable table;
    private final SshSettingsPane ssh;
    private final StageBar steps = new StageBar();
    private final Label status = new Label();
    private final Label planText = new Label();
    private final DiffView diff = new DiffView();
    private final TextArea log = new TextArea();
    private final HostKeyPane hostKey;
    private final TabPane details = new TabPane();
    private final Button preview = new Button("Preview diffs");
    private final Button apply = new Button("Apply…");
    private final Button cancel = new Button("Cancel run");
    private final Button back = new Button("Back to plan");
    private final Button close = new Button("Close");
    private PushViewModel.Stage shown;

    public PushDialog(Window owner, Topology topology, Settings settings) {
        this(owner, topology, settings, null);
    }

    /** With another way to open SSH connections (tests pass their own known_hosts and key through settings). */
    public PushDialog(Window owner, Topology topology, Settings settings, PushViewModel.Connectors connectors) {
        this.settings = settings;
        this.model = new PushViewModel(topology, PushSettings.load(settings), connectors, worker, Platform::runLater);
        model.passphrases(new PassphraseDialog(stage));
        this.table = new DeviceTable(model);
        this.ssh = new SshSettingsPane(model, stage, this::saveSettings);
        this.hostKey = new HostKeyPane(this::trust);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Push to devices — " + topology.name());
        stage.setScene(new Scene(layout(), 1280, 780));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setOnCloseRequest(e -> {
            if (model.running()) {
                e.consume();
                model.cancel();
            }
        });
        stage.setOnHidden(e -> worker.shutdown());
        stage.getProperties().put(PushDialog.class, this);
        model.onChange(this::refresh);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> showDetails(r));
        table.getSelectionModel().selectFirst();
        refresh();
    }

    private BorderPane layout() {
        VBox left = new VBox(8, table, ssh);
        VBox.setVgrow(table, Priority.ALWAYS);
        planText.setId("push-plan-text");
        planText.setWrapText(true);
        planText.setPadding(new Insets(10));
        planText.setAlignment(Pos.TOP_LEFT);
        ScrollPane diffScroll = new ScrollPane(diff);
        diffScroll.setFitToWidth(true);
        log.setId("push-log");
        log.setEditable(false);
        log.setWrapText(true);
        log.setStyle("-fx-font-family: monospace; -fx-font-size: 12px;");
        Tab planTab = new Tab("What will be done", planText);
        Tab diffTab = new Tab("Diff", diffScroll);
        diffTab.setId("push-tab-diff");
        Tab logTab = new Tab("Report and step log", log);
        logTab.setId("push-tab-log");
        details.getTabs().setAll(planTab, diffTab, logTab);
        details.getTabs().forEach(t -> t.setClosable(false));
        details.setId("push-details");
        VBox right = new VBox(6, hostKey, details);
        VBox.setVgrow(details, Priority.ALWAYS);
        SplitPane middle = new SplitPane(left, right);
        middle.setDividerPositions(0.55);
        status.setId("push-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        preview.setId("push-preview");
        preview.setDefaultButton(true);
        preview.setOnAction(e -> model.preview());
        apply.setId("push-apply");
        apply.setOnAction(e -> confirmAndApply());
        cancel.setId("push-cancel");
        cancel.setOnAction(e -> model.cancel());
        back.setId("push-back");
        back.setOnAction(e -> model.back());
        close.setId("push-close");
        close.setOnAction(e -> {
            // Closing during a run cancels it first (devices being applied roll back); the window stays until it ends.
            if (model.running()) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        Region gap = new Region();
        HBox buttons = new HBox(8, status, gap, back, preview, apply, cancel, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(8));
        BorderPane root = new BorderPane(middle);
        root.setTop(steps);
        root.setBottom(buttons);
        BorderPane.setMargin(middle, new Insets(0, 8, 0, 8));
        return root;
    }

    private void refresh() {
        PushViewModel.Stage s = model.stage();
        if (s != shown) {
            // A new stage brings its own view forward: the diff for the review, the step log for the report.
            if (s == PushViewModel.Stage.REVIEW) {
                details.getSelectionModel().select(1);
            } else if (s == PushViewModel.Stage.REPORT) {
                details.getSelectionModel().select(model.dryRun() && model.finalReport().devices().stream()
                        .anyMatch(d -> d.outcome() == DeviceOutcome.PREVIEWED) ? 1 : 2);
            }
            shown = s;
        }
        steps.show(s, model.dryRun());
        status.setText(model.status());
        status.setStyle(model.status().startsWith("Could not") || model.status().contains("problems") ? "-fx-text-fill: #c62828;" : "");
        boolean running = model.running();
        preview.setDisable(running || model.previewBlocker() != null || s == PushViewModel.Stage.REVIEW);
        preview.setText(s == PushViewModel.Stage.PLAN ? "Preview diffs" : "Preview again");
        apply.setDisable(s != PushViewModel.Stage.REVIEW || model.dryRun());
        apply.setText(s == PushViewModel.Stage.REVIEW ? "Apply to " + io.peerplan.app.ui.fit.Words.count(model.toApply().size(), "device") + "…" : "Apply…");
        apply.setDefaultButton(s == PushViewModel.Stage.REVIEW);
        preview.setDefaultButton(s != PushViewModel.Stage.REVIEW);
        cancel.setDisable(!running);
        back.setDisable(running || s == PushViewModel.Stage.PLAN);
        ssh.setDisable(running);
        table.refresh();
        table.setEditable(s == PushViewModel.Stage.PLAN || s == PushViewModel.Stage.REPORT);
        showDetails(table.getSelectionModel().getSelectedItem());
    }

    private void showDetails(DeviceRow r) {
        if (r == null) {
            planText.setText("");
            diff.show("", "");
            log.clear();
            hostKey.show(null);
            return;
        }
        planText.setText(r.name() + " [" + r.id() + "], " + r.kind() + (r.target().kind() == io.peerplan.export.push.PushTarget.Kind.ROUTER ? " router" : "") + (r.login().isEmpty() ? "" : " via " + r.login()) + "\n\n" + r.plan());
        diff.show(r.diff(), r.preview() == null ? "No diff yet: Preview diffs connects to the device and asks its FRR what would change."
                : "No difference: the device already runs the design.");
        hostKey.show(r);
        Optional<DeviceReport> rep = r.latest();
        String text = rep.map(d -> d.summary() + (d.deviceChanged() ? "\n(the device's config was changed)" : "") + "\n\nSteps:\n  "
                + String.join("\n  ", d.steps())).orElse(r.stepText());
        if (!log.getText().equals(text)) {
            log.setText(text);
        }
    }

    private void confirmAndApply() {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", APPLY, DONT);
        a.initOwner(stage);
        a.setTitle("Peerplan — confirm push");
        a.setHeaderText("Change " + io.peerplan.app.ui.fit.Words.count(model.toApply().size(), "device") + "?");
        Label body = new Label(model.confirmation());
        body.setId("push-confirmation");
        body.setWrapText(true);
        a.getDialogPane().setContent(body);
        a.getDialogPane().setMinWidth(560);
        if (a.showAndWait().filter(b -> b == APPLY).isPresent()) {
            model.apply();
        }
    }

    private void trust(DeviceRow r) {
        model.scanHostKey(r.id(), key -> {
            Alert a = new Alert(Alert.AlertType.WARNING, "", TRUST, ButtonType.CANCEL);
            a.initOwner(stage);
            a.setTitle("Peerplan — trust a host key");
            a.setHeaderText("Trust the host key of " + key.host() + ":" + key.port() + "?");
            Label body = new Label("Only if this fingerprint is the device's own (on its console: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub):\n\n    "
                    + key.type() + "  " + key.fingerprint() + "\n\nThis line will be appended to " + model.settings().knownHosts() + ":\n\n    "
                    + key.knownHostsLine());
            body.setId("push-trust-text");
            body.setWrapText(true);
            a.getDialogPane().setContent(body);
            // Wide enough for "type  SHA256:…" on one line (about 75 characters): a fingerprint is compared by eye.
            a.getDialogPane().setMinWidth(760);
            if (a.showAndWait().filter(b -> b == TRUST).isPresent()) {
                model.trust(key);
            }
        });
    }

    /** The push dialog shown in this window, if it is one (tests and screenshots drive it). */
    public static Optional<PushDialog> of(Window w) {
        return w == null ? Optional.empty() : Optional.ofNullable((PushDialog) w.getProperties().get(PushDialog.class));
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public PushViewModel model() {
        return model;
    }

    /** Saves the SSH settings the user typed (not secrets: paths and the agent choice). */
    void saveSettings(PushSettings value) {
        model.settings(value);
        value.save(settings);
    }
}
