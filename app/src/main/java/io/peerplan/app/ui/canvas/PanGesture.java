package io.peerplan.app.ui.canvas;

import javafx.scene.input.MouseEvent;

/** Middle or right button, or Space held: drag the view. Changes only the camera, never the model. */
final class PanGesture implements Gesture {
    private final CanvasContext ctx;
    private double lastX;
    private double lastY;

    PanGesture(CanvasContext ctx, MouseEvent e) {
        this.ctx = ctx;
        this.lastX = e.getX();
        this.lastY = e.getY();
    }

    @Override
    public void drag(MouseEvent e, double x, double y) {
        ctx.viewport().panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
        ctx.cameraChanged();
    }

    @Override
    public void release(MouseEvent e, double x, double y) {
    }
}
