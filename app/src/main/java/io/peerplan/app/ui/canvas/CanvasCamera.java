package io.peerplan.app.ui.canvas;

import io.peerplan.app.render.Viewport;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Affine;

/**
 * Pans without repainting, the way map viewers do. The canvas is painted with a margin around
 * the visible area; while the view pans, the painted bitmap is only shifted (a texture copy for
 * the render thread instead of re-rasterising every shape), and a real repaint happens when the
 * view leaves the margin. Zooming repaints only the visible window (scaling the bitmap was
 * measured slower than repainting under the software pipeline, and blurs text); the margin is
 * painted again once the zoom rests.
 */
final class CanvasCamera {
    /** Painted pixels around the visible area, on each side. */
    static final double MARGIN = Double.parseDouble(System.getProperty("peerplan.canvas.margin", "256"));

    private final Canvas canvas;
    private final Affine transform = new Affine();
    private double paintedScale = Double.NaN;
    private double paintedTx;
    private double paintedTy;
    private boolean marginPainted;

    CanvasCamera(Canvas canvas) {
        this.canvas = canvas;
        canvas.getTransforms().setAll(transform);
    }

    boolean marginPainted() {
        return marginPainted;
    }

    /** The viewport to paint with: the camera shifted by the margin. */
    Viewport paintViewport(Viewport v) {
        Viewport p = new Viewport();
        p.set(v.scale(), v.tx() + MARGIN, v.ty() + MARGIN);
        return p;
    }

    /** The canvas was just painted for this camera (with its margin, or the visible window only). */
    void painted(Viewport v, boolean withMargin) {
        marginPainted = withMargin;
        paintedScale = v.scale();
        paintedTx = v.tx();
        paintedTy = v.ty();
        transform.setToTransform(1, 0, -MARGIN, 0, 1, -MARGIN);
    }

    /**
     * Shows the painted bitmap for a moved camera; false when it cannot cover the view (the
     * caller must repaint).
     */
    boolean follow(Viewport v, double width, double height) {
        if (Double.isNaN(paintedScale)) {
            return false;
        }
        if (!marginPainted || v.scale() != paintedScale) {
            return false;
        }
        double ox = v.tx() - (MARGIN + paintedTx);
        double oy = v.ty() - (MARGIN + paintedTy);
        boolean covers = ox <= 0 && oy <= 0 && ox + canvas.getWidth() >= width && oy + canvas.getHeight() >= height;
        if (!covers) {
            return false;
        }
        transform.setToTransform(1, 0, ox, 0, 1, oy);
        return true;
    }
}
