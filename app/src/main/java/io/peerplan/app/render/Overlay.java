package io.peerplan.app.render;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.PaletteItem;
import java.util.Set;

/**
 * The transient state a gesture previews on top of the diagram: selection, hover, a drag in
 * progress, the rubber band, the link being drawn, the palette item being dropped. Scene
 * Builder's decoration layers, as data: the model is untouched until the gesture commits.
 * Mutated on the FX thread only.
 */
public final class Overlay {
    public static final Overlay NONE = new Overlay();

    public Set<String> selection = Set.of();
    public String hover;
    /** Cards and regions being dragged and their offset. */
    public Set<String> moving = Set.of();
    public double dx;
    public double dy;
    /** A region being resized and its preview bounds. */
    public String resizing;
    public Footprint resizeBounds;
    public Footprint marquee;
    /** A link being drawn: from a card to a model point, snapping to {@link #linkTarget} when over one. */
    public String linkFrom;
    public double linkX;
    public double linkY;
    public String linkTarget;
    /** A palette item being dragged over the canvas, its would-be top-left corner and target cluster. */
    public PaletteItem ghost;
    public double ghostX;
    public double ghostY;
    public String dropTarget;
    /** Elements revealed from the findings panel: outlined for a moment. */
    public Set<String> flash = Set.of();
    /** Simulation mode's layer: serving paths, served regions, failures, live session states. */
    public SimulationMarks simulation = SimulationMarks.NONE;

    public boolean isMoving(String id) {
        return !moving.isEmpty() && moving.contains(id);
    }

    public void clearGesture() {
        moving = Set.of();
        dx = 0;
        dy = 0;
        resizing = null;
        resizeBounds = null;
        marquee = null;
        linkFrom = null;
        linkTarget = null;
        ghost = null;
        dropTarget = null;
    }
}
