package io.peerplan.app.ui.canvas;

import io.peerplan.app.render.Viewport;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Affine;

/**
 * Pans and zooms without repainting, the way map viewers do. The canvas is painted with a margin
 * around the visible area; while the camera moves, the painted bitmap is only shifted, or scaled
 * by up to {@link #MAX_DRIFT} (a texture copy for the render thread instead of re-rasterising
 * every shape and glyph). A real repaint happens when the view leaves the margin, when the zoom
 * drifts further, and shortly after a zoom rests so that text is sharp again. Measured under the
 * software pipeline (docs/benchmarks.md, Canvas): repainting the scale topology at every zoom step
 * cost the render thread 24–43 ms a frame, scaling the bitmap 17–21 ms whatever the content (an
 * empty design too); with a GPU pipeline the scaled copy is nearly free.
 */
final class CanvasCamera {
    /** Painted pixels around the visible area, on each side. */
    static final double MARGIN = 256;
    /** How far the bitmap may be scaled before it is repainted at the new zoom. */
    static final double MAX_DRIFT = 1.25;

    private final Canvas canvas;
    private final Affine transform = new Affine();
    private double paintedScale = Double.NaN;
    private double paintedTx;
    private double paintedTy;

    CanvasCamera(Canvas canvas) {
        this.canvas = canvas;
        canvas.getTransforms().setAll(transform);
    }

    /** The viewport to paint with: the camera shifted by the margin. */
    Viewport paintViewport(Viewport v) {
        Viewport p = new Viewport();
        p.set(v.scale(), v.tx() + MARGIN, v.ty() + MARGIN);
        return p;
    }

    /** The canvas was just painted for this camera: show it one to one. */
    void painted(Viewport v) {
        paintedScale = v.scale();
        paintedTx = v.tx();
        paintedTy = v.ty();
        transform.setToTransform(1, 0, -MARGIN, 0, 1, -MARGIN);
    }

    /** True when the bitmap is shown at the scale it was painted at (sharp). */
    boolean sharp(Viewport v) {
        return v.scale() == paintedScale;
    }

    /**
     * Shows the painted bitmap for a moved camera; false when it cannot cover the view (the
     * caller must repaint).
     */
    boolean follow(Viewport v, double width, double height) {
        if (Double.isNaN(paintedScale)) {
            return false;
        }
        double k = v.scale() / paintedScale;
        if (k > MAX_DRIFT || k < 1 / MAX_DRIFT) {
            return false;
        }
        double ox = v.tx() - k * (MARGIN + paintedTx);
        double oy = v.ty() - k * (MARGIN + paintedTy);
        boolean covers = ox <= 0 && oy <= 0 && ox + k * canvas.getWidth() >= width && oy + k * canvas.getHeight() >= height;
        if (!covers) {
            return false;
        }
        transform.setToTransform(k, 0, ox, 0, k, oy);
        return true;
    }
}
