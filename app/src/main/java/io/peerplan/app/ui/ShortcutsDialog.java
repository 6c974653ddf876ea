package io.peerplan.app.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Dialog;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: every action with an accelerator, plus the mouse gestures of the canvas. */
public final class ShortcutsDialog {
    private static final String[][] MOUSE = {
        {"Click / Shift+click", "Select / add to or remove from the selection"},
        {"Drag on empty canvas", "Marquee selection (Shift adds)"},
        {"Drag an element", "Move the selection (regions carry their contents); one undo step"},
        {"Drag from the round port", "Draw a peering to another router, vantage or cluster"},
        {"Drag a region's corner", "Resize the region; elements join or leave it"},
        {"Drag from the palette", "Add an element (nodes, pools, services onto a cluster)"},
        {"Wheel", "Zoom around the pointer (Shift+wheel pans sideways)"},
        {"Middle drag / Space+drag", "Pan"},
        {"Double-click", "Edit the element in the inspector"},
        {"Arrow keys", "Nudge the selection by one grid step (Shift: one unit)"},
        {"Escape", "Cancel the gesture, disarm the palette, clear the selection"},
        {"Ctrl+Y", "Redo (as Ctrl+Shift+Z)"},
        {"Backspace", "Delete (as Delete)"},
    };

    private ShortcutsDialog() {
    }

    public static void show(Window owner, DesignerActions actions) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        grid.setPadding(new Insets(12));
        int row = 0;
        String group = null;
        for (DesignerActions.Entry e : actions.all()) {
            if (e.action().getAccelerator() == null) {
                continue;
            }
            if (!e.group().equals(group)) {
                group = e.group();
                Label g = new Label(group);
                g.getStyleClass().add("inspector-section");
                grid.add(g, 0, row++, 2, 1);
            }
            Label key = new Label(e.action().getAccelerator().getDisplayText());
            key.getStyleClass().add("shortcut-key");
            grid.addRow(row++, key, new Label(e.action().getText()));
        }
        Label mouse = new Label("Canvas");
        mouse.getStyleClass().add("inspector-section");
        grid.add(mouse, 0, row++, 2, 1);
        for (String[] m : MOUSE) {
            Label key = new Label(m[0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(row++, key, new Label(m[1]));
        }
        // Keys and descriptions are never shortened: the dialog takes their width (it scrolls down, not across).
        grid.getChildren().forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Keyboard shortcuts");
        d.setHeaderText("Keyboard shortcuts and mouse gestures");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportWidth(700); // the widest description and its key, so no sideways scrolling
        scroll.setPrefViewportHeight(520);
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().setId("shortcuts-dialog");
        d.show();
    }
}
