package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.model.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real designer window for TestFX tests, with a throwaway settings home. */
public final class TestWindows {
    private TestWindows() {
    }

    public static MainWindow open(Stage stage, Topology topology) throws IOException {
        Settings settings = new Settings(Files.createTempDirectory("peerplan-ui-test"));
        MainWindow w = new MainWindow(stage, settings, DesignerApp.findingsSource(), 50);
        stage.setWidth(1260);
        stage.setHeight(780);
        w.show(topology, null);
        return w;
    }

    /** Evaluates on the FX thread and returns the value. */
    public static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits (up to 20 s) until the condition, evaluated on the FX thread, holds. */
    public static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (Exception e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    /** The screen point of a model point on the canvas. */
    public static Point2D screen(MainWindow w, double mx, double my) {
        return fx(() -> {
            Point2D local = w.canvas().toLocal(mx, my);
            return w.canvas().localToScreen(local);
        });
    }
}
