package io.peerplan.app.ui.push;

import io.peerplan.export.testlab.FrrPair;
import io.peerplan.export.testlab.LoopbackSshServer;
import io.peerplan.export.testlab.PushLabDesign;
import io.peerplan.app.files.Settings;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.Screenshots;
import io.peerplan.export.frr.FrrConfigGenerator;
import io.peerplan.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Takes the README screenshots of the push dialog against the same lab as PushDialogTest (root,
 * FRR): a real FRR gateway in a network namespace behind the in-process SSH server. Usage:
 * {@code PushScreenshotMain OUT_DIR}; writes push-dialog.png (the diff stage) and push-report.png
 * (after the apply). Not a test; run by the command in docs/screenshots.md under Xvfb.
 */
public final class PushScreenshotMain extends Application {
    /** The push lab as the dialog shows it: a named edge, upstream, and a RouterOS core push does not support yet. */
    private static final PushLabDesign DESIGN = PushLabDesign.EDGE_AND_UPSTREAM.withRouterOsCore().withEdgeName("gateway-edge");
    private static Path out;

    public static final class Launch {
        public static void main(String[] args) {
            out = Path.of(args[0]);
            Application.launch(PushScreenshotMain.class);
        }
    }

    private Path dir;
    private FrrPair lab;
    private LoopbackSshServer ssh;
    private PushDialog dialog;

    @Override
    public void start(Stage stage) throws Exception {
        Files.createDirectories(out);
        dir = Files.createTempDirectory("peerplan-push-shot");
        // Also on Ctrl-C or a timeout's SIGTERM: the namespaces and daemons are ours to remove.
        Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUp));
        lab = FrrPair.start(dir);
        ssh = LoopbackSshServer.device(dir, lab.edge());
        lab.load(lab.upstream(), PushLabDesign.upstreamConfig());
        Topology one = DESIGN.withPrepends(1).topology(ssh.port(), lab.edge());
        lab.reload(lab.edge(), FrrConfigGenerator.generate(one, one.routers().getFirst()));
        lab.awaitEstablished(lab.edge(), FrrPair.UPSTREAM_IP, 30);

        Settings settings = new Settings(Files.createTempDirectory("peerplan-shot"));
        new PushSettings(ssh.knownHosts(), List.of(ssh.clientKey()), false).save(settings);
        MainWindow w = new MainWindow(stage, settings, ValidatorFindings.INSTANCE, 50);
        stage.setWidth(1500);
        stage.setHeight(950);
        Topology five = DESIGN.withPrepends(5).topology(ssh.port(), lab.edge());
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

    /** Runs the step once the condition holds (polled every 0.5 s after an initial wait). */
    private void after(double seconds, BooleanSupplier ready, Runnable step) {
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
        wait.setOnFinished(e -> {
            if (!ready.getAsBoolean()) {
                after(0.5, ready, step);
                return;
            }
            step.run();
        });
        wait.play();
    }

    @Override
    public void stop() {
        cleanUp();
    }

    private synchronized void cleanUp() {
        try {
            if (ssh != null) {
                ssh.close();
            }
            if (lab != null) {
                lab.close();
            }
        } catch (Exception e) {
            System.err.println("clean-up: " + e.getMessage());
        }
        ssh = null;
        lab = null;
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
