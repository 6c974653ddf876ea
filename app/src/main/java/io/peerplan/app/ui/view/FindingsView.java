package io.peerplan.app.ui.view;

import io.peerplan.app.design.Elements;
import io.peerplan.app.findings.DesignFinding;
import io.peerplan.app.inspect.FindingFields;
import io.peerplan.app.render.Marks;
import io.peerplan.app.ui.vm.DesignerViewModel;
import io.peerplan.app.ui.vm.InspectorViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/**
 * The findings of live validation. Selecting one brings its elements into view on the canvas and
 * selects the one it is most about with the offending field focused in the inspector; its fix hint
 * shows underneath.
 */
public final class FindingsView extends BorderPane {
    private final TableView<DesignFinding> table = new TableView<>();
    private final FindingDetail detail = new FindingDetail();
    private final Label summary = new Label();

    public FindingsView(DesignerViewModel model, InspectorViewModel inspector, Consumer<List<String>> reveal) {
        getStyleClass().add("findings");
        table.setId("findings-table");
        table.setItems(model.findings().findings());
        table.setPlaceholder(new Label("No findings: the design passes every check."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Dense rows: five findings must show even on a 768 px high laptop screen.
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        TableColumn<DesignFinding, Marks.Level> severity = new TableColumn<>("Severity");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        severity.setCellFactory(c -> new SeverityCell());
        // Minimum widths keep the severity word and the rule id readable in a narrow panel; the
        // message column takes what is left (the detail pane below the table shows the selected one in full).
        severity.setPrefWidth(96);
        severity.setMinWidth(92);
        severity.setMaxWidth(110);
        TableColumn<DesignFinding, String> rule = new TableColumn<>("Rule");
        rule.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ruleId()));
        rule.setPrefWidth(250);
        rule.setMinWidth(210);
        TableColumn<DesignFinding, String> elements = new TableColumn<>("Elements");
        elements.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.join(", ", c.getValue().elementIds())));
        elements.setPrefWidth(200);
        elements.setMinWidth(140);
        TableColumn<DesignFinding, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        message.setPrefWidth(500);
        table.getColumns().setAll(List.of(severity, rule, elements, message));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            detail.show(f);
            if (f != null) {
                List<String> keys = f.elementIds().stream().filter(k -> Elements.find(model.topology(), k).isPresent()).toList();
                inspector.inspect(f.ruleId(), FindingFields.withObject(model.topology(), f.message(), keys));
                reveal.accept(keys);
            }
        });
        summary.textProperty().bind(model.findings().summaryProperty());
        summary.getStyleClass().add("panel-subtitle");
        Label title = new Label("Findings");
        title.getStyleClass().add("panel-title");
        HBox header = new HBox(10, title, summary);
        header.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(summary, Priority.ALWAYS);
        setTop(header);
        setCenter(table);
        setBottom(detail);
    }

    public TableView<DesignFinding> table() {
        return table;
    }

    private static final class SeverityCell extends TableCell<DesignFinding, Marks.Level> {
        @Override
        protected void updateItem(Marks.Level level, boolean empty) {
            super.updateItem(level, empty);
            getStyleClass().removeAll("severity-error", "severity-warning", "severity-info");
            if (empty || level == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(level.name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(Icons.glyph(switch (level) {
                case ERROR -> MaterialDesignA.ALERT_CIRCLE;
                case WARNING -> MaterialDesignA.ALERT;
                case INFO -> MaterialDesignI.INFORMATION_OUTLINE;
            }));
            getStyleClass().add("severity-" + level.name().toLowerCase(java.util.Locale.ROOT));
            setTooltip(new Tooltip(getTableRow() == null || getTableRow().getItem() == null ? null
                    : getTableRow().getItem().message()));
        }
    }
}
