package io.peerplan.app.ui.view;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The outline with its filter field above it: type part of a name, id or address to narrow the tree. */
public final class OutlinePane extends VBox {
    public OutlinePane(OutlineView outline) {
        TextField filter = new TextField();
        filter.setId("outline-filter");
        filter.setPromptText("Filter the outline");
        filter.textProperty().addListener((o, a, text) -> outline.setFilter(text));
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        getStyleClass().add("outline-pane");
        setSpacing(4);
        getChildren().addAll(filter, outline);
        VBox.setVgrow(outline, Priority.ALWAYS);
    }
}
