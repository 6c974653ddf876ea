package io.peerplan.app.ui.push;

import io.peerplan.export.push.PassphrasePrompt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a key file's passphrase in a {@link PasswordField}. Called by the push engine on its
 * worker thread (never on the FX thread, which it would block): the dialog runs on the FX thread
 * and the worker waits for the answer. The passphrase is not kept: the field is cleared at once and
 * the engine wipes the returned array after decrypting the key.
 */
final class PassphraseDialog implements PassphrasePrompt {
    private final Window owner;

    PassphraseDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public char[] passphrase(String keyFile) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the passphrase is asked from the push worker, never on the FX thread");
        }
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(ask(keyFile));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private char[] ask(String keyFile) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Peerplan — key passphrase");
        d.setHeaderText("Passphrase for " + keyFile);
        PasswordField field = new PasswordField();
        field.setId("push-passphrase");
        VBox box = new VBox(8, new Label("It is used to decrypt the key for this push only, and never stored."), field);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Platform.runLater(field::requestFocus);
        boolean ok = d.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        char[] out = ok ? field.getText().toCharArray() : null;
        // A PasswordField's text is a String that cannot be wiped; clearing drops the dialog's reference at once.
        field.clear();
        return out;
    }
}
