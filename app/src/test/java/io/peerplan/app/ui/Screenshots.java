package io.peerplan.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;

/** The screenshot mains' one way of saving a window: a scene snapshot written as PNG (FX thread). */
public final class Screenshots {
    private Screenshots() {
    }

    /**
     * Runs the steps one after another on the FX thread, each after {@code pause} (the window lays
     * out and background work such as a simulation finishes in between).
     */
    public static void play(java.util.Deque<Runnable> steps, javafx.util.Duration pause) {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(pause);
        wait.setOnFinished(e -> {
            Runnable r = steps.poll();
            if (r != null) {
                r.run();
                play(steps, pause);
            }
        });
        wait.play();
    }

    /** {@link #writePng} that prints a failure instead of throwing (a screenshot main's step). */
    public static void shoot(Scene scene, Path file) {
        try {
            writePng(scene, file);
        } catch (IOException | RuntimeException ex) {
            ex.printStackTrace();
        }
    }

    public static void writePng(Scene scene, Path file) throws IOException {
        DiagramExport.Pixels pixels = DiagramExport.Pixels.of(scene.snapshot(null));
        pixels.writePng(file);
        System.out.println("wrote " + file + " " + pixels.width() + "x" + pixels.height());
    }
}
