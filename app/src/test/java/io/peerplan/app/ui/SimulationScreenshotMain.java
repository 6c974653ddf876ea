package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Takes the README screenshots of simulation mode: the real window on two-dc-anycast, under Xvfb,
 * captured with a JavaFX scene snapshot. Usage: {@code SimulationScreenshotMain OUT_DIR}; writes
 * simulation-mode.png (baseline from the Internet vantage) and what-if.png (region Alfa failed).
 * Not a test; run by the command in docs/screenshots.md.
 */
public final class SimulationScreenshotMain extends Application {
    private static Path out;

    public static final class Launch {
        public static void main(String[] args) {
            out = Path.of(args[0]);
            Application.launch(SimulationScreenshotMain.class);
        }
    }

    private MainWindow w;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    @Override
    public void start(Stage stage) throws Exception {
        Files.createDirectories(out);
        Settings settings = new Settings(Files.createTempDirectory("peerplan-shot"));
        w = new MainWindow(stage, settings, DesignerApp.findingsSource(), 50);
        stage.setWidth(1600);
        stage.setHeight(1000);
        w.show(Samples.load("two-dc-anycast"), null);
        steps.add(() -> w.simulation().activeProperty().set(true));
        steps.add(() -> {
            w.canvas().fit();
            w.model().selection().select("antares");
        });
        steps.add(() -> shoot("simulation-mode.png"));
        steps.add(() -> {
            w.model().selection().select("alfa");
            w.simulation().toggleFailed("alfa");
            w.simulationPanel().showWhatIf();
        });
        steps.add(() -> shoot("what-if.png"));
        steps.add(() -> {
            w.simulationPanel().showBudget();
        });
        steps.add(() -> shoot("failover-budget.png"));
        steps.add(() -> {
            Platform.exit();
            System.exit(0);
        });
        Screenshots.play(steps, Duration.seconds(2.5));
    }

    private void shoot(String name) {
        Screenshots.shoot(w.scene(), out.resolve(name));
    }
}
