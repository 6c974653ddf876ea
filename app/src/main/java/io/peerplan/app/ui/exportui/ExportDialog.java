package io.peerplan.app.ui.exportui;

import io.peerplan.app.ui.fit.Words;

import io.peerplan.app.ui.Background;
import io.peerplan.export.ExportFile;
import io.peerplan.export.ExportRefusedException;
import io.peerplan.model.Cluster;
import io.peerplan.model.Platform;
import io.peerplan.model.Topology;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The export dialog: devices and formats on the left, the bundle's files with a highlighted
 * preview in the middle, and the target (a folder, or a .zip) below. Validation errors block the
 * Write button until the user ticks "Export anyway". Bundles are built and written on the
 * background worker; the FX thread only shows them.
 */
public final class ExportDialog {
    private static final String[] FORMATS = {"As designed", "frr", "quagga", "routeros-v6", "routeros-v7"};
    private final Stage stage = new Stage();
    private final ExportModel model;
    private final Background io;
    private final ListView<ExportFile> files = new ListView<>();
    private final TextFlow preview = new TextFlow();
    private final Label status = new Label();
    private final TextField target = new TextField();
    private final Button write = new Button("Write");

    public ExportDialog(Window owner, Topology topology, Background io) {
        this.model = new ExportModel(topology);
        this.io = io;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export configs — " + topology.name());
        stage.setScene(new Scene(layout(topology), 1100, 700));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        rebuild();
    }

    private BorderPane layout(Topology topology) {
        VBox devices = new VBox(4);
        devices.getChildren().add(new Label("Devices"));
        for (ExportModel.Device d : model.devices()) {
            CheckBox box = new CheckBox(d.label());
            box.setId("export-device-" + d.id());
            box.setSelected(true);
            box.selectedProperty().addListener((o, a, on) -> {
                model.select(d.id(), on);
                rebuild();
            });
            devices.getChildren().add(box);
        }
        ComboBox<String> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(FORMATS);
        format.setValue(FORMATS[0]);
        format.valueProperty().addListener((o, a, v) -> {
            model.platform(v.equals(FORMATS[0]) ? null : Platform.valueOf(v.toUpperCase().replace('-', '_')));
            rebuild();
        });
        ComboBox<String> style = new ComboBox<>();
        style.setId("export-metallb-style");
        style.getItems().setAll("As designed", "crds", "legacy-configmap");
        style.setValue("As designed");
        style.valueProperty().addListener((o, a, v) -> {
            model.metallbStyle(v.equals("crds") ? Cluster.ConfigStyle.CRDS
                    : v.equals("legacy-configmap") ? Cluster.ConfigStyle.LEGACY_CONFIGMAP : null);
            rebuild();
        });
        CheckBox override = new CheckBox("Export anyway (" + Words.count(model.errors().size(), "validation error") + ")");
        override.setId("export-override");
        override.setDisable(model.errors().isEmpty());
        override.selectedProperty().addListener((o, a, on) -> {
            model.override(on);
            rebuild();
        });
        VBox left = new VBox(8, devices, new Label("Router format"), format, new Label("MetalLB objects"), style, override);
        left.setPadding(new Insets(8));
        // As wide as its longest device name or check box, whatever the window: the preview gives way.
        left.setMinWidth(Region.USE_PREF_SIZE);
        files.setId("export-files");
        files.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ExportFile f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.path());
            }
        });
        files.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> show(f));
        preview.setId("export-preview");
        preview.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        SplitPane middle = new SplitPane(files, scroll);
        middle.setDividerPositions(0.3);
        target.setId("export-target");
        target.setPromptText("Folder, or a file ending in .zip");
        HBox.setHgrow(target, Priority.ALWAYS);
        Button folder = new Button("Folder…");
        folder.setOnAction(e -> {
            File f = new DirectoryChooser().showDialog(stage);
            if (f != null) {
                target.setText(f.getPath());
            }
        });
        Button zip = new Button("Zip…");
        zip.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip", "*.zip"));
            c.setInitialFileName(topology.name() + "-configs.zip");
            File f = c.showSaveDialog(stage);
            if (f != null) {
                target.setText(f.getPath());
            }
        });
        write.setId("export-write");
        write.setDefaultButton(true);
        write.setOnAction(e -> write());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        status.setId("export-status");
        status.setWrapText(true);
        HBox bottom = new HBox(8, new Label("Write to:"), target, folder, zip, write, close);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox south = new VBox(6, status, bottom);
        south.setPadding(new Insets(8));
        BorderPane root = new BorderPane(middle);
        root.setLeft(left);
        root.setBottom(south);
        return root;
    }

    /** Rebuilds the bundle in the background and shows its files. */
    private void rebuild() {
        List<String> blockers = model.blockers();
        write.setDisable(!blockers.isEmpty());
        io.run(model::bundle, b -> {
            String keep = files.getSelectionModel().getSelectedItem() == null ? null
                    : files.getSelectionModel().getSelectedItem().path();
            files.getItems().setAll(b.files());
            fitFileNames();
            files.getItems().stream().filter(f -> f.path().equals(keep)).findFirst()
                    .or(() -> files.getItems().stream().filter(f -> !f.path().equals("README.md")).findFirst())
                    .ifPresent(f -> files.getSelectionModel().select(f));
            status.setText(String.join(" ", model.blockers()) + (b.warnings().isEmpty() ? ""
                    : "  Warnings: " + String.join("; ", b.warnings())));
            status.setStyle(model.blockers().isEmpty() ? "" : "-fx-text-fill: #c62828;");
        }, e -> {
            files.getItems().clear();
            preview.getChildren().clear();
            status.setText(e instanceof ExportRefusedException r ? "Refused: " + String.join("; ", r.reasons())
                    : e.getMessage());
            status.setStyle("-fx-text-fill: #c62828;");
            write.setDisable(true);
        });
    }

    /**
     * The file list as wide as its longest path (README.md, gateway-alfa-unoone/sysctl-forwarding.conf...),
     * up to half the dialog; the split pane keeps an item at least its minimum width.
     */
    private void fitFileNames() {
        Text probe = new Text();
        probe.setFont(files.lookup(".list-cell") instanceof javafx.scene.control.Labeled cell ? cell.getFont()
                : javafx.scene.text.Font.getDefault());
        double longest = 0;
        for (ExportFile f : files.getItems()) {
            probe.setText(f.path());
            longest = Math.max(longest, probe.getLayoutBounds().getWidth());
        }
        files.setMinWidth(Math.min(Math.ceil(longest) + 40, stage.getWidth() > 0 ? stage.getWidth() / 2 : 520));
    }

    private void show(ExportFile f) {
        preview.getChildren().clear();
        if (f == null) {
            return;
        }
        for (ConfigHighlighter.Span s : ConfigHighlighter.highlight(f.content())) {
            Text t = new Text(s.text());
            t.setStyle("-fx-font-family: monospace; -fx-font-size: 12px;" + switch (s.style()) {
                case COMMENT -> "-fx-fill: #6a737d; -fx-font-style: italic;";
                case KEYWORD -> "-fx-fill: #005cc5; -fx-font-weight: bold;";
                case ADDRESS -> "-fx-fill: #22863a;";
                case NUMBER -> "-fx-fill: #b31d28;";
                case KEY -> "-fx-fill: #6f42c1;";
                case PLAIN -> "-fx-fill: -fx-text-base-color;";
            });
            t.getStyleClass().add("hl-" + s.style().name().toLowerCase());
            preview.getChildren().add(t);
        }
    }

    private void write() {
        String text = target.getText() == null ? "" : target.getText().strip();
        if (text.isEmpty()) {
            status.setText("Choose a folder or a .zip file to write to.");
            return;
        }
        Path path = Path.of(text);
        write.setDisable(true);
        io.run(() -> model.write(path), w -> {
            status.setStyle("");
            status.setText("Wrote " + files.getItems().size() + " files to " + w.target()
                    + w.notes().stream().map(n -> "; " + n).collect(java.util.stream.Collectors.joining()));
            write.setDisable(false);
        }, e -> {
            status.setStyle("-fx-text-fill: #c62828;");
            status.setText("Export failed: " + (e instanceof ExportRefusedException r ? String.join("; ", r.reasons())
                    : e.getMessage()));
            write.setDisable(false);
        });
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

}
