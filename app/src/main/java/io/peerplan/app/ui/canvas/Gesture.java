package io.peerplan.app.ui.canvas;

import javafx.scene.input.MouseEvent;

/**
 * One mouse gesture, from press to release (Scene Builder's gesture classes). While dragging it
 * only changes the {@link io.peerplan.app.render.Overlay}; on release it commits at most one edit,
 * so a whole drag is one undo step.
 */
interface Gesture {
    /** Mouse moved with the button down; (x, y) in model units. */
    void drag(MouseEvent e, double x, double y);

    /** Button released: commit. */
    void release(MouseEvent e, double x, double y);

    /** Escape or focus lost: drop the preview, commit nothing. */
    default void cancel() {
    }
}
