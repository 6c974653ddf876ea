package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Takes the README screenshot: the real main window on a sample, under Xvfb, captured with a
 * JavaFX scene snapshot. Usage: {@code ScreenshotMain OUT.png [sample] [dark]}. Not a test; run
 * by docs/screenshots.md's command.
 */
public final class ScreenshotMain extends Application {
    private static String[] arguments;

    /** The entry point lives in a class that is not an Application, so JavaFX starts from the class path. */
    public static final class Launch {
        public static void main(String[] args) {
            arguments = args;
            Application.launch(ScreenshotMain.class);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path out = Path.of(arguments[0]);
        String sample = arguments.length > 1 ? arguments[1] : "two-dc-anycast";
        boolean dark = arguments.length > 2 && arguments[2].equals("dark");
        Path home = Files.createTempDirectory("peerplan-shot");
        Settings settings = new Settings(home);
        settings.put("theme", dark ? "dark" : "light");
        MainWindow w = new MainWindow(stage, settings, DesignerApp.findingsSource(), 50);
        stage.setWidth(Double.parseDouble(System.getProperty("shot.width", "1760")));
        stage.setHeight(Double.parseDouble(System.getProperty("shot.height", "1040")));
        Topology t = Samples.load(sample);
        w.show(t, null);
        PauseTransition wait = new PauseTransition(Duration.seconds(3));
        wait.setOnFinished(e -> {
            String select = arguments.length > 3 ? arguments[3] : "gateway-alfa-unoone";
            w.model().selection().select(select);
            if (arguments.length > 4) {
                w.canvas().actualSize();
                w.canvas().zoomBy(Double.parseDouble(arguments[4]));
            } else {
                w.canvas().fit();
            }
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(e2 -> {
                try {
                    Screenshots.writePng(w.scene(), out);
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                Platform.exit();
                System.exit(0);
            });
            settle.play();
        });
        wait.play();
    }
}
