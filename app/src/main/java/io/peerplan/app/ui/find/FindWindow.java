package io.peerplan.app.ui.find;

import io.peerplan.app.design.Search;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The Find window (Ctrl+F): type, and the matches list under the field; Enter, a double click or
 * Down-then-Enter jumps to one (selects it and brings it into view), leaving the window open for
 * the next; Escape closes it. Not modal, so the canvas stays usable beside it.
 */
public final class FindWindow {
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final FindViewModel model;
    private final TextField field = new TextField();
    private final ListView<Search.Match> list = new ListView<>();

    public FindWindow(Window owner, FindViewModel model, java.util.function.Consumer<Scene> styler) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Find");
        field.setId("find-field");
        field.setPromptText("Id, name, address or ASN");
        field.textProperty().bindBidirectional(model.queryProperty());
        list.setId("find-results");
        list.setItems(model.results());
        list.setCellFactory(v -> new MatchCell());
        Label summary = new Label();
        summary.setId("find-summary");
        summary.textProperty().bind(model.summaryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                Search.Match m = list.getSelectionModel().getSelectedItem();
                model.jumpTo(m != null ? m : list.getItems().isEmpty() ? null : list.getItems().getFirst());
                e.consume();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.jumpTo(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.jumpTo(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox root = new VBox(6, field, summary, list);
        root.setPadding(new Insets(8));
        VBox.setVgrow(list, Priority.ALWAYS);
        Scene scene = new Scene(root, 560, 400);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        styler.accept(scene);
        stage.setScene(scene);
    }

    /** Shows the window with the field focused and its text selected, searching the design as it is now. */
    public void show() {
        model.refresh();
        stage.show();
        stage.toFront();
        field.requestFocus();
        field.selectAll();
    }

    public Stage stage() {
        return stage;
    }

    /** A match as "label", then what it is and the text that matched, in the muted colour. */
    private static final class MatchCell extends ListCell<Search.Match> {
        @Override
        protected void updateItem(Search.Match m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(m.label() + "  —  " + m.kind() + (m.matched().equals(m.label()) ? "" : ", " + m.matched()));
        }
    }
}
