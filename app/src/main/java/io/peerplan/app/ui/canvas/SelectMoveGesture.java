package io.peerplan.app.ui.canvas;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.Layouts;
import io.peerplan.app.design.Moving;
import io.peerplan.app.design.Refs;
import io.peerplan.app.diagram.Card;
import io.peerplan.app.ui.vm.SelectionModel;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/**
 * Press on an element: click selects it (shift toggles), drag moves the selection. The preview
 * moves only the drawing; release commits one move edit. Moves snap so that the grabbed element's
 * corner lands on the grid; the rest of the selection keeps its offsets.
 */
final class SelectMoveGesture implements Gesture {
    /** Screen pixels the mouse must travel before a click becomes a drag. */
    private static final double THRESHOLD = 3;

    private final CanvasContext ctx;
    private final String key;
    private final String anchor;
    private final double startX;
    private final double startY;
    private final boolean wasSelected;
    private final boolean shift;
    private Set<String> moving = Set.of();
    private boolean dragging;

    SelectMoveGesture(CanvasContext ctx, String key, String card, double x, double y, boolean shift) {
        this.ctx = ctx;
        this.key = key;
        this.anchor = card;
        this.startX = x;
        this.startY = y;
        this.shift = shift;
        SelectionModel selection = ctx.model().selection();
        this.wasSelected = selection.isSelected(key);
        if (shift) {
            selection.toggle(key);
        } else if (!wasSelected) {
            selection.select(key);
        }
    }

    @Override
    public void drag(MouseEvent e, double x, double y) {
        if (!dragging) {
            double scale = ctx.viewport().scale();
            if (Math.hypot((x - startX) * scale, (y - startY) * scale) < THRESHOLD) {
                return;
            }
            if (!ctx.model().selection().isSelected(key) && !ctx.model().selection().isSelected(anchor)) {
                return;
            }
            dragging = true;
            moving = Moving.carried(ctx.model().topology(), movable(ctx.model().selection().keys()));
            if (moving.isEmpty()) {
                return;
            }
        }
        double dx = x - startX;
        double dy = y - startY;
        if (ctx.snap()) {
            Footprint a = anchorBounds();
            if (a != null) {
                dx = Layouts.snap(a.x() + dx) - a.x();
                dy = Layouts.snap(a.y() + dy) - a.y();
            }
        }
        ctx.overlay().moving = moving;
        ctx.overlay().dx = dx;
        ctx.overlay().dy = dy;
        ctx.repaint();
    }

    /** What can move: regions and cards; a node, pool or service moves its cluster; links do not move. */
    private Set<String> movable(Set<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : keys) {
            if (ctx.diagram().card(k).isPresent() || ctx.diagram().region(k).isPresent()) {
                out.add(k);
            } else if (Refs.isNested(k)) {
                out.add(Refs.cluster(k));
            } else {
                ctx.diagram().cardShowing(k).map(Card::id).ifPresent(out::add);
            }
        }
        return out;
    }

    private Footprint anchorBounds() {
        return ctx.diagram().card(anchor).map(Card::bounds)
                .or(() -> ctx.diagram().region(anchor).map(r -> r.bounds())).orElse(null);
    }

    @Override
    public void release(MouseEvent e, double x, double y) {
        double dx = ctx.overlay().dx;
        double dy = ctx.overlay().dy;
        Set<String> keys = movable(ctx.model().selection().keys());
        ctx.overlay().clearGesture();
        if (dragging && !moving.isEmpty()) {
            ctx.model().edits().move(keys, dx, dy);
        } else if (!dragging && !shift && wasSelected) {
            ctx.model().selection().select(key);
        }
        ctx.repaint();
    }

    @Override
    public void cancel() {
        ctx.overlay().clearGesture();
        ctx.repaint();
    }
}
