package io.peerplan.app.ui.canvas;

import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.render.Overlay;
import io.peerplan.app.render.Viewport;
import io.peerplan.app.ui.vm.DesignerViewModel;

/** What gestures may use: the diagram, the camera, the overlay and the view-model. */
interface CanvasContext {
    Diagram diagram();

    Viewport viewport();

    Overlay overlay();

    DesignerViewModel model();

    boolean snap();

    void repaint();

    /** The camera moved; the drawing did not change. */
    void cameraChanged();

    /** A link from one card dropped on another at (x, y): a peering, after a choice where there is one. */
    void connect(String from, String to, double x, double y);
}
