package io.peerplan.app.ui.lab;

import io.peerplan.export.lab.LabProgress;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lab panel: "Rehearse in lab" with its progress (the current step, Cancel), then the
 * agreement table of every (speaker, prefix), simulator against real FRR, disagreements tinted red,
 * sortable by any column and filterable to the disagreements, with the summary and the lab's
 * convergence time against the simulator's. Without root or FRR it lists what is missing and how
 * to install it, and the action stays disabled with that reason.
 */
public final class LabPanel extends BorderPane {
    private static final String DIFFER_STYLE = "-fx-background-color: rgba(220, 38, 38, 0.22);";
    private final LabViewModel model;
    private final Button rehearse = new Button("Rehearse in lab");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label step = new Label();
    private final Label message = new Label();
    private final Label scenario = new Label();
    private final Label summary = new Label();
    private final Label timing = new Label();
    private final CheckBox onlyDiffer = new CheckBox("Only disagreements");
    private final ObservableList<AgreementRow> rows = FXCollections.observableArrayList();
    private final TableView<AgreementRow> table = new TableView<>();
    private final VBox missing = new VBox(4);
    private final Tooltip reasonTip = new Tooltip();
    private final ReadOnlyBooleanWrapper rehearsable = new ReadOnlyBooleanWrapper(this, "rehearsable");
    private final ReadOnlyStringWrapper disabledReason = new ReadOnlyStringWrapper(this, "disabledReason");

    public LabPanel(LabViewModel model) {
        this.model = model;
        rehearse.setId("lab-rehearse");
        rehearse.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        onlyDiffer.setMinWidth(Region.USE_PREF_SIZE);
        rehearse.setOnAction(e -> model.rehearse());
        cancel.setId("lab-cancel");
        cancel.setOnAction(e -> model.cancel());
        progress.setId("lab-progress");
        progress.setPrefWidth(180);
        step.setId("lab-step");
        message.setId("lab-message");
        message.setWrapText(true);
        scenario.setId("lab-scenario");
        scenario.setWrapText(true);
        summary.setId("lab-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        timing.setId("lab-timing");
        timing.setWrapText(true);
        onlyDiffer.setId("lab-only-differ");
        onlyDiffer.selectedProperty().addListener((o, a, on) -> model.setOnlyDisagreements(on));
        missing.setId("lab-missing");
        missing.setPadding(new Insets(8));
        buildTable();
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // A disabled control shows no tooltip (it gets no mouse events): the reason hangs on a wrapper.
        javafx.scene.layout.StackPane rehearseHolder = new javafx.scene.layout.StackPane(rehearse);
        rehearseHolder.setId("lab-rehearse-holder");
        Tooltip.install(rehearseHolder, reasonTip);
        HBox bar = new HBox(8, rehearseHolder, cancel, progress, step, grow, onlyDiffer);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(3, bar, message, scenario, summary, timing);
        top.setPadding(new Insets(4, 6, 6, 6));
        setTop(top);
        setCenter(table);
        model.addListener(this::render);
        render();
    }

    private void buildTable() {
        table.setId("lab-table");
        table.setPlaceholder(new Label("Press \"Rehearse in lab\": the design runs on real FRR daemons in network"
                + " namespaces and every (speaker, prefix) best path is compared with the simulator's."));
        table.getColumns().setAll(List.of(
                column("Speaker", 120, AgreementRow::speaker),
                column("Role", 60, AgreementRow::role),
                prefixColumn(),
                column("Simulator best path", 210, AgreementRow::simulatorPath),
                column("Simulator reason", 120, AgreementRow::simulatorReason),
                column("FRR best path", 210, AgreementRow::labPath),
                column("FRR reason", 120, AgreementRow::labReason),
                column("Agree", 60, r -> r.agrees() ? "agree" : "DIFFER"),
                column("What differs", 90, AgreementRow::differences)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().add("dense");
        table.getColumns().get(7).setId("lab-col-agree");
        SortedList<AgreementRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AgreementRow item, boolean empty) {
                super.updateItem(item, empty);
                boolean differ = !empty && item != null && !item.agrees();
                getStyleClass().remove("lab-differ");
                if (differ) {
                    getStyleClass().add("lab-differ");
                }
                setStyle(differ ? DIFFER_STYLE : "");
                // Paths are long: the row's tooltip spells both sides out in full.
                setTooltip(empty || item == null ? null : new Tooltip(item.speaker() + " (" + item.role() + ") "
                        + item.prefix() + "\nsimulator: " + item.simulatorPath() + " \"" + item.simulatorReason() + "\"\nFRR:       "
                        + item.labPath() + " \"" + item.labReason() + "\"" + (item.agrees() ? "" : "\ndiffers: "
                        + item.differences())));
            }
        });
    }

    private static TableColumn<AgreementRow, String> column(String title, double width,
            java.util.function.Function<AgreementRow, String> value) {
        TableColumn<AgreementRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Prefixes sort as addresses (10.0.0.9 before 10.0.0.10), not as text. */
    private static TableColumn<AgreementRow, io.peerplan.model.IpPrefix> prefixColumn() {
        TableColumn<AgreementRow, io.peerplan.model.IpPrefix> c = new TableColumn<>("Prefix");
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue().prefix()));
        c.setPrefWidth(118);
        return c;
    }

    private void render() {
        LabViewModel.Status s = model.status();
        boolean running = s.phase() == LabViewModel.Phase.RUNNING || s.phase() == LabViewModel.Phase.CANCELLING;
        rehearsable.set(model.canRehearse());
        disabledReason.set(model.disabledReason());
        rehearse.setDisable(!model.canRehearse());
        reasonTip.setText(model.disabledReason() == null ? "Build this design on real FRR, play the scenario, compare"
                + " with the simulator, remove the lab" : model.disabledReason());
        cancel.setDisable(s.phase() != LabViewModel.Phase.RUNNING);
        cancel.setVisible(running);
        progress.setVisible(running);
        step.setVisible(running);
        int total = LabProgress.Step.values().length;
        if (running) {
            progress.setProgress(s.step() == null ? ProgressBar.INDETERMINATE_PROGRESS
                    : (s.step().ordinal() + 0.5) / total);
            step.setText(s.step() == null ? "Planning…" : "Step " + (s.step().ordinal() + 1) + " of " + total + ": "
                    + s.step().text());
        }
        message.setText(s.phase() == LabViewModel.Phase.UNAVAILABLE ? "Rehearse in lab is not available on this machine."
                : s.message());
        boolean finished = s.phase() == LabViewModel.Phase.DONE || s.phase() == LabViewModel.Phase.FAILED
                || s.phase() == LabViewModel.Phase.CANCELLED;
        String next = model.scenarioNote();
        // After a run the note names what was rehearsed; a what-if changed since is what the next run plays.
        scenario.setText(finished && !next.equals(s.scenarioNote()) ? s.scenarioNote() + "\nNext rehearsal: " + next
                : s.scenarioNote());
        summary.setText(model.summary());
        boolean all = s.rows().stream().allMatch(AgreementRow::agrees);
        summary.setStyle("-fx-font-weight: bold; -fx-text-fill: " + (all ? "#15803d" : "#dc2626") + ";");
        timing.setText(model.timing());
        rows.setAll(model.visibleRows());
        onlyDiffer.setDisable(s.rows().isEmpty());
        if (s.phase() == LabViewModel.Phase.UNAVAILABLE) {
            showMissing(s.missing());
            setCenter(missing);
        } else {
            setCenter(table);
        }
    }

    private void showMissing(List<String> items) {
        Label title = new Label("The lab cannot run here:");
        title.setStyle("-fx-font-weight: bold;");
        missing.getChildren().setAll(title);
        for (String m : items) {
            Label l = new Label("•  " + m);
            l.setWrapText(true);
            l.getStyleClass().add("lab-missing-item");
            missing.getChildren().add(l);
        }
        Label how = new Label("The lab needs root, FRR 8.4 or newer, iproute2 and nftables (Debian/Ubuntu: apt-get"
                + " install -y frr frr-pythontools iproute2 nftables), then the designer run as root. See docs/lab.md.");
        how.setWrapText(true);
        Button again = new Button("Check again");
        again.setId("lab-recheck");
        again.setOnAction(e -> model.recheck());
        missing.getChildren().addAll(how, again);
    }

    /** Starts a rehearsal (the menu's "Rehearse in lab"); false when it cannot start now. */
    public boolean rehearse() {
        return model.rehearse();
    }

    public LabViewModel model() {
        return model;
    }

    /** Refreshes the scenario note (simulation mode or its what-if changed). */
    public void scenarioChanged() {
        model.recheck();
    }

    public ReadOnlyBooleanProperty rehearsableProperty() {
        return rehearsable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty disabledReasonProperty() {
        return disabledReason.getReadOnlyProperty();
    }

    /** The tooltip over "Rehearse in lab": why it is disabled, or what it does. */
    public Tooltip reasonTip() {
        return reasonTip;
    }

    public TableView<AgreementRow> table() {
        return table;
    }
}
