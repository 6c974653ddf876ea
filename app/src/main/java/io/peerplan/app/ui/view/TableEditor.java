package io.peerplan.app.ui.view;

import io.peerplan.app.inspect.TableSpec;
import io.peerplan.app.ui.vm.CellViewModel;
import io.peerplan.app.ui.vm.TableViewModel;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * A table field: a header, one row of editors per item and Add / Remove / Up / Down below. The
 * cells are ordinary controls, always editable, so Tab walks them like any form and a cell commits
 * the way a form field does (Enter or leaving it; Escape reverts). Alt+Insert adds a row,
 * Alt+Delete removes the current one, Alt+Up / Alt+Down move it. A refused cell is marked at the
 * cell and its reason shown under the table.
 *
 * <p>Why not a {@code TableView}: its cells edit only after a second gesture, commit on focus loss
 * unreliably and need custom code for Tab; a form of aligned controls has none of those problems and
 * keeps the inspector's one way of editing.
 */
final class TableEditor extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final String CELL = "table-cell-model";

    private final TableViewModel model;
    private final String id;
    private final ValidationSupport validation;
    private final GridPane grid = new GridPane();
    private final Label message = new Label();
    /** The last scene this editor was in: where its successor is, after a rebuild of the form. */
    private javafx.scene.Scene scene;

    TableEditor(TableViewModel model, String id, ValidationSupport validation) {
        super(4);
        this.model = model;
        this.id = id;
        this.validation = validation;
        setId(id);
        getStyleClass().add("table-editor");
        grid.getStyleClass().add("table-grid");
        grid.setHgap(4);
        grid.setVgap(2);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.getStyleClass().add("table-scroll");
        // As wide as the inspector while the cells fit; scrolls sideways when they do not.
        scroll.setFitToWidth(true);
        // As tall as the rows, plus the sideways scroll bar when it shows (it must not cover a row).
        scroll.prefViewportHeightProperty().bind(grid.heightProperty());
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        message.getStyleClass().add("field-error");
        message.setId(id + "-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(scroll, message, buttons());
        model.rows().addListener((ListChangeListener<List<CellViewModel>>) c -> rebuild());
        model.currentRowProperty().addListener((o, a, b) -> markCurrent());
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                scene = b;
            }
        });
        rebuild();
    }

    /** The first cell, or the Add button of an empty table: where a finding about the table puts the caret. */
    Control focusTarget() {
        return grid.getChildren().stream().filter(n -> n.getProperties().containsKey(CELL)).map(Control.class::cast)
                .findFirst().orElseGet(() -> (Control) lookup("#" + id + "-add"));
    }

    private HBox buttons() {
        HBox bar = new HBox(4,
                button("add", "Add", "Add a " + model.noun() + " (Alt+Insert)", () -> after(model.add(), 0)),
                button("remove", "Remove", "Remove the current " + model.noun() + " (Alt+Delete)",
                        () -> after(model.remove(), 0)),
                button("up", "Up", "Move the current " + model.noun() + " up (Alt+Up)", () -> after(model.move(-1), 0)),
                button("down", "Down", "Move the current " + model.noun() + " down (Alt+Down)",
                        () -> after(model.move(1), 0)));
        bar.getStyleClass().add("table-buttons");
        return bar;
    }

    private Button button(String name, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id + "-" + name);
        b.getStyleClass().add("small");
        b.setTooltip(new Tooltip(help));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Alt+Insert / Alt+Delete / Alt+Up / Alt+Down, from any cell: the cell commits first. */
    private void shortcut(KeyEvent e) {
        if (!e.isAltDown() || e.isControlDown() || e.isShiftDown()) {
            return;
        }
        Runnable op = switch (e.getCode()) {
            case INSERT -> () -> after(model.add(), 0);
            case DELETE -> () -> after(model.remove(), column(e));
            case UP -> () -> after(model.move(-1), column(e));
            case DOWN -> () -> after(model.move(1), column(e));
            default -> null;
        };
        if (op == null) {
            return;
        }
        e.consume();
        CellViewModel cell = cellOf(e.getTarget());
        if (cell == null || cell.commit()) {
            op.run();
        }
    }

    private static int column(KeyEvent e) {
        CellViewModel cell = cellOf(e.getTarget());
        return cell == null ? 0 : cell.column();
    }

    private static CellViewModel cellOf(Object target) {
        return target instanceof Node n && n.getProperties().get(CELL) instanceof CellViewModel c ? c : null;
    }

    /** After a row operation the caret goes to the current row, in the column it was in. */
    private void after(boolean done, int column) {
        if (done) {
            focusCell(model.currentRow(), column);
        }
    }

    private void focusCell(int row, int column) {
        // A row operation that changed the form's shape (a named list added) replaced this editor
        // with a new one of the same id: the cell is looked up in the scene, not in this grid.
        javafx.scene.Scene scene = this.scene;
        String cellId = "#" + id + "-" + (row + 1) + "-" + slug(model.columns().get(column).header());
        Platform.runLater(() -> {
            if (scene != null && scene.lookup(cellId) instanceof Control n) {
                n.requestFocus();
                if (n instanceof TextField t) {
                    t.selectAll();
                }
            }
        });
    }

    private static String slug(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        List<TableSpec.Column> columns = model.columns();
        for (int c = 0; c < columns.size(); c++) {
            TableSpec.Column column = columns.get(c);
            grid.getColumnConstraints().add(constraints(column, c));
            Label header = new Label(column.header());
            header.getStyleClass().add("table-header");
            if (column.help() != null) {
                header.setTooltip(new Tooltip(column.help()));
            }
            grid.add(header, c, 0);
        }
        List<List<CellViewModel>> rows = model.rows();
        if (rows.isEmpty()) {
            Label none = new Label("No " + model.noun() + " yet: Add creates one");
            none.getStyleClass().add("table-empty");
            grid.add(none, 0, 1, Math.max(1, columns.size()), 1);
        }
        for (int r = 0; r < rows.size(); r++) {
            Region band = new Region();
            band.getStyleClass().add("table-row");
            band.setMouseTransparent(true);
            band.setMaxWidth(Double.MAX_VALUE);
            grid.add(band, 0, r + 1, columns.size(), 1);
            for (CellViewModel cell : rows.get(r)) {
                grid.add(cell(cell, columns.get(cell.column())), cell.column(), r + 1);
            }
        }
        markCurrent();
    }

    /**
     * A column is at least as wide as its widest value (within reason; a drop-down's list shows
     * every choice whole), so a value is never cut off: when the inspector is narrower the table
     * scrolls sideways. Text columns take the spare width.
     */
    private ColumnConstraints constraints(TableSpec.Column column, int index) {
        ColumnConstraints cc = new ColumnConstraints();
        if (column.kind() == TableSpec.Column.Kind.CHECK) {
            cc.setHgrow(Priority.NEVER);
            return cc;
        }
        int chars = column.header().length();
        for (List<CellViewModel> row : model.rows()) {
            String text = row.get(index).text();
            chars = Math.max(chars, text == null ? 0 : text.length());
        }
        boolean choice = column.kind() == TableSpec.Column.Kind.CHOICE;
        // About 8.6 px a character at the inspector's font, plus the control's padding (a drop-down's
        // arrow button and its own padding take about 60 px: "permit" was cut to "per…" at 40).
        cc.setMinWidth(Math.min(choice ? 20 : 26, Math.max(3, chars)) * 8.6 + (choice ? 60 : 24));
        cc.setHgrow(choice ? Priority.SOMETIMES : Priority.ALWAYS);
        cc.setFillWidth(true);
        return cc;
    }

    private Control cell(CellViewModel cell, TableSpec.Column column) {
        Control c = switch (column.kind()) {
            case TEXT -> text(cell);
            case CHECK -> check(cell);
            case CHOICE -> choice(cell, column.choices());
        };
        c.setId(id + "-" + (cell.row() + 1) + "-" + slug(column.header()));
        c.getProperties().put(CELL, cell);
        c.getStyleClass().add("table-cell-editor");
        c.setMaxWidth(Double.MAX_VALUE);
        c.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                model.currentRowProperty().set(cell.row());
            }
        });
        if (column.help() != null) {
            FieldHelp.install(c, column.help());
        }
        validation.registerValidator(c, false, (Control control, Object value) ->
                ValidationResult.fromErrorIf(control, cell.error(), cell.error() != null));
        return c;
    }

    private Control text(CellViewModel cell) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(cell.textProperty());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                cell.commit();
            }
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                cell.commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cell.revert();
                e.consume();
            }
        });
        return field;
    }

    private Control check(CellViewModel cell) {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.parseBoolean(cell.text()));
        cell.textProperty().addListener((o, a, b) -> box.setSelected(Boolean.parseBoolean(b)));
        box.setOnAction(e -> {
            cell.textProperty().set(Boolean.toString(box.isSelected()));
            cell.commit();
        });
        return box;
    }

    private Control choice(CellViewModel cell, List<String> choices) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(choices);
        if (!box.getItems().contains(cell.text())) {
            // A value the design holds but the choices lack (a dangling reference) stays visible.
            box.getItems().addFirst(cell.text());
        }
        box.valueProperty().bindBidirectional(cell.textProperty());
        box.setOnAction(e -> cell.commit());
        return box;
    }

    private void markCurrent() {
        int current = model.currentRow();
        for (Node n : grid.getChildren()) {
            Integer row = GridPane.getRowIndex(n);
            n.pseudoClassStateChanged(CURRENT, row != null && row - 1 == current && row > 0);
        }
    }
}
