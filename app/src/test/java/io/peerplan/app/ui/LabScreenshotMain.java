package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.app.ui.lab.LabViewModel;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Takes the lab panel's screenshot: the real window on two-dc-anycast under Xvfb, simulation mode
 * with region Alfa failed, "Rehearse in lab" run on real FRR (root and FRR needed), captured once
 * the agreement table is filled. Usage: {@code LabScreenshotMain OUT_DIR}; writes lab-panel.png.
 * Not a test; run by the command in docs/screenshots.md.
 */
public final class LabScreenshotMain extends Application {
    private static Path out;

    public static final class Launch {
        public static void main(String[] args) {
            out = Path.of(args[0]);
            Application.launch(LabScreenshotMain.class);
        }
    }

    private MainWindow w;

    @Override
    public void start(Stage stage) throws Exception {
        Files.createDirectories(out);
        Settings settings = new Settings(Files.createTempDirectory("peerplan-shot"));
        w = new MainWindow(stage, settings, DesignerApp.findingsSource(), 50);
        stage.setWidth(1900);
        stage.setHeight(1000);
        w.show(Samples.load("two-dc-anycast"), null);
        after(2, () -> {
            w.simulation().activeProperty().set(true);
            w.canvas().fit();
            w.model().selection().select("alfa");
            w.simulation().toggleFailed("alfa");
            after(2, () -> {
                w.rehearseInLab();
                poll();
            });
        });
    }

    private void poll() {
        after(1, () -> {
            LabViewModel.Phase p = w.labPanel().model().status().phase();
            if (p == LabViewModel.Phase.RUNNING || p == LabViewModel.Phase.CANCELLING) {
                poll();
                return;
            }
            System.out.println(p + ": " + w.labPanel().model().status().message());
            after(1.5, () -> {
                shoot("lab-panel.png");
                Platform.exit();
                System.exit(p == LabViewModel.Phase.DONE ? 0 : 1);
            });
        });
    }

    private static void after(double seconds, Runnable r) {
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
        wait.setOnFinished(e -> r.run());
        wait.play();
    }

    private void shoot(String name) {
        try {
            Screenshots.writePng(w.scene(), out.resolve(name));
        } catch (Exception ex) {
            ex.printStackTrace();
        }
    }
}
