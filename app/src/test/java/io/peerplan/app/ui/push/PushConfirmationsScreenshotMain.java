package io.peerplan.app.ui.push;

import static io.peerplan.app.ui.push.PushShotLab.after;

import io.peerplan.app.files.Settings;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.Screenshots;
import io.peerplan.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The push dialog's two confirmations for docs/screenshots.md, at one window size and theme, against
 * the lab of {@link PushShotLab} (root, FRR): "Change 1 device?" after a real dry run's diff, and
 * "Trust the host key…?" after the device was refused for its unknown key. Each is opened by its
 * button, as a click would, shot, and dismissed without applying or trusting. Usage:
 * {@code PushConfirmationsScreenshotMain$Launch OUT_DIR WIDTH HEIGHT light|dark}; writes
 * dialog-pushApply-… and dialog-pushTrust-….png. Not a test; run under Xvfb.
 */
public final class PushConfirmationsScreenshotMain extends Application {
    private static String[] arguments;

    public static final class Launch {
        public static void main(String[] args) {
            arguments = args;
            Application.launch(PushConfirmationsScreenshotMain.class);
        }
    }

    private PushShotLab lab;
    private Stage main;
    private Topology design;
    private Path out;
    private String suffix;

    @Override
    public void start(Stage stage) throws Exception {
        out = Path.of(arguments[0]);
        Files.createDirectories(out);
        String theme = arguments[3];
        suffix = "-" + arguments[1] + "x" + arguments[2] + "-" + theme + ".png";
        lab = new PushShotLab();
        main = stage;
        design = lab.design();
        MainWindow w = new MainWindow(stage, lab.settings(theme, true), ValidatorFindings.INSTANCE, 50);
        stage.setWidth(Integer.parseInt(arguments[1]));
        stage.setHeight(Integer.parseInt(arguments[2]));
        w.show(design, null);
        PushDialog known = open(lab.settings(theme, true));
        known.model().preview();
        after(1, () -> known.model().stage() == PushViewModel.Stage.REVIEW, () -> {
            // The confirmation waits in its own loop: opened from a pulse-free runnable, as a click opens it.
            Platform.runLater(() -> button(known, "#push-apply").fire());
            shootWhenShown("#push-confirmation", "dialog-pushApply", () -> {
                known.stage().close();
                trustStep(theme);
            });
        });
    }

    /** A design whose known_hosts is empty: the preview is refused with the key's fingerprint, then "Trust this key…". */
    private void trustStep(String theme) {
        try {
            PushDialog unknown = open(lab.settings(theme, false));
            unknown.model().preview();
            after(1, () -> unknown.model().stage() == PushViewModel.Stage.REPORT, () -> {
                button(unknown, "#push-trust").fire();
                shootWhenShown("#push-trust-text", "dialog-pushTrust", Platform::exit);
            });
        } catch (Exception e) {
            e.printStackTrace();
            Platform.exit();
        }
    }

    private PushDialog open(Settings settings) {
        PushDialog d = new PushDialog(main, design, settings);
        d.show();
        return d;
    }

    private static Button button(PushDialog d, String id) {
        return (Button) d.stage().getScene().lookup(id);
    }

    /** Waits for the window holding the node, shoots it, dismisses it (nothing applied or trusted), then goes on. */
    private void shootWhenShown(String id, String name, Runnable then) {
        after(1, () -> holding(id).isPresent(), () -> after(0.5, () -> true, () -> {
            Window alert = holding(id).orElseThrow();
            try {
                Screenshots.writePng(alert.getScene(), out.resolve(name + suffix));
            } catch (Exception e) {
                e.printStackTrace();
            }
            alert.hide();
            then.run();
        }));
    }

    private static Optional<Window> holding(String id) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null && w.getScene().lookup(id) != null).findFirst();
    }

    @Override
    public void stop() {
        lab.close();
    }
}
