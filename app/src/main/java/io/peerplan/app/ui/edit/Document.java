package io.peerplan.app.ui.edit;

import io.peerplan.model.Topology;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open project: its topology, its file, and the one undo stack every edit goes through
 * (Scene Builder's JobManager). Edits are {@link Edit}s; the stack is bounded, exposes an
 * observable revision, and refuses an edit pushed while another is being applied (a listener that
 * edits in response to an edit would corrupt the history). Not thread-safe: FX thread only.
 */
public final class Document {
    /** Enough for a long session; each entry holds two shared-structure topologies. */
    public static final int MAX_UNDO = 500;

    private final ReadOnlyObjectWrapper<Topology> topology = new ReadOnlyObjectWrapper<>(this, "topology");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    /** A new token on every reset: a save's marker names the opened document it belongs to. */
    private Object opened;
    private Edit savedTop;
    private boolean unsavedSinceOpen;
    private boolean applying;

    public Document(Topology initial, Path file) {
        reset(initial, file, false);
    }

    /** Replaces the whole document (new, open, recover): history is cleared. */
    public void reset(Topology t, Path path, boolean unsaved) {
        undo.clear();
        redo.clear();
        opened = new Object();
        savedTop = null;
        unsavedSinceOpen = unsaved;
        file.set(path);
        set(t);
    }

    /** Applies an edit and records it; an empty edit is ignored. Returns false when ignored. */
    public boolean execute(Edit edit) {
        if (applying) {
            throw new IllegalStateException("an edit was pushed while another was being applied: " + edit.description());
        }
        if (edit.before() != topology.get()) {
            throw new IllegalStateException("edit '" + edit.description() + "' was made against an older topology");
        }
        if (edit.isEmpty()) {
            return false;
        }
        undo.push(edit);
        if (undo.size() > MAX_UNDO) {
            undo.removeLast();
        }
        redo.clear();
        set(edit.after());
        return true;
    }

    public void undo() {
        if (!undo.isEmpty() && !applying) {
            Edit e = undo.pop();
            redo.push(e);
            set(e.before());
        }
    }

    public void redo() {
        if (!redo.isEmpty() && !applying) {
            Edit e = redo.pop();
            undo.push(e);
            set(e.after());
        }
    }

    /** What identifies the current state for {@link #markSaved}: taken when a save starts. */
    public SaveMarker stateMarker() {
        return new SaveMarker(opened, undo.peek());
    }

    /**
     * The state named by the marker is now on disk (possibly under a new file name). A save that
     * began before another design was opened (or New) wrote that earlier design: it says nothing
     * about this one, which keeps its file name and stays as dirty as it was.
     */
    public void markSaved(SaveMarker marker, Path path) {
        if (marker.opened() != opened) {
            return;
        }
        savedTop = marker.top();
        unsavedSinceOpen = false;
        file.set(path);
        refresh();
    }

    /** One state of one opened document: the edit on top of the undo stack (null: as opened). */
    public record SaveMarker(Object opened, Edit top) {
    }

    private void set(Topology t) {
        applying = true;
        try {
            topology.set(t);
            revision.set(revision.get() + 1);
        } finally {
            applying = false;
        }
        refresh();
    }

    private void refresh() {
        dirty.set(unsavedSinceOpen || undo.peek() != savedTop);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description());
    }

    public Topology topology() {
        return topology.get();
    }

    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public int undoDepth() {
        return undo.size();
    }

    public int redoDepth() {
        return redo.size();
    }
}
