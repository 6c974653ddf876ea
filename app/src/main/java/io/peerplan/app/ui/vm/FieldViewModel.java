package io.peerplan.app.ui.vm;

import io.peerplan.app.inspect.FieldSpec;
import io.peerplan.model.Topology;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One inspector field: the text being edited, checked as it is typed (the error drives the field's
 * decoration), and committed as one edit on Enter or when focus leaves. An invalid text is never
 * applied.
 */
public final class FieldViewModel {
    private final FieldSpec spec;
    private final String key;
    private final Supplier<Topology> topology;
    private final EditActions edits;
    private final SelectionModel selection;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private TableViewModel table;

    FieldViewModel(FieldSpec spec, String key, Supplier<Topology> topology, EditActions edits, SelectionModel selection) {
        this.spec = spec;
        this.key = key;
        this.topology = topology;
        this.edits = edits;
        this.selection = selection;
        text.set(read());
        text.addListener((o, a, b) -> error.set(check(b)));
    }

    public FieldSpec spec() {
        return spec;
    }

    public String label() {
        return spec.label();
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

    /** A TABLE field's rows and row operations; null for any other field. */
    public TableViewModel table() {
        if (table == null && spec.table() != null) {
            table = new TableViewModel(spec.table(), spec.label(), topology, edits);
        }
        return table;
    }

    /** The problem with a text, or null when it would apply cleanly. */
    public String check(String value) {
        if (!editable() || Objects.equals(value, read())) {
            return null;
        }
        try {
            spec.write().apply(topology.get(), value);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return "cannot apply: " + e.getMessage();
        }
    }

    /** Applies the text as one undoable edit; false when it is invalid (the error says why). */
    public boolean commit() {
        String value = text.get();
        if (!editable() || Objects.equals(value, read())) {
            return true;
        }
        String problem = check(value);
        error.set(problem);
        if (problem != null) {
            return false;
        }
        boolean applied = edits.apply("Set " + spec.label().toLowerCase(java.util.Locale.ROOT) + " of " + shortKey(),
                t -> spec.write().apply(t, value));
        if (applied && spec.rekey() != null) {
            selection.select(spec.rekey().apply(key, value));
        }
        return applied;
    }

    /** Shows the model's value again (after undo, or Escape). */
    public void revert() {
        text.set(read());
        error.set(null);
        if (table != null) {
            table.refresh();
        }
    }

    /** Read-only fields and tables (edited cell by cell) have no text to commit. */
    private boolean editable() {
        return spec.editor() != FieldSpec.Editor.READ_ONLY && spec.editor() != FieldSpec.Editor.TABLE;
    }

    private String read() {
        try {
            return spec.read().apply(topology.get());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private String shortKey() {
        return key.contains("/") ? key.substring(key.lastIndexOf('/') + 1) : key;
    }
}
