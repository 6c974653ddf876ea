package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.app.ui.DiagramExport.Options;
import io.peerplan.app.ui.DiagramExport.Options.Backdrop;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Export the diagram as PNG or SVG: background (light, dark or transparent), finding badges,
 * legend, PNG scale and the file, all in one dialog, remembered per user for the next export.
 */
final class DiagramExportDialog {
    /** The file and the options the user confirmed. */
    record Choice(Path file, Options options) {
    }

    private final Dialog<Choice> dialog = new Dialog<>();
    private final ToggleGroup backdrop = new ToggleGroup();
    private final CheckBox badges = new CheckBox("Finding badges on cards");
    private final CheckBox legend = new CheckBox("Legend under the diagram");
    private final ChoiceBox<Integer> scale = new ChoiceBox<>();
    private final TextField file = new TextField();
    private final Settings settings;
    private final boolean svg;

    DiagramExportDialog(Window owner, boolean svg, String baseName, Options current, Settings settings) {
        this.settings = settings;
        this.svg = svg;
        dialog.initOwner(owner);
        dialog.setTitle(svg ? "Export the diagram as SVG" : "Export the diagram as PNG");
        dialog.setHeaderText(null);
        GridPane grid = new GridPane(10, 8);
        grid.setPadding(new Insets(12));
        HBox backdrops = new HBox(12);
        for (Backdrop b : Backdrop.values()) {
            RadioButton r = new RadioButton(b.name().charAt(0) + b.name().substring(1).toLowerCase(Locale.ROOT));
            r.setId("export-backdrop-" + b.name().toLowerCase(Locale.ROOT));
            r.setUserData(b);
            r.setToggleGroup(backdrop);
            r.setSelected(b == Backdrop.valueOf(settings.get("diagram-export.backdrop", current.backdrop().name())));
            backdrops.getChildren().add(r);
        }
        badges.setId("export-badges");
        badges.setSelected(!"false".equals(settings.get("diagram-export.badges", Boolean.toString(current.badges()))));
        legend.setId("export-legend");
        legend.setSelected("true".equals(settings.get("diagram-export.legend", Boolean.toString(current.legend()))));
        scale.setId("export-scale");
        scale.getItems().setAll(1, 2, 3, 4);
        scale.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n + "×";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace("×", ""));
            }
        });
        scale.setValue(parseScale(settings.get("diagram-export.scale", "2")));
        scale.setDisable(svg);
        file.setId("export-file");
        String dir = settings.get("diagram-export.dir", System.getProperty("user.home"));
        file.setText(Path.of(dir).resolve(baseName + (svg ? ".svg" : ".png")).toString());
        file.setPrefColumnCount(32);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> browse());
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        grid.addRow(0, new Label("Background"), backdrops);
        grid.addRow(1, new Label("Show"), new javafx.scene.layout.VBox(6, badges, legend));
        grid.addRow(2, new Label(svg ? "Scale (PNG only)" : "Scale"), scale);
        grid.addRow(3, new Label("File"), fileRow);
        // The labels and buttons keep their whole text; the file field is what gives way.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labels, new javafx.scene.layout.ColumnConstraints());
        browse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        backdrops.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(export).setId("export-ok");
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(file.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == export ? choice() : null);
    }

    Optional<Choice> showAndWait() {
        return dialog.showAndWait().map(c -> {
            remember(c);
            return c;
        });
    }

    Dialog<Choice> dialog() {
        return dialog;
    }

    private Choice choice() {
        Backdrop b = backdrop.getSelectedToggle() == null ? Backdrop.LIGHT : (Backdrop) backdrop.getSelectedToggle().getUserData();
        return new Choice(Path.of(file.getText().strip()), new Options(b, badges.isSelected(), legend.isSelected(),
                scale.getValue() == null ? 2 : scale.getValue()));
    }

    private void remember(Choice c) {
        settings.put("diagram-export.backdrop", c.options().backdrop().name());
        settings.put("diagram-export.badges", Boolean.toString(c.options().badges()));
        settings.put("diagram-export.legend", Boolean.toString(c.options().legend()));
        settings.put("diagram-export.scale", Integer.toString((int) c.options().scale()));
        Path parent = c.file().toAbsolutePath().getParent();
        if (parent != null) {
            settings.put("diagram-export.dir", parent.toString());
        }
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(dialog.getTitle());
        chooser.getExtensionFilters().add(svg ? new FileChooser.ExtensionFilter("SVG", "*.svg")
                : new FileChooser.ExtensionFilter("PNG", "*.png"));
        Path now = Path.of(file.getText().strip());
        if (now.toAbsolutePath().getParent() != null && now.toAbsolutePath().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(now.toAbsolutePath().getParent().toFile());
        }
        chooser.setInitialFileName(now.getFileName() == null ? "" : now.getFileName().toString());
        File f = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (f != null) {
            file.setText(f.getPath());
        }
    }

    /** The remembered scale, if it is one of the offered ones (the settings file is the user's to edit). */
    private static int parseScale(String s) {
        try {
            int n = Integer.parseInt(s);
            return n >= 1 && n <= 4 ? n : 2;
        } catch (NumberFormatException e) {
            return 2;
        }
    }
}
