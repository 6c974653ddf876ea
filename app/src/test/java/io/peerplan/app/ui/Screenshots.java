package io.peerplan.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;

/** The screenshot mains' one way of saving a window: a scene snapshot written as PNG (FX thread). */
public final class Screenshots {
    private Screenshots() {
    }

    public static void writePng(Scene scene, Path file) throws IOException {
        DiagramExport.Pixels pixels = DiagramExport.Pixels.of(scene.snapshot(null));
        pixels.writePng(file);
        System.out.println("wrote " + file + " " + pixels.width() + "x" + pixels.height());
    }
}
