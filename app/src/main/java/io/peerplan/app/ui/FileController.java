package io.peerplan.app.ui;

import io.peerplan.app.design.AutoLayout;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.diagram.DiagramBuilder;
import io.peerplan.app.files.RecentFiles;
import io.peerplan.app.files.Recovery;
import io.peerplan.app.ui.edit.Document;
import io.peerplan.app.ui.vm.DesignerViewModel;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * New, open, save, recent files, autosave and recovery. Reading, writing and auto-layout run on
 * the {@link Background} worker; the FX thread only swaps the finished topology in. Anything that
 * would drop unsaved changes asks first.
 */
public final class FileController {
    /** How often unsaved changes are written to the recovery file. */
    static final Duration AUTOSAVE_EVERY = Duration.seconds(15);

    private final Stage stage;
    private final DesignerViewModel model;
    private final Background io;
    private final RecentFiles recent;
    private final Recovery recovery;
    private final Runnable afterLoad;
    private int autosavedRevision = -1;
    private final Timeline autosaveTimer;

    public FileController(Stage stage, DesignerViewModel model, Background io, RecentFiles recent, Recovery recovery,
            Runnable afterLoad) {
        this.stage = stage;
        this.model = model;
        this.io = io;
        this.recent = recent;
        this.recovery = recovery;
        this.afterLoad = afterLoad;
        autosaveTimer = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> autosave()));
        autosaveTimer.setCycleCount(Animation.INDEFINITE);
        autosaveTimer.play();
        model.document().dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty) {
                io.run(() -> {
                    recovery.clear();
                    return null;
                }, r -> { }, e -> { });
            }
        });
    }

    private Document document() {
        return model.document();
    }

    public void newEmpty() {
        guard(() -> replace(Topology.empty("untitled"), null, false, "New design"));
    }

    /**
     * File → Close: after asking about unsaved changes, the project is closed and an empty untitled
     * design takes its place; the window stays, as in draw.io, ready for New or Open.
     */
    public void close() {
        guard(() -> {
            Path was = document().file();
            replace(Topology.empty("untitled"), null, false, was == null ? "Closed the design" : "Closed " + was);
        });
    }

    public void newFromSample(String name) {
        guard(() -> io.run(() -> Loaded.of(Samples.load(name)), t -> replace(t, null, false, "New design from sample " + name),
                this::failed));
    }

    public void open() {
        guard(() -> {
            FileChooser chooser = chooser("Open a Peerplan project");
            File f = chooser.showOpenDialog(stage);
            if (f != null) {
                load(f.toPath());
            }
        });
    }

    /** Opens a file, asking about unsaved changes first (recent files, drag-and-drop). */
    public void open(Path file) {
        guard(() -> load(file));
    }

    /** Reads and lays out in the background, then shows it; a bad file gets the loader's file:line:col message. */
    public void load(Path file) {
        model.statusProperty().set("Opening " + file + "…");
        io.run(() -> Loaded.of(ProjectCodec.read(file)), t -> {
            replace(t, file, false, "Opened " + file);
            recent.add(file);
        }, this::failed);
    }

    /** Shows a topology loaded elsewhere (the command line), laying it out in the background if needed. */
    public void show(Topology t, Path file) {
        io.run(() -> Loaded.of(t), laid -> replace(laid, file, false, file == null ? "Ready" : "Opened " + file),
                this::failed);
    }

    private void replace(Topology t, Path file, boolean unsaved, String status) {
        replace(new Loaded(t, DiagramBuilder.build(t)), file, unsaved, status);
    }

    /**
     * Shows a topology already laid out and drawn off the FX thread (the command line's project, read while
     * JavaFX started), at once, so the window's first frame has it; {@code displayed} runs on the FX thread
     * after the canvas has been fitted to it.
     */
    void show(Loaded loaded, Path file, Runnable displayed) {
        replace(loaded, file, false, file == null ? "Ready" : "Opened " + file);
        javafx.application.Platform.runLater(displayed); // queued after afterLoad's canvas fit
    }

    /** Shows a design that has no file yet and is not saved (an import), after asking about unsaved changes elsewhere. */
    void showUnsaved(Loaded loaded, String status) {
        replace(loaded, null, true, status);
    }

    /** Lays out (if needed) and draws a topology: safe on any thread. */
    static Loaded prepare(Topology t) {
        return Loaded.of(t);
    }

    /** A topology laid out and drawn in the background, ready to show. */
    record Loaded(Topology topology, Diagram diagram) {
        static Loaded of(Topology t) {
            Topology laid = AutoLayout.ifNeeded(t);
            return new Loaded(laid, DiagramBuilder.build(laid));
        }
    }

    private void replace(Loaded loaded, Path file, boolean unsaved, String status) {
        model.open(loaded.topology(), file, unsaved, loaded.diagram());
        autosavedRevision = -1;
        model.statusProperty().set(status);
        afterLoad.run();
    }

    public void save(Runnable after) {
        if (document().file() == null) {
            saveAs(after);
        } else {
            saveTo(document().file(), after);
        }
    }

    public void saveAs(Runnable after) {
        FileChooser chooser = chooser("Save the project as");
        Path current = document().file();
        chooser.setInitialFileName(current != null ? current.getFileName().toString()
                : safeName(document().topology().name()) + ProjectCodec.EXTENSION);
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            Path p = f.toPath();
            if (!p.getFileName().toString().endsWith(".yaml") && !p.getFileName().toString().endsWith(".yml")) {
                p = p.resolveSibling(p.getFileName() + ProjectCodec.EXTENSION);
            }
            saveTo(p, after);
        }
    }

    /** Saves atomically in the background; the document is clean once the bytes are on disk. */
    public void saveTo(Path file, Runnable after) {
        var marker = document().stateMarker();
        Topology snapshot = document().topology();
        model.statusProperty().set("Saving " + file + "…");
        io.run(() -> {
            ProjectCodec.save(snapshot, file);
            return null;
        }, r -> {
            document().markSaved(marker, file);
            recent.add(file);
            model.statusProperty().set("Saved " + file);
            after.run();
        }, this::failed);
    }

    /** Runs {@code proceed} once unsaved changes are saved or knowingly dropped; does nothing on cancel. */
    public void guard(Runnable proceed) {
        if (!document().isDirty()) {
            proceed.run();
            return;
        }
        String name = document().file() != null ? document().file().getFileName().toString() : "the design";
        Dialogs.unsavedChanges(stage, name).ifPresent(b -> {
            if (b == Dialogs.SAVE) {
                save(proceed);
            } else {
                proceed.run();
            }
        });
    }

    /** Writes unsaved changes to the recovery file when something changed since the last autosave. */
    public void autosave() {
        int revision = document().revisionProperty().get();
        if (!document().isDirty() || revision == autosavedRevision) {
            return;
        }
        Topology snapshot = document().topology();
        Path source = document().file();
        io.run(() -> {
            recovery.write(snapshot, source);
            return null;
        }, r -> autosavedRevision = revision, e -> model.statusProperty().set("Autosave failed: " + e.getMessage()));
    }

    /** At start: offers the newest design a crashed designer left behind. */
    public void offerRecovery() {
        List<Recovery.Orphan> orphans = recovery.orphans();
        if (orphans.isEmpty()) {
            return;
        }
        Recovery.Orphan o = orphans.getFirst();
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(o.savedAt());
        String what = (o.source() == null ? "an untitled design" : o.source()) + ", autosaved " + when;
        Dialogs.recover(stage, what).ifPresent(b -> {
            if (b == Dialogs.RECOVER) {
                io.run(() -> Loaded.of(o.load()), t -> {
                    replace(t, o.source() == null ? null : Path.of(o.source()), true, "Recovered " + what);
                    Recovery.discard(o);
                }, this::failed);
            } else {
                Recovery.discard(o);
            }
        });
    }

    /** The window is closing for good: no more autosaves, and the recovery file is no longer needed. */
    public void closed() {
        autosaveTimer.stop();
        recovery.clear();
    }

    public RecentFiles recent() {
        return recent;
    }

    private void failed(Exception e) {
        model.statusProperty().set("Failed: " + e.getMessage());
        if (e instanceof ProjectLoadException ple) {
            Dialogs.loadError(stage, ple);
        } else if (e instanceof IOException io) {
            Dialogs.error(stage, "File error", io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage());
        } else {
            Dialogs.error(stage, "Something went wrong", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Peerplan projects", "*" + ProjectCodec.EXTENSION),
                new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"), new FileChooser.ExtensionFilter("All files", "*"));
        return c;
    }

    private static String safeName(String name) {
        return name == null || name.isBlank() ? "untitled" : name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
