package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A screenshot of the inspector showing one editor: a sample opened, one element selected, the
 * inspector scrolled to a field, and optionally a text typed into one cell or field (to show how a
 * refused value looks) or a drop-down's value picked. Usage: {@code InspectorScreenshotMain$Launch OUT.png WIDTH HEIGHT SAMPLE
 * ELEMENT FIELD-ID [INPUT-ID TEXT]}. Not a test.
 */
public final class InspectorScreenshotMain extends Application {
    private static String[] arguments;

    public static final class Launch {
        public static void main(String[] args) {
            arguments = args;
            Application.launch(InspectorScreenshotMain.class);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path out = Path.of(arguments[0]);
        Settings settings = new Settings(Files.createTempDirectory("peerplan-shot"));
        MainWindow w = new MainWindow(stage, settings, DesignerApp.findingsSource(), 50);
        stage.setWidth(Integer.parseInt(arguments[1]));
        stage.setHeight(Integer.parseInt(arguments[2]));
        w.show(Samples.load(arguments[3]), null);
        later(1, () -> {
            w.canvas().fit();
            w.model().selection().select(arguments[4]);
        });
        later(2, () -> {
            Node field = w.scene().lookup("#" + arguments[5]);
            if (arguments.length > 7 && w.scene().lookup("#" + arguments[6]) instanceof TextField input) {
                input.requestFocus();
                input.setText(arguments[7]);
            } else if (arguments.length > 7 && w.scene().lookup("#" + arguments[6]) instanceof ComboBox<?> box) {
                // A drop-down's choice, committed as picking it does (the inspector commits on the box's action).
                @SuppressWarnings("unchecked")
                ComboBox<String> choice = (ComboBox<String>) box;
                choice.setValue(arguments[7]);
            }
            scrollTo(field);
        });
        later(3, () -> {
            try {
                Screenshots.writePng(w.scene(), out);
            } catch (Exception e) {
                e.printStackTrace();
            }
            Platform.exit();
            System.exit(0);
        });
    }

    /** Scrolls the inspector so that the node's top sits near the top of its viewport. */
    private static void scrollTo(Node node) {
        Node p = node;
        while (p != null && !(p instanceof ScrollPane s && s.getStyleClass().contains("inspector"))) {
            p = p.getParent();
        }
        if (p instanceof ScrollPane scroll) {
            Bounds content = scroll.getContent().getLayoutBounds();
            Bounds at = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double range = content.getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (at.getMinY() - 40) / range)));
        }
    }

    private static void later(double seconds, Runnable r) {
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds * 2));
        wait.setOnFinished(e -> r.run());
        wait.play();
    }
}
