package io.peerplan.app.ui.edit;

import io.peerplan.model.Topology;
import java.util.Objects;

/**
 * One undoable step: the topology before and after. The model is immutable records that share
 * everything an edit did not touch, so keeping both whole states costs only the changed path
 * (a handful of lists) and makes undo exactly the old value — no inverse operation to get wrong.
 */
public record Edit(String description, Topology before, Topology after) {
    public Edit {
        Objects.requireNonNull(description);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
    }

    /** True when the edit changes nothing (e.g. a drag released where it started): not worth a step. */
    public boolean isEmpty() {
        return before.equals(after);
    }
}
