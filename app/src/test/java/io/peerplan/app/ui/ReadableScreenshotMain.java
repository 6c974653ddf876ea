package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The screenshots of docs/screenshots.md: the main window (legend on), simulation mode and every
 * dialog (the push dialog's own confirmations need a device: PushScreenshotMain), at one window size and theme, from the real window under Xvfb. Usage:
 * {@code ReadableScreenshotMain$Launch OUT_DIR WIDTH HEIGHT light|dark}. Not a test.
 */
public final class ReadableScreenshotMain extends Application {
    private static String[] arguments;
    private MainWindow w;
    private String suffix;
    private Path out;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    public static final class Launch {
        public static void main(String[] args) {
            arguments = args;
            Application.launch(ReadableScreenshotMain.class);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        out = Path.of(arguments[0]);
        Files.createDirectories(out);
        int width = Integer.parseInt(arguments[1]);
        int height = Integer.parseInt(arguments[2]);
        String theme = arguments[3];
        suffix = "-" + width + "x" + height + "-" + theme + ".png";
        Settings settings = new Settings(Files.createTempDirectory("peerplan-shot"));
        settings.put("theme", theme);
        settings.put("legend.shown", "true");
        w = new MainWindow(stage, settings, DesignerApp.findingsSource(), 50);
        stage.setWidth(width);
        stage.setHeight(height);
        w.show(Samples.load("two-dc-anycast"), null);
        steps.add(() -> {
            w.canvas().fit();
            w.model().selection().select("gateway-alfa-unoone");
        });
        steps.add(() -> shoot(w.scene().getWindow(), "main"));
        steps.add(() -> w.simulation().activeProperty().set(true));
        steps.add(() -> w.canvas().fit());
        steps.add(() -> shoot(w.scene().getWindow(), "simulation"));
        steps.add(() -> w.simulation().activeProperty().set(false));
        for (String dialog : new String[] {"find", "exportPng", "exportConfigs", "push", "shortcuts", "about"}) {
            dialog(dialog, () -> fire("menu-" + dialog));
        }
        // The alerts: a project that does not load, a crash's recovery, the push's key passphrase, the
        // peering popover, and File → Close after an edit.
        dialog("loadError", () -> {
            try {
                ProjectCodec.read("/home/ana/designs/two-dc-anycast.peerplan.yaml",
                        "version: 1\nname: two-dc-anycast\nrouters:\n  - id: gateway-alfa-unoone\n    asn: 4294967296\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (ProjectLoadException e) {
                Dialogs.loadError(w.stage(), e);
            }
        });
        dialog("recover", () -> Dialogs.recover(w.stage(), "two-dc-anycast, 3 edits"));
        dialog("passphrase", () -> io.peerplan.app.ui.push.PushShots.askPassphrase(w.stage(), "/home/ana/.ssh/id_ed25519"));
        peeringChoice();
        Path bundle = bundleWithAnUnknownLine();
        dialog("importReport", () -> w.imports().importPaths(java.util.List.of(bundle)));
        steps.add(() -> w.model().edits().nudge(20, 0));
        dialog("unsaved", () -> fire("menu-close"));
        steps.add(() -> {
            Platform.exit();
            System.exit(0);
        });
        next();
    }

    /** two-dc-anycast's exported bundle, with one line in an frr.conf that Peerplan does not model, to import. */
    private static Path bundleWithAnUnknownLine() throws Exception {
        Path dir = Files.createTempDirectory("peerplan-shot-bundle").resolve("two-dc-anycast");
        for (var f : io.peerplan.export.BundleExporter.export(Samples.load("two-dc-anycast"),
                io.peerplan.export.ExportOptions.DEFAULT).files()) {
            Path p = dir.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.path().endsWith("gateway-alfa-unoone/frr.conf") ? f.content() + "agentx\n" : f.content());
        }
        return dir;
    }

    /** Opens a dialog (later: one that waits may not be shown from an animation), then shoots and closes it. */
    private void dialog(String name, Runnable open) {
        steps.add(() -> Platform.runLater(open));
        steps.add(() -> {
            // Find shows what it is for: a query and its matches.
            if (Window.getWindows().stream().anyMatch(x -> x != w.stage() && x.isShowing())
                    && newest().getScene().lookup("#find-field") instanceof javafx.scene.control.TextField f) {
                f.setText("203.0.113.70");
            }
        });
        steps.add(() -> {
            Window top = newest();
            shoot(top, "dialog-" + name);
            top.hide();
        });
    }

    /**
     * The popover a cluster-to-router link opens (k8s-alfa dropped on gateway-bravo-bissotwo, an FRR
     * gateway that can listen): shot as its own window, then closed without connecting.
     */
    private void peeringChoice() {
        steps.add(() -> {
            var gateway = w.canvas().diagram().card("gateway-bravo-bissotwo").orElseThrow().bounds();
            w.canvas().connect("k8s-alfa", "gateway-bravo-bissotwo", gateway.centerX(), gateway.centerY());
        });
        steps.add(() -> {
            Window popover = Window.getWindows().stream().filter(x -> x.isShowing() && x.getScene() != null
                    && x.getScene().lookup("#peering-choice") != null).findFirst().orElseThrow();
            shoot(popover, "dialog-peeringChoice");
            popover.hide();
        });
    }

    /** Runs the menu item as a click on it would (dialogs that wait run the next steps in their own loop). */
    private void fire(String id) {
        MenuBar bar = (MenuBar) w.scene().lookup(".menu-bar");
        bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst()
                .ifPresent(MenuItem::fire);
    }

    private Window newest() {
        return Window.getWindows().stream().filter(x -> x != w.stage() && x.isShowing()
                && !(x instanceof javafx.stage.PopupWindow)).reduce((a, b) -> b).orElseThrow();
    }

    private void next() {
        PauseTransition wait = new PauseTransition(Duration.seconds(2));
        wait.setOnFinished(e -> {
            Runnable r = steps.poll();
            if (r != null) {
                next(); // first: a dialog that waits would otherwise stop the steps (they run in its loop)
                try {
                    r.run();
                } catch (RuntimeException ex) {
                    ex.printStackTrace();
                }
            }
        });
        wait.play();
    }

    private void shoot(Window window, String name) {
        try {
            Screenshots.writePng(window.getScene(), out.resolve(name + suffix));
        } catch (Exception ex) {
            ex.printStackTrace();
        }
    }
}
