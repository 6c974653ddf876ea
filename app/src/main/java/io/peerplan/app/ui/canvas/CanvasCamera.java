package io.peerplan.app.ui.canvas;

import io.peerplan.app.render.Viewport;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.transform.Affine;

/**
 * Pans and zooms without repainting, the way map viewers do. The canvas is painted with a margin
 * around the visible area; while the camera moves, the painted bitmap is only shifted, or scaled
 * by up to {@link #MAX_DRIFT} (instead of re-rasterising every shape and glyph). A real repaint
 * happens when the view leaves the margin, when the zoom drifts further, and shortly after a zoom
 * rests so that text is sharp again. Panning shifts the Canvas node itself; zooming shows a
 * {@link ZoomProxy} instead, because Prism's software pipeline composites a scaled Canvas node at
 * about 18 ms a frame on the render thread whatever the content or filtering (docs/benchmarks.md,
 * Canvas): scaling on the FX thread into a pixel buffer costs 0.8 ms and brought the zoom pulse
 * from 17–21 ms to 8.0–8.5 ms (idle machine). Repainting at every zoom step was worse (24–43 ms).
 */
final class CanvasCamera {
    /** Painted pixels around the visible area, on each side. */
    static final double MARGIN = 256;
    /** How far the bitmap may be scaled before it is repainted at the new zoom. */
    static final double MAX_DRIFT = 1.25;

    private final Canvas canvas;
    private final Affine transform = new Affine();
    private final ZoomProxy proxy;
    private double paintedScale = Double.NaN;
    private double paintedTx;
    private double paintedTy;

    CanvasCamera(Canvas canvas) {
        this.canvas = canvas;
        canvas.getTransforms().setAll(transform);
        proxy = new ZoomProxy(canvas);
    }

    /** The node shown instead of the canvas while zooming (the owner adds it above the canvas). */
    Node proxyNode() {
        return proxy.node();
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
        proxy.hide();
        proxy.invalidate();
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
        if (k == 1) {
            proxy.hide();
            transform.setToTransform(1, 0, ox, 0, 1, oy);
        } else {
            proxy.show(k, ox, oy, width, height);
        }
        return true;
    }
}
