package io.peerplan.app.ui;

import io.peerplan.model.io.ProjectLoadException;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The designer's message boxes. Errors show what went wrong and where, never a stack trace. */
public final class Dialogs {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    public static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    public static final ButtonType DELETE = new ButtonType("Discard it", ButtonBar.ButtonData.NO);

    private Dialogs() {
    }

    /** A project that cannot be opened: file, line, column and the problem, as the loader words it. */
    public static void loadError(Window owner, ProjectLoadException e) {
        StringBuilder where = new StringBuilder(e.source());
        if (e.line() > 0) {
            where.append("\nline ").append(e.line());
            if (e.column() > 0) {
                where.append(", column ").append(e.column());
            }
        }
        error(owner, "Cannot open the project", where + "\n\n" + e.problem() + "\n\n(" + e.getMessage() + ")");
    }

    public static void error(Window owner, String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle("Peerplan");
        a.setHeaderText(header);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setId("dialog-message");
        a.getDialogPane().setContent(body);
        a.showAndWait();
    }

    /** Save, don't save, or cancel (empty). */
    public static Optional<ButtonType> unsavedChanges(Window owner, String name) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Peerplan");
        a.setHeaderText("Save the changes to " + name + "?");
        a.setContentText("Your changes will be lost if you don't save them.");
        return a.showAndWait().filter(b -> b != ButtonType.CANCEL);
    }

    public static Optional<ButtonType> recover(Window owner, String what) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", RECOVER, DELETE, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Peerplan");
        a.setHeaderText("Peerplan did not close properly");
        a.setContentText("Unsaved changes were kept: " + what + ".\nRecover them now?");
        return a.showAndWait().filter(b -> b != ButtonType.CANCEL);
    }
}
