package io.peerplan.app.ui.push;

import io.peerplan.export.push.DeviceOutcome;
import io.peerplan.export.push.DeviceReport;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The devices of the plan: a tick to choose each one, what it is and where it is reached, a progress
 * bar with the current step during a run, and the outcome afterwards. Devices Peerplan cannot push
 * (RouterOS, Quagga, unmanaged) are listed with the reason and cannot be ticked.
 */
final class DeviceTable extends TableView<DeviceRow> {
    private final PushViewModel model;

    DeviceTable(PushViewModel model) {
        this.model = model;
        setId("push-devices");
        getItems().setAll(model.rows());
        setPlaceholder(new Label("No managed router or cluster: give routers a management host (Inspector → Management)."));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DeviceRow, DeviceRow> pick = new TableColumn<>("Push");
        pick.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        pick.setCellFactory(c -> new PickCell());
        pick.setPrefWidth(52);
        pick.setMinWidth(52);
        pick.setMaxWidth(64); // a check box: sizing to content would measure the row object's text
        pick.setSortable(false);
        TableColumn<DeviceRow, DeviceRow> progress = new TableColumn<>("Progress");
        progress.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        progress.setCellFactory(c -> new ProgressCell());
        progress.setPrefWidth(80);
        progress.setMaxWidth(100);
        progress.setSortable(false);
        TableColumn<DeviceRow, DeviceRow> state = new TableColumn<>("Step / outcome");
        state.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        state.setCellFactory(c -> new StateCell());
        state.setPrefWidth(185);
        getColumns().setAll(java.util.List.of(pick, text("Device", 120, r -> r.name()), text("Kind", 105, DeviceRow::kind),
                text("Login", 140, DeviceRow::login), progress, state));
    }

    private static TableColumn<DeviceRow, String> text(String title, double width, Function<DeviceRow, String> value) {
        TableColumn<DeviceRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private final class PickCell extends TableCell<DeviceRow, DeviceRow> {
        private final CheckBox box = new CheckBox();

        PickCell() {
            box.setOnAction(e -> {
                if (getItem() != null) {
                    model.select(getItem().id(), box.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(DeviceRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            box.setId("push-select-" + r.id());
            box.setSelected(r.selected());
            box.setDisable(!r.supported() || !DeviceTable.this.isEditable());
            setGraphic(box);
        }
    }

    private static final class ProgressCell extends TableCell<DeviceRow, DeviceRow> {
        private final ProgressBar bar = new ProgressBar(0);

        ProgressCell() {
            bar.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(DeviceRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null || !r.supported()) {
                setGraphic(null);
                return;
            }
            bar.setId("push-progress-" + r.id());
            bar.setProgress(r.progress() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : r.progress());
            // A failed or cancelled run is not "done": its bar turns red instead of a full blue bar.
            DeviceOutcome o = r.latest().map(DeviceReport::outcome).orElse(null);
            bar.getStyleClass().remove("failed");
            if (o == DeviceOutcome.FAILED || o == DeviceOutcome.CANCELLED) {
                bar.getStyleClass().add("failed");
            }
            setGraphic(bar);
        }
    }

    private static final class StateCell extends TableCell<DeviceRow, DeviceRow> {
        @Override
        protected void updateItem(DeviceRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                // A reused cell must not keep the id of the row it showed before.
                setId(null);
                setText(null);
                setTooltip(null);
                setStyle("");
                return;
            }
            setId("push-state-" + r.id());
            if (!r.supported()) {
                setText("not supported yet");
                setTooltip(new Tooltip(r.target().unsupportedReason()));
                setStyle("-fx-text-fill: -color-fg-subtle; -fx-font-style: italic;");
                return;
            }
            DeviceOutcome o = r.latest().map(DeviceReport::outcome).orElse(null);
            boolean finished = o != null && r.stepText().equals(DeviceRow.words(o));
            setText(finished ? r.outcomeText() : r.stepText().isEmpty() ? (r.selected() ? "chosen" : "") : r.stepText());
            setTooltip(r.latest().map(d -> new Tooltip(d.summary())).orElse(null));
            setStyle(!finished ? "" : switch (o) {
                case APPLIED -> "-fx-text-fill: #1a7f37; -fx-font-weight: bold;";
                case PREVIEWED -> "-fx-text-fill: #0969da; -fx-font-weight: bold;";
                case ROLLED_BACK -> "-fx-text-fill: #bc4c00; -fx-font-weight: bold;";
                case FAILED, CANCELLED -> "-fx-text-fill: #c62828; -fx-font-weight: bold;";
                case UNCHANGED, NOT_SUPPORTED -> "-fx-text-fill: -color-fg-muted;";
            });
        }
    }
}
