package io.peerplan.app.ui;

import io.peerplan.app.ui.vm.DesignerViewModel;
import io.peerplan.export.importer.ConfigImporter;
import io.peerplan.export.importer.ImportException;
import io.peerplan.export.importer.ImportReport;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * File → Import configs… and Import a folder…: existing frr.conf (or Quagga's bgpd.conf and
 * zebra.conf), MetalLB YAML, frr-k8s FRRConfigurations, Cilium BGP objects and Service manifests,
 * read into a new, unsaved design by the same importer as {@code peerplan import}, in the
 * background. What was not imported as it was is shown in a report, never dropped silently.
 */
public final class ConfigImport {
    private final Stage stage;
    private final DesignerViewModel model;
    private final Background io;
    private final FileController files;

    ConfigImport(Stage stage, DesignerViewModel model, Background io, FileController files) {
        this.stage = stage;
        this.model = model;
        this.io = io;
        this.files = files;
    }

    /** Picks config files and manifests, after asking about unsaved changes. */
    public void chooseFiles() {
        files.guard(() -> {
            FileChooser c = new FileChooser();
            c.setTitle("Import configs and manifests");
            c.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Configs and manifests", "*.conf", "*.yaml", "*.yml"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            List<File> picked = c.showOpenMultipleDialog(stage);
            if (picked != null && !picked.isEmpty()) {
                importPaths(picked.stream().map(File::toPath).toList());
            }
        });
    }

    /** Picks a folder (an exported bundle, a directory of router configs), after asking about unsaved changes. */
    public void chooseFolder() {
        files.guard(() -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Import a folder of configs and manifests");
            File dir = c.showDialog(stage);
            if (dir != null) {
                importPaths(List.of(dir.toPath()));
            }
        });
    }

    /** Imports files and folders already chosen; the current design must already be saved or given up. */
    public void importPaths(List<Path> paths) {
        String name = designName(paths);
        model.statusProperty().set("Importing " + paths.size() + (paths.size() == 1 ? " file" : " files") + "…");
        io.run(() -> {
            ConfigImporter.Result r = ConfigImporter.importFiles(name, paths);
            return new Imported(r, FileController.prepare(r.topology()));
        }, done -> {
            files.showUnsaved(done.loaded(), "Imported " + ImportReport.summary(done.result()));
            report(done.result());
        }, e -> {
            model.statusProperty().set("Import failed");
            // ImportException's message is already located (file:line); anything else is an I/O problem with the files.
            Dialogs.error(stage, "Cannot import", e instanceof ImportException ? e.getMessage()
                    : e.getMessage() == null ? "the files could not be read" : e.getMessage());
        });
    }

    private record Imported(ConfigImporter.Result result, FileController.Loaded loaded) {
    }

    /** The report, when there is something to say: lines not understood, secrets left out, guesses to check. */
    private void report(ConfigImporter.Result r) {
        if (r.notes().isEmpty()) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("Peerplan");
        a.setHeaderText("Imported " + ImportReport.summary(r));
        String rendered = ImportReport.render(r);
        TextArea text = new TextArea(rendered);
        text.setId("import-report");
        text.setEditable(false);
        // Notes carry file paths and whole config lines: wrapped, they read without scrolling sideways.
        text.setWrapText(true);
        text.setPrefHeight(Math.min(stage.getHeight() * 0.6, 24 * (rendered.lines().count() + 3)));
        text.setStyle("-fx-font-family: monospace");
        text.setPrefWidth(Math.max(480, Math.min(900, stage.getWidth() - 160)));
        a.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(text);
        a.setResizable(true);
        a.show();
    }

    /** The new design's name: the folder's or the first file's, without its extension. */
    static String designName(List<Path> paths) {
        Path first = paths.getFirst().getFileName();
        String n = first == null ? "imported" : first.toString();
        int dot = n.lastIndexOf('.');
        n = dot > 0 ? n.substring(0, dot) : n;
        n = n.replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase(Locale.ROOT);
        return n.isBlank() ? "imported" : n;
    }
}
