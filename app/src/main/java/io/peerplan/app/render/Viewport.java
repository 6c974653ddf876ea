package io.peerplan.app.render;

import io.peerplan.app.design.Footprint;

/**
 * The canvas camera: screen = model × scale + translate. Zoom is clamped (graph-editor keeps a
 * single clamped scale) so the view can neither vanish nor explode.
 */
public final class Viewport {
    public static final double MIN_SCALE = 0.03;
    public static final double MAX_SCALE = 4;

    private double scale = 1;
    private double tx;
    private double ty;

    public double scale() {
        return scale;
    }

    public double tx() {
        return tx;
    }

    public double ty() {
        return ty;
    }

    public void set(double scale, double tx, double ty) {
        this.scale = clamp(scale);
        this.tx = tx;
        this.ty = ty;
    }

    public double toModelX(double sx) {
        return (sx - tx) / scale;
    }

    public double toModelY(double sy) {
        return (sy - ty) / scale;
    }

    public double toScreenX(double mx) {
        return mx * scale + tx;
    }

    public double toScreenY(double my) {
        return my * scale + ty;
    }

    public void panBy(double dx, double dy) {
        tx += dx;
        ty += dy;
    }

    /** Zooms by a factor keeping the model point under screen (sx, sy) fixed. */
    public void zoomAt(double factor, double sx, double sy) {
        double mx = toModelX(sx);
        double my = toModelY(sy);
        scale = clamp(scale * factor);
        tx = sx - mx * scale;
        ty = sy - my * scale;
    }

    /** Fits a model rectangle into a screen of the given size with a margin, never above 100 %. */
    public void fit(Footprint content, double width, double height, double margin) {
        if (content.width() <= 0 || content.height() <= 0 || width <= 0 || height <= 0) {
            set(1, margin, margin);
            return;
        }
        double s = clamp(Math.min(1, Math.min((width - 2 * margin) / content.width(), (height - 2 * margin) / content.height())));
        set(s, (width - content.width() * s) / 2 - content.x() * s, (height - content.height() * s) / 2 - content.y() * s);
    }

    /** Centres a model point on a screen of the given size, keeping the scale. */
    public void centerOn(double mx, double my, double width, double height) {
        tx = width / 2 - mx * scale;
        ty = height / 2 - my * scale;
    }

    /** The model rectangle the screen shows. */
    public Footprint visible(double width, double height) {
        return new Footprint(toModelX(0), toModelY(0), width / scale, height / scale);
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
