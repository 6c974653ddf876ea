package io.peerplan.app.ui.push;

import static io.peerplan.app.ui.push.PushShotLab.after;

import io.peerplan.app.files.Settings;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.Screenshots;
import io.peerplan.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Takes the README screenshots of the push dialog against the same lab as PushDialogTest (root,
 * FRR): a real FRR gateway in a network namespace behind the in-process SSH server. Usage:
 * {@code PushScreenshotMain OUT_DIR}; writes push-dialog.png (the diff stage) and push-report.png
 * (after the apply). Not a test; run by the command in docs/screenshots.md under Xvfb.
 */
public final class PushScreenshotMain extends Application {
    private static Path out;

    public static final class Launch {
        public static void main(String[] args) {
            out = Path.of(args[0]);
            Application.launch(PushScreenshotMain.class);
        }
    }

    private PushShotLab lab;
    private PushDialog dialog;

    @Override
    public void start(Stage stage) throws Exception {
        Files.createDirectories(out);
        lab = new PushShotLab();
        Settings settings = lab.settings("light", true);
        MainWindow w = new MainWindow(stage, settings, ValidatorFindings.INSTANCE, 50);
        stage.setWidth(1500);
        stage.setHeight(950);
        Topology five = lab.design();
        w.show(five, null);
        dialog = new PushDialog(stage, five, settings);
        dialog.stage().setWidth(1440);
        dialog.stage().setHeight(820);
        dialog.show();
        after(1.5, () -> true, () -> {
            dialog.model().preview();
            sequence();
        });
    }

    @Override
    public void stop() {
        lab.close();
    }

    /** After the preview: shoot the diff, apply, shoot the report, exit (stop() cleans the lab up). */
    private void sequence() {
        after(1, () -> dialog.model().stage() == PushViewModel.Stage.REVIEW, () -> {
            shoot(dialog.stage().getScene(), "push-dialog.png");
            dialog.model().apply();
            after(1, () -> dialog.model().stage() == PushViewModel.Stage.REPORT, () -> {
                after(1, () -> true, () -> {
                    shoot(dialog.stage().getScene(), "push-report.png");
                    Platform.exit();
                });
            });
        });
    }

    private static void shoot(Scene scene, String name) {
        try {
            Screenshots.writePng(scene, out.resolve(name));
        } catch (Exception ex) {
            System.err.println("could not write " + name + ": " + ex.getMessage());
        }
    }
}
