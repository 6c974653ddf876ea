package io.peerplan.app.ui.vm;

import io.peerplan.app.design.Elements;
import io.peerplan.model.Topology;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The selected elements as an immutable set of keys (ids, or {@link io.peerplan.app.design.Refs}
 * for pools and services), in selection order. Canvas, outline, inspector and findings panel all
 * read and write this one model, so they never disagree.
 */
public final class SelectionModel {
    private final ReadOnlyObjectWrapper<Set<String>> keys = new ReadOnlyObjectWrapper<>(this, "keys", Set.of());

    public Set<String> keys() {
        return keys.get();
    }

    public ReadOnlyObjectProperty<Set<String>> keysProperty() {
        return keys.getReadOnlyProperty();
    }

    public void select(Collection<String> selection) {
        Set<String> next = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(selection));
        if (!next.equals(keys.get())) {
            keys.set(next);
        }
    }

    public void select(String key) {
        select(key == null ? Set.of() : Set.of(key));
    }

    public void clear() {
        select(Set.of());
    }

    /** Shift-click: adds the key, or removes it when already selected. */
    public void toggle(String key) {
        Set<String> next = new LinkedHashSet<>(keys.get());
        if (!next.remove(key)) {
            next.add(key);
        }
        select(next);
    }

    public void add(Collection<String> more) {
        Set<String> next = new LinkedHashSet<>(keys.get());
        next.addAll(more);
        select(next);
    }

    public boolean isSelected(String key) {
        return keys.get().contains(key);
    }

    /** The single selected key, or null when none or several are selected. */
    public String single() {
        return keys.get().size() == 1 ? keys.get().iterator().next() : null;
    }

    /** Drops keys that no longer name an element (after undo, delete, rename). */
    public void prune(Topology t) {
        Set<String> kept = new LinkedHashSet<>();
        for (String k : keys.get()) {
            if (Elements.find(t, k).isPresent()) {
                kept.add(k);
            }
        }
        select(kept);
    }
}
