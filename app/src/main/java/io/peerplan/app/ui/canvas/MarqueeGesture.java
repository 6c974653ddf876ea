package io.peerplan.app.ui.canvas;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.diagram.Card;
import io.peerplan.app.diagram.RegionBox;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.MouseEvent;

/**
 * Drag on empty canvas: a rubber band selects the cards it touches and the regions it wholly
 * contains (touching a region's frame while selecting inside it would grab the container too).
 * Shift adds to the selection; a plain click on empty canvas clears it.
 */
final class MarqueeGesture implements Gesture {
    private final CanvasContext ctx;
    private final double startX;
    private final double startY;
    private final boolean additive;

    MarqueeGesture(CanvasContext ctx, double x, double y, boolean additive) {
        this.ctx = ctx;
        this.startX = x;
        this.startY = y;
        this.additive = additive;
    }

    @Override
    public void drag(MouseEvent e, double x, double y) {
        ctx.overlay().marquee = rect(x, y);
        ctx.repaint();
    }

    @Override
    public void release(MouseEvent e, double x, double y) {
        Footprint m = ctx.overlay().marquee;
        ctx.overlay().clearGesture();
        if (m == null || m.width() * ctx.viewport().scale() < 2 && m.height() * ctx.viewport().scale() < 2) {
            if (!additive) {
                ctx.model().selection().clear();
            }
            ctx.repaint();
            return;
        }
        List<String> hit = new ArrayList<>();
        for (RegionBox r : ctx.diagram().regions()) {
            Footprint b = r.bounds();
            if (b.x() >= m.x() && b.y() >= m.y() && b.maxX() <= m.maxX() && b.maxY() <= m.maxY()) {
                hit.add(r.id());
            }
        }
        for (Card c : ctx.diagram().cardsIn(m.x(), m.y(), m.width(), m.height())) {
            hit.add(c.id());
        }
        if (additive) {
            ctx.model().selection().add(hit);
        } else {
            ctx.model().selection().select(hit);
        }
        ctx.repaint();
    }

    private Footprint rect(double x, double y) {
        return new Footprint(Math.min(x, startX), Math.min(y, startY), Math.abs(x - startX), Math.abs(y - startY));
    }

    @Override
    public void cancel() {
        ctx.overlay().clearGesture();
        ctx.repaint();
    }
}
