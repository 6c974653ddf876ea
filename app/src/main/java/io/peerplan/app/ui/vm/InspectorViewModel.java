package io.peerplan.app.ui.vm;

import io.peerplan.app.inspect.FieldSpec;
import io.peerplan.app.inspect.FindingFields;
import io.peerplan.app.inspect.InspectorFields;
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

    public InspectorViewModel(DesignerViewModel designer) {
        this.designer = designer;
        designer.selection().keysProperty().addListener((o, a, b) -> update());
        designer.document().topologyProperty().addListener((o, a, b) -> update());
        update();
    }

    private void update() {
        Topology t = designer.topology();
        var keys = designer.selection().keys();
        String single = designer.selection().single();
        if (single == null) {
            key.set(null);
            shape = List.of();
            fields.clear();
            title.set(keys.isEmpty() ? "Nothing selected" : keys.size() + " elements selected");
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
