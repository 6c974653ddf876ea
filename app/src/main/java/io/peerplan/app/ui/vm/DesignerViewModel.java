package io.peerplan.app.ui.vm;

import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.DiagramBuilder;
import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.findings.LiveValidation;
import io.peerplan.app.render.Marks;
import io.peerplan.app.ui.edit.Document;
import io.peerplan.model.Topology;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The designer's root view-model (JabRef MVVM): the document and its undo stack, the selection,
 * the derived diagram, live findings and the status line. Holds no JavaFX node; the window binds
 * to it. Everything here runs on the FX thread except validation, which {@link LiveValidation}
 * runs on its own worker and delivers through {@code fx}.
 */
public final class DesignerViewModel implements AutoCloseable {
    private final Document document;
    private final SelectionModel selection = new SelectionModel();
    private final FindingsViewModel findings = new FindingsViewModel();
    private final StringProperty status = new SimpleStringProperty(this, "status", "Ready");
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram", Diagram.EMPTY);
    private final ReadOnlyObjectWrapper<Marks> marks = new ReadOnlyObjectWrapper<>(this, "marks", Marks.NONE);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final EditActions edits;
    private final LiveValidation validation;
    private Diagram prebuilt;
    private boolean opening;

    /**
     * @param fx where background results are delivered: {@code Platform::runLater} in the app
     */
    public DesignerViewModel(Topology initial, Path file, FindingsSource source, Executor fx, long validationDelayMs) {
        this.document = new Document(initial, file);
        this.edits = new EditActions(document, selection, status::set);
        this.validation = new LiveValidation(source, fx, validationDelayMs, r -> {
            findings.show(r);
            marks.set(Marks.of(findings.marks(), diagram.get()));
        });
        document.topologyProperty().addListener((obs, old, t) -> topologyChanged(t));
        document.dirtyProperty().addListener((obs, o, dirty) -> {
            updateTitle();
            // "Saved x" stops being true at the first edit after the save.
            if (dirty && status.get() != null && status.get().startsWith("Saved ")) {
                status.set("Changed since the last save");
            }
        });
        document.fileProperty().addListener((obs, o, n) -> updateTitle());
        topologyChanged(initial);
    }

    /**
     * Replaces the document with a topology read in the background, together with its diagram
     * built there too, so that opening a 5,000-element design leaves little for the FX thread.
     */
    public void open(Topology t, Path file, boolean unsaved, Diagram prebuilt) {
        this.prebuilt = prebuilt;
        opening = true; // the file, topology and dirty flag change one by one: one title once all are set
        try {
            document.reset(t, file, unsaved);
        } finally {
            this.prebuilt = null;
            opening = false;
        }
        updateTitle();
    }

    private void topologyChanged(Topology t) {
        Diagram ready = prebuilt != null && prebuilt.topology() == t ? prebuilt : null;
        diagram.set(ready != null ? ready : DiagramBuilder.build(t, diagram.get()));
        marks.set(Marks.of(findings.marks(), diagram.get()));
        selection.prune(t);
        findings.started();
        validation.submit(document.revisionProperty().get(), t);
        updateTitle();
    }

    private void updateTitle() {
        if (opening) {
            return;
        }
        Path f = document.file();
        Topology t = document.topology();
        String name = f != null ? f.getFileName().toString()
                : t.name() != null && !t.name().isBlank() ? t.name() : "Untitled";
        title.set((document.isDirty() ? "*" : "") + name + " — Peerplan");
    }

    public Document document() {
        return document;
    }

    public Topology topology() {
        return document.topology();
    }

    public SelectionModel selection() {
        return selection;
    }

    public FindingsViewModel findings() {
        return findings;
    }

    public EditActions edits() {
        return edits;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty showGridProperty() {
        return showGrid;
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Marks> marksProperty() {
        return marks.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    /** True when no validation is scheduled or running (tests wait on this). */
    public boolean validationIdle() {
        return validation.isIdle();
    }

    @Override
    public void close() {
        validation.close();
    }
}
