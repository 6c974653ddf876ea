package io.peerplan.app.ui.canvas;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.Layouts;
import javafx.scene.input.MouseEvent;

/** Drag a selected region's corner handle: new bounds on release; members join or leave accordingly. */
final class ResizeGesture implements Gesture {
    private static final double MIN_WIDTH = 200;
    private static final double MIN_HEIGHT = 120;

    private final CanvasContext ctx;
    private final String region;
    private final Footprint start;

    ResizeGesture(CanvasContext ctx, String region) {
        this.ctx = ctx;
        this.region = region;
        this.start = ctx.diagram().region(region).orElseThrow().bounds();
    }

    @Override
    public void drag(MouseEvent e, double x, double y) {
        double maxX = ctx.snap() ? Layouts.snap(x) : x;
        double maxY = ctx.snap() ? Layouts.snap(y) : y;
        ctx.overlay().resizing = region;
        ctx.overlay().resizeBounds = new Footprint(start.x(), start.y(), Math.max(MIN_WIDTH, maxX - start.x()),
                Math.max(MIN_HEIGHT, maxY - start.y()));
        ctx.repaint();
    }

    @Override
    public void release(MouseEvent e, double x, double y) {
        Footprint b = ctx.overlay().resizeBounds;
        ctx.overlay().clearGesture();
        if (b != null && !b.equals(start)) {
            ctx.model().edits().resizeRegion(region, b);
        }
        ctx.repaint();
    }

    @Override
    public void cancel() {
        ctx.overlay().clearGesture();
        ctx.repaint();
    }
}
