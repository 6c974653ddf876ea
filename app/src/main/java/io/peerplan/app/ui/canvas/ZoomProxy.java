package io.peerplan.app.ui.canvas;

import java.nio.IntBuffer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * Stands in for the canvas while a zoom scales the painted bitmap. Prism's software pipeline
 * composites a scaled node through its general transformed-texture path, about 18 ms a frame for
 * the canvas view on the render thread, bilinear or nearest neighbour alike (an ImageView of a
 * snapshot with {@code setSmooth(false)} measured the same 20 ms pulse; clipping the scaled node
 * to the view changed nothing either). So the scaling is done here instead: the painted canvas is
 * read back once (a snapshot, when the zoom starts or after a repaint), and every zoom frame
 * samples it nearest-neighbour into a pixel buffer of the view's size (0.8 ms on the FX thread),
 * which an ImageView shows one to one: for the render thread, a translate-only copy like panning.
 */
final class ZoomProxy {
    private final Canvas canvas;
    private final ImageView view = new ImageView();
    private final SnapshotParameters params = new SnapshotParameters();
    private WritableImage snapshot;
    private int[] source = new int[0];
    private int sourceWidth;
    private int sourceHeight;
    private int[] target = new int[0];
    private int targetWidth;
    private int targetHeight;
    private int[] columns = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private boolean current;

    ZoomProxy(Canvas canvas) {
        this.canvas = canvas;
        view.setManaged(false);
        view.setMouseTransparent(true);
        view.setVisible(false);
        params.setFill(Color.TRANSPARENT);
    }

    ImageView node() {
        return view;
    }

    /** The canvas was repainted: the read-back pixels are stale. */
    void invalidate() {
        current = false;
    }

    /** Shows the canvas again (painted, or shifted one to one). */
    void hide() {
        view.setVisible(false);
        canvas.setVisible(true);
    }

    /**
     * Shows the painted bitmap scaled by {@code k} with its origin at ({@code ox}, {@code oy}) in
     * a view of this size, in place of the canvas.
     */
    void show(double k, double ox, double oy, double width, double height) {
        double s = renderScale();
        if (!current) {
            readBack(s);
        }
        int w = (int) Math.ceil(width * s);
        int h = (int) Math.ceil(height * s);
        if (buffer == null || targetWidth != w || targetHeight != h) {
            target = new int[w * h];
            targetWidth = w;
            targetHeight = h;
            columns = new int[w];
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(target), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
            view.setFitWidth(width);
            view.setFitHeight(height);
        }
        sample(k, ox * s, oy * s);
        buffer.updateBuffer(b -> null);
        view.setVisible(true);
        canvas.setVisible(false);
    }

    /** Device pixel (x, y) of the view shows source pixel ((x - ox) / k, (y - oy) / k). */
    private void sample(double k, double ox, double oy) {
        for (int x = 0; x < targetWidth; x++) {
            columns[x] = Math.clamp((long) ((x + 0.5 - ox) / k), 0, sourceWidth - 1);
        }
        for (int y = 0; y < targetHeight; y++) {
            int row = Math.clamp((long) ((y + 0.5 - oy) / k), 0, sourceHeight - 1) * sourceWidth;
            int out = y * targetWidth;
            for (int x = 0; x < targetWidth; x++) {
                target[out + x] = source[row + columns[x]];
            }
        }
    }

    /** Reads the whole painted canvas (margin included) back at device resolution. */
    private void readBack(double s) {
        int w = (int) Math.ceil(canvas.getWidth() * s);
        int h = (int) Math.ceil(canvas.getHeight() * s);
        if (snapshot == null || sourceWidth != w || sourceHeight != h) {
            snapshot = new WritableImage(w, h);
            source = new int[w * h];
            sourceWidth = w;
            sourceHeight = h;
        }
        // The snapshot includes the node's own transform: take it at the painted one-to-one origin.
        var shown = canvas.getTransforms().toArray(new Transform[0]);
        canvas.getTransforms().clear();
        params.setTransform(Transform.scale(s, s));
        canvas.snapshot(params, snapshot);
        canvas.getTransforms().setAll(shown);
        snapshot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), source, 0, w);
        current = true;
    }

    private double renderScale() {
        var scene = canvas.getScene();
        return scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getRenderScaleX();
    }
}
