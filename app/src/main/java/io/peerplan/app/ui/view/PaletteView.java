package io.peerplan.app.ui.view;

import io.peerplan.app.design.PaletteItem;
import io.peerplan.app.ui.canvas.DiagramCanvas;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The palette. Drag an item onto the canvas (or onto a cluster, for nodes, pools and services), or
 * click it and then click the canvas. The drag is a plain press-drag-release handled here and
 * forwarded to the canvas, not platform drag-and-drop, so it behaves the same on every OS and in
 * headless tests.
 */
public final class PaletteView extends VBox {
    private final DiagramCanvas canvas;

    public PaletteView(DiagramCanvas canvas) {
        this.canvas = canvas;
        getStyleClass().add("palette");
        setSpacing(2);
        setPadding(new Insets(6));
        Label title = new Label("Palette");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (PaletteItem item : PaletteItem.values()) {
            getChildren().add(entry(item));
        }
        canvas.armedProperty().addListener((o, a, b) -> getChildren().forEach(n ->
                n.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("armed"), b != null && b == n.getUserData())));
    }

    /**
     * Icons only, for the compact layout: the names hide (each entry's tooltip still says what it
     * is) and the column shrinks to the icons' width.
     */
    public void setCompact(boolean compact) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("compact"), compact);
        for (javafx.scene.Node n : getChildren()) {
            javafx.scene.Node text = n instanceof HBox box ? box.getChildren().getLast() : n;
            text.setVisible(!compact);
            text.setManaged(!compact);
        }
        setMaxWidth(compact ? USE_PREF_SIZE : Double.MAX_VALUE);
    }

    private HBox entry(PaletteItem item) {
        Label label = new Label(item.label());
        HBox box = new HBox(8, Icons.element(item.icon(), 18), label);
        box.setUserData(item);
        box.setId("palette-" + item.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        box.getStyleClass().add("palette-entry");
        box.setPadding(new Insets(4, 8, 4, 6));
        Tooltip.install(box, new Tooltip(item.description() + "\nDrag onto the canvas, or click then click the canvas."));
        boolean[] dragged = {false};
        box.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragged[0] = false);
        box.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragged[0] = true;
            canvas.dragPalette(item, e.getSceneX(), e.getSceneY());
        });
        box.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragged[0]) {
                canvas.dropPalette(item, e.getSceneX(), e.getSceneY());
            } else {
                canvas.armedProperty().set(canvas.armedProperty().get() == item ? null : item);
                canvas.requestFocus();
            }
        });
        return box;
    }
}
