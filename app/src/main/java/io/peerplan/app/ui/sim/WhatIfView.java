package io.peerplan.app.ui.sim;

import io.peerplan.app.ui.fit.Words;

import io.peerplan.model.sim.PrefixMove;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The what-if panel: the failed elements (each can be restored), the switchover control (a
 * route-map entry's prepend count on a spinner, as seed 000 flips traffic by hand) and the list
 * of what moved where against the baseline, seen from the vantage.
 */
public final class WhatIfView extends BorderPane {
    private final TableView<PrefixMove> moves = Columns.table("whatif-moves",
            "Nothing moved: right-click an element on the canvas and choose Fail, or change a prepend.");
    private final ListView<String> failed = new ListView<>();
    private final ComboBox<PrependKnob> knob = new ComboBox<>();
    private final Spinner<Integer> count = new Spinner<>(0, 16, 0);
    private final Label summary = new Label();
    private boolean updating;

    WhatIfView(SimulationViewModel model) {
        failed.setId("whatif-failed");
        failed.setPrefWidth(220);
        failed.setPlaceholder(new Label("Nothing failed"));
        knob.setId("whatif-prepend-entry");
        count.setId("whatif-prepend-count");
        count.setEditable(true);
        count.setPrefWidth(80);
        summary.setId("whatif-summary");
        summary.setWrapText(true);
        knob.setItems(model.knobs());
        knob.setCellFactory(l -> new KnobCell());
        knob.setButtonCell(new KnobCell());
        knob.getItems().addListener((javafx.collections.ListChangeListener<PrependKnob>) c -> {
            if (knob.getValue() == null || !knob.getItems().contains(knob.getValue())) {
                knob.setValue(knob.getItems().isEmpty() ? null : knob.getItems().getFirst());
            }
        });
        knob.valueProperty().addListener((o, a, k) -> syncSpinner(model));
        count.valueProperty().addListener((o, a, v) -> {
            if (!updating && knob.getValue() != null && v != null) {
                model.setPrepend(knob.getValue(), v);
            }
        });
        moves.getColumns().setAll(List.of(
                Columns.text("Prefix", 140, m -> m.prefix().toString()),
                Columns.text("Was served from", 300, m -> m.from() == null ? "unreachable" : m.from().describe()),
                Columns.text("Now served from", 300, m -> m.to() == null ? "unreachable" : m.to().describe()),
                Columns.text("Via (now)", 200, m -> m.to() == null || m.to().viaPeer() == null ? "" : m.to().viaPeer())));
        Button restore = new Button("Restore");
        restore.setOnAction(e -> {
            String id = failed.getSelectionModel().getSelectedItem();
            if (id != null) {
                model.toggleFailed(id);
            }
        });
        Button reset = new Button("Back to baseline");
        reset.setId("whatif-reset");
        reset.setOnAction(e -> model.reset());
        VBox left = new VBox(6, new Label("Failed elements"), failed, new HBox(6, restore, reset));
        VBox.setVgrow(failed, Priority.ALWAYS);
        HBox prepend = new HBox(8, new Label("Switchover: prepend count of"), knob, count);
        prepend.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox center = new VBox(6, prepend, summary, moves);
        VBox.setVgrow(moves, Priority.ALWAYS);
        BorderPane.setMargin(left, new Insets(0, 8, 0, 0));
        setLeft(left);
        setCenter(center);
        setPadding(new Insets(6));
        model.scenarioProperty().addListener((o, a, s) -> {
            failed.getItems().setAll(s.failed());
            syncSpinner(model);
        });
        model.snapshotProperty().addListener((o, a, s) -> {
            moves.getItems().setAll(s.moves());
            summary.setText(s.error() != null ? s.error() : s.scenario().isBaseline() ? "Baseline: no what-if applied."
                    : s.scenario().describe() + " — " + Words.count(s.moves().size(), "prefix", "prefixes") + " moved, seen from "
                            + s.vantage() + "; " + Words.count(s.result() == null ? 0 : s.result().recomputedPrefixes(), "prefix",
                                    "prefixes") + " recomputed.");
        });
    }

    private void syncSpinner(SimulationViewModel model) {
        updating = true;
        try {
            PrependKnob k = knob.getValue();
            count.getValueFactory().setValue(k == null ? 0 : model.prependCount(k));
            count.setDisable(k == null);
        } finally {
            updating = false;
        }
    }

    public Spinner<Integer> spinner() {
        return count;
    }

    public ComboBox<PrependKnob> knobBox() {
        return knob;
    }

    private static final class KnobCell extends ListCell<PrependKnob> {
        @Override
        protected void updateItem(PrependKnob item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label() + " (design: " + item.count() + ")");
        }
    }

}
