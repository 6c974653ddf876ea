package io.peerplan.app.ui.canvas;

import io.peerplan.app.render.Picker;
import javafx.scene.input.MouseEvent;

/** Drag from a card's port (or from any card in connect mode) to another card: a new peering. */
final class LinkGesture implements Gesture {
    private final CanvasContext ctx;
    private final String from;

    LinkGesture(CanvasContext ctx, String from, double x, double y) {
        this.ctx = ctx;
        this.from = from;
        ctx.overlay().linkFrom = from;
        ctx.overlay().linkX = x;
        ctx.overlay().linkY = y;
        ctx.repaint();
    }

    @Override
    public void drag(MouseEvent e, double x, double y) {
        ctx.overlay().linkX = x;
        ctx.overlay().linkY = y;
        String target = Picker.peeringEndAt(ctx.diagram(), x, y);
        ctx.overlay().linkTarget = target == null || target.equals(from) ? null : target;
        ctx.repaint();
    }

    @Override
    public void release(MouseEvent e, double x, double y) {
        String target = Picker.peeringEndAt(ctx.diagram(), x, y);
        ctx.overlay().clearGesture();
        if (target != null && !target.equals(from)) {
            ctx.connect(from, target, x, y);
        } else if (target == null) {
            ctx.model().statusProperty().set("Drop the link on a router, vantage or cluster to create a peering");
        }
        ctx.repaint();
    }

    @Override
    public void cancel() {
        ctx.overlay().clearGesture();
        ctx.repaint();
    }
}
