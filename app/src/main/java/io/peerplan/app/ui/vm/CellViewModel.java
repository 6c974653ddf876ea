package io.peerplan.app.ui.vm;

import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One cell of a table field, edited like a form field ({@link FieldViewModel}): checked as it is
 * typed, committed as one edit on Enter or when focus leaves, reverted by Escape. A refused text
 * is never applied; its reason is the cell's error.
 */
public final class CellViewModel {
    private final TableViewModel table;
    private final int row;
    private final int column;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private String shown;
    private boolean detached;

    CellViewModel(TableViewModel table, int row, int column, String value) {
        this.table = table;
        this.row = row;
        this.column = column;
        this.shown = value;
        text.set(value);
        text.addListener((o, a, b) -> setError(Objects.equals(b, shown) ? null : table.check(row, column, b)));
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    /** Applies the text as one undoable edit; true when applied or unchanged, false when refused. */
    public boolean commit() {
        String value = text.get();
        if (detached || Objects.equals(value, shown)) {
            return !detached;
        }
        String problem = table.check(row, column, value);
        setError(problem);
        return problem == null && table.commit(row, column, value);
    }

    /** Shows the model's value again (Escape). */
    public void revert() {
        show(table.read(row, column));
    }

    /**
     * The rows were replaced (a row added or removed, by this table or by undo): this cell's row
     * index no longer names its row, so a late commit (its editor losing focus as it leaves the
     * scene) must not land on another row.
     */
    void detach() {
        detached = true;
    }

    void show(String value) {
        shown = value;
        text.set(value);
        setError(null);
    }

    private void setError(String problem) {
        if (!Objects.equals(problem, error.get())) {
            error.set(problem);
            table.cellError(this, problem);
        }
    }
}
