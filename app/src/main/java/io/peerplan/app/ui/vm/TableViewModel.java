package io.peerplan.app.ui.vm;

import io.peerplan.app.inspect.TableSpec;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A table field as the view edits it: one {@link CellViewModel} per cell, the current row (the
 * one the row operations act on), and the table's message (a cell's refusal, or a refused row
 * operation). Adding, removing or moving a row is one undoable edit, as is each cell commit.
 * After any edit (or undo) the rows are re-read; when their number is unchanged the cells are
 * refreshed in place, so focus and caret stay where the user left them.
 */
public final class TableViewModel {
    private final TableSpec spec;
    private final String label;
    private final Supplier<Topology> topology;
    private final EditActions edits;
    private final ObservableList<List<CellViewModel>> rows = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(this, "current", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    TableViewModel(TableSpec spec, String label, Supplier<Topology> topology, EditActions edits) {
        this.spec = spec;
        this.label = label;
        this.topology = topology;
        this.edits = edits;
        refresh();
    }

    public List<TableSpec.Column> columns() {
        return spec.columns();
    }

    public String noun() {
        return spec.noun();
    }

    /** The rows of cells; replaced whole when the number of rows changes. */
    public ObservableList<List<CellViewModel>> rows() {
        return rows;
    }

    /** The row the row operations act on: the one last focused, or −1. */
    public IntegerProperty currentRowProperty() {
        return current;
    }

    public int currentRow() {
        return current.get();
    }

    /** What is wrong: the focused cell's refusal or a refused row operation; null when nothing is. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    /** Appends a new row and makes it current. */
    public boolean add() {
        boolean done = run("Add " + spec.noun() + " to " + lower(label), spec::add);
        if (done) {
            current.set(size() - 1);
        }
        return done;
    }

    /** Removes the current row; the row after it (or the new last one) becomes current. */
    public boolean remove() {
        int row = current.get();
        if (row < 0) {
            message.set("Select the " + spec.noun() + " to remove first");
            return false;
        }
        boolean done = run("Remove " + spec.noun() + " " + (row + 1) + " from " + lower(label), t -> spec.remove(t, row));
        if (done) {
            current.set(Math.min(row, size() - 1));
        }
        return done;
    }

    /** Moves the current row up (−1) or down (+1); it stays current. */
    public boolean move(int delta) {
        int row = current.get();
        if (row < 0) {
            message.set("Select the " + spec.noun() + " to move first");
            return false;
        }
        boolean done = run("Move " + spec.noun() + " " + (row + 1) + (delta < 0 ? " up" : " down") + " in " + lower(label),
                t -> spec.move(t, row, delta));
        if (done) {
            current.set(row + delta);
        }
        return done;
    }

    /** The number of rows the topology holds now (this model's rows may be a form behind, when the form was rebuilt). */
    private int size() {
        return read().size();
    }

    /** Re-reads the rows from the topology (after an edit, undo or redo). */
    void refresh() {
        List<List<String>> texts = read();
        if (texts.size() == rows.size()) {
            for (int r = 0; r < texts.size(); r++) {
                for (CellViewModel cell : rows.get(r)) {
                    cell.show(texts.get(r).get(cell.column()));
                }
            }
        } else {
            List<List<CellViewModel>> next = new ArrayList<>();
            for (int r = 0; r < texts.size(); r++) {
                List<CellViewModel> cells = new ArrayList<>();
                for (int c = 0; c < spec.columns().size(); c++) {
                    cells.add(new CellViewModel(this, r, c, texts.get(r).get(c)));
                }
                next.add(List.copyOf(cells));
            }
            rows.forEach(cells -> cells.forEach(CellViewModel::detach));
            rows.setAll(next);
            if (current.get() >= rows.size()) {
                current.set(rows.size() - 1);
            }
        }
        message.set(null);
    }

    String read(int row, int column) {
        List<List<String>> texts = read();
        return row < texts.size() ? texts.get(row).get(column) : "";
    }

    private List<List<String>> read() {
        try {
            return spec.rows(topology.get());
        } catch (IllegalArgumentException e) {
            // The element is gone (deleted, renamed); the inspector is about to show another form.
            return List.of();
        }
    }

    /** The refusal of a text for a cell, or null when it would apply cleanly. */
    String check(int row, int column, String text) {
        try {
            spec.setCell(topology.get(), row, column, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    boolean commit(int row, int column, String text) {
        String header = spec.columns().get(column).header();
        return edits.apply("Set " + lower(header) + " of " + spec.noun() + " " + (row + 1) + " in " + lower(label),
                t -> spec.setCell(t, row, column, text));
    }

    /** A cell's error changed: the table shows the latest one, else one still standing, naming its row and column. */
    void cellError(CellViewModel cell, String error) {
        CellViewModel shown = error != null ? cell
                : rows.stream().flatMap(List::stream).filter(c -> c.error() != null).findFirst().orElse(null);
        message.set(shown == null ? null : spec.noun().substring(0, 1).toUpperCase(Locale.ROOT) + spec.noun().substring(1)
                + " " + (shown.row() + 1) + ", " + spec.columns().get(shown.column()).header() + ": " + shown.error());
    }

    private boolean run(String description, UnaryOperator<Topology> change) {
        try {
            change.apply(topology.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        message.set(null);
        return edits.apply(description, change);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
