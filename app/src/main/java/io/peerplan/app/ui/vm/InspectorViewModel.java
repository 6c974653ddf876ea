package io.peerplan.app.ui.vm;

import io.peerplan.app.findings.DesignFinding;
import io.peerplan.app.inspect.DesignFields;
import io.peerplan.app.inspect.FieldSpec;
import io.peerplan.app.inspect.FindingFields;
import io.peerplan.app.inspect.InspectorFields;
import io.peerplan.app.inspect.SharedFields;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector's fields for the single selected element. The field list is rebuilt only when the
 * selection or the shape of the form changes; after an edit elsewhere (undo, a drag) the values are
 * refreshed in place, so focus and the caret stay where the user left them.
 */
public final class InspectorViewModel {
    private final DesignerViewModel designer;
    private final ObservableList<FieldViewModel> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Nothing selected");
    private final ReadOnlyStringWrapper key = new ReadOnlyStringWrapper(this, "key");
    private final ReadOnlyStringWrapper focusRequest = new ReadOnlyStringWrapper(this, "focusRequest");
    private List<String> shape = List.of();
    private final ObservableList<String> hints = FXCollections.observableArrayList();

    public InspectorViewModel(DesignerViewModel designer) {
        this.designer = designer;
        designer.selection().keysProperty().addListener((o, a, b) -> update());
        designer.document().topologyProperty().addListener((o, a, b) -> update());
        designer.selection().keysProperty().addListener((o, a, b) -> updateHints());
        designer.findings().findings().addListener((javafx.collections.ListChangeListener<DesignFinding>) c -> updateHints());
        update();
        updateHints();
    }

    /**
     * The findings about the one selected element, each its message and its fix: the hint follows
     * the selection, wherever it was made (canvas, outline, a clicked finding). A MetalLB finding
     * is about the object its message names ({@link FindingFields#withObject}); another, about its
     * first element.
     */
    private void updateHints() {
        String single = designer.selection().single();
        List<String> next = new java.util.ArrayList<>();
        if (single != null) {
            Topology t = designer.topology();
            for (DesignFinding f : designer.findings().findings()) {
                List<String> about = FindingFields.withObject(t, f.message(), f.elementIds());
                if (!about.isEmpty() && about.getFirst().equals(single)) {
                    next.add(f.message() + (f.fixHint() == null ? "" : "\nFix: " + f.fixHint()));
                }
            }
        }
        if (!next.equals(hints)) {
            hints.setAll(next);
        }
    }

    /** The selected element's findings with their fixes ({@link #updateHints}). */
    public ObservableList<String> hints() {
        return hints;
    }

    private void update() {
        Topology t = designer.topology();
        var keys = designer.selection().keys();
        String single = designer.selection().single();
        if (single == null) {
            key.set(null);
            sharedForm(t, List.copyOf(keys));
            return;
        }
        List<FieldSpec> specs = InspectorFields.of(t, single);
        List<String> nextShape = specs.stream().map(FieldSpec::shape).toList();
        title.set(InspectorFields.title(t, single));
        if (Objects.equals(single, key.get()) && nextShape.equals(shape)) {
            fields.forEach(FieldViewModel::revert);
            return;
        }
        key.set(single);
        shape = nextShape;
        fields.setAll(specs.stream().map(s -> new FieldViewModel(s, single, designer::topology, designer.edits(),
                designer.selection())).toList());
    }

    /**
     * Several elements: the fields they share ({@link SharedFields}), each edit written to all of
     * them as one command; rebuilt only when the selection or the form's shape changes.
     */
    private void sharedForm(Topology t, List<String> keys) {
        // Nothing selected: the design itself is what the inspector edits (its name and description).
        List<FieldSpec> specs = keys.isEmpty() ? DesignFields.of() : SharedFields.of(t, keys);
        title.set(keys.isEmpty() ? DesignFields.TITLE + " " + t.name()
                : specs.isEmpty() ? keys.size() + " elements selected" : SharedFields.title(t, keys));
        List<String> nextShape = new java.util.ArrayList<>(keys);
        specs.forEach(f -> nextShape.add(f.shape()));
        if (nextShape.equals(shape)) {
            fields.forEach(FieldViewModel::revert);
            return;
        }
        shape = nextShape;
        String label = keys.isEmpty() ? "the design" : keys.size() + " elements";
        fields.setAll(specs.stream().map(f -> new FieldViewModel(f, label, designer::topology, designer.edits(),
                designer.selection())).toList());
    }

    /**
     * Shows a finding: selects the first of its elements whose form has the field the rule is
     * about, and asks the view to put the caret there ({@link FindingFields}); with no such field,
     * the finding's first element.
     */
    public void inspect(String ruleId, List<String> keys) {
        Topology t = designer.topology();
        Optional<FindingFields.Target> target = FindingFields.target(ruleId, keys, k -> InspectorFields.findingLabels(t, k));
        if (target.isEmpty()) {
            designer.selection().select(keys.isEmpty() ? List.of() : List.of(keys.getFirst()));
            return;
        }
        designer.selection().select(target.get().key());
        focusRequest.set(null);
        focusRequest.set(target.get().label());
    }

    /** The label of the field the view should focus next (set by {@link #inspect}). */
    public ReadOnlyStringProperty focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    public ObservableList<FieldViewModel> fields() {
        return fields;
    }

    /** The field with this label (first one; peering ends repeat labels under two sections). */
    public FieldViewModel field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field '" + label + "'"));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keyProperty() {
        return key.getReadOnlyProperty();
    }
}
