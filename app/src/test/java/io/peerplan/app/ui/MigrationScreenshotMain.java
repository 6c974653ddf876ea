package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.model.Speaker;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Takes the migration report's screenshots: the real window on two-dc-anycast at the given size,
 * cluster k8s-alfa selected, Simulate ▸ Compare speakers with Cilium BGP, captured once the report
 * is shown on its failover budget (migration-WIDTHxHEIGHT.png), then every cluster switched, on the
 * objects to apply (migration-all-WIDTHxHEIGHT.png). Usage: {@code MigrationScreenshotMain OUT_DIR WIDTH HEIGHT}. Not a test; run by the command in docs/screenshots.md.
 */
public final class MigrationScreenshotMain extends Application {
    private static Path out;
    private static double width;
    private static double height;

    public static final class Launch {
        public static void main(String[] args) {
            out = Path.of(args[0]);
            width = Double.parseDouble(args[1]);
            height = Double.parseDouble(args[2]);
            Application.launch(MigrationScreenshotMain.class);
        }
    }

    private MainWindow w;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    @Override
    public void start(Stage stage) throws Exception {
        Files.createDirectories(out);
        Settings settings = new Settings(Files.createTempDirectory("peerplan-shot"));
        w = new MainWindow(stage, settings, DesignerApp.findingsSource(), 50);
        stage.setWidth(width);
        stage.setHeight(height);
        w.show(Samples.load("two-dc-anycast"), null);
        steps.add(() -> {
            w.canvas().fit();
            w.model().selection().select("k8s-alfa");
            w.simulation().activeProperty().set(true);
            w.simulationPanel().showMigration();
        });
        steps.add(() -> {
            w.simulationPanel().migration().speakerProperty().set(Speaker.CILIUM);
            w.simulationPanel().migration().compare();
        });
        steps.add(() -> section(2));
        steps.add(() -> shoot("migration-" + (int) width + "x" + (int) height + ".png"));
        steps.add(() -> {
            w.simulationPanel().migration().clusterProperty().set(Optional.empty());
            w.simulationPanel().migration().compare();
        });
        steps.add(() -> section(3));
        steps.add(() -> shoot("migration-all-" + (int) width + "x" + (int) height + ".png"));
        steps.add(() -> {
            Platform.exit();
            System.exit(0);
        });
        Screenshots.play(steps, Duration.seconds(3));
    }

    /** Shows one of the report's sections (placement, sessions, failover budget, objects), as a click on its tab does. */
    private void section(int index) {
        ((javafx.scene.control.TabPane) w.scene().lookup("#migration-sections")).getSelectionModel().select(index);
    }

    private void shoot(String name) {
        Screenshots.shoot(w.scene(), out.resolve(name));
    }
}
