package io.peerplan.app.ui.push;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Shown when the engine refused a device's host key: the offered key's fingerprint and the exact
 * commands to check and trust it (or, for a changed key, the loud warning and the {@code ssh-keygen
 * -R} line). "Trust this key…" is offered for an unknown key only, and only appends after the user
 * confirms the fingerprint in a second dialog.
 */
final class HostKeyPane extends VBox {
    private final Label title = new Label();
    private final Label explain = new Label();
    private final TextField fingerprint = field("push-fingerprint");
    private final TextField check = field("push-hostkey-check");
    private final TextField trustLine = field("push-hostkey-trust-line");
    private final TextField remove = field("push-hostkey-remove");
    private final Button trust = new Button("Trust this key…");
    private DeviceRow row;

    HostKeyPane(Consumer<DeviceRow> onTrust) {
        super(5);
        setId("push-hostkey");
        setPadding(new Insets(8));
        title.setStyle("-fx-font-weight: bold; -fx-text-fill: #c62828;");
        explain.setWrapText(true);
        trust.setId("push-trust");
        trust.setOnAction(e -> {
            if (row != null) {
                onTrust.accept(row);
            }
        });
        setStyle("-fx-border-color: #c62828; -fx-border-radius: 4; -fx-background-color: rgba(198,40,40,0.06); -fx-background-radius: 4;");
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setEditable(false);
        f.setStyle("-fx-font-family: monospace;");
        return f;
    }

    void show(DeviceRow r) {
        HostKeyNotice n = r == null ? null : r.hostKey().orElse(null);
        row = n == null ? null : r;
        setVisible(n != null);
        setManaged(n != null);
        getChildren().clear();
        if (n == null) {
            return;
        }
        fingerprint.setText(n.fingerprint() == null ? "" : n.fingerprint());
        getChildren().addAll(title, explain, new Label("Offered key fingerprint"), fingerprint);
        if (n.changed()) {
            title.setText("HOST KEY CHANGED — " + r.id() + " was refused");
            explain.setText("known_hosts holds a different key for this host. Someone could be intercepting the connection, "
                    + "or the device was reinstalled. Only if you know why, forget the old key and trust the new one:");
            remove.setText(n.removeCommand() == null ? "" : n.removeCommand());
            trustLine.setText(n.trustCommand() == null ? "" : n.trustCommand());
            getChildren().addAll(remove, trustLine);
        } else {
            title.setText("Unknown host key — " + r.id() + " was refused, nothing was sent");
            explain.setText("Compare the fingerprint with the device's own (on its console: ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), "
                    + "or run the first line; the second line trusts it:");
            check.setText(n.checkCommand() == null ? "" : n.checkCommand());
            trustLine.setText(n.trustCommand() == null ? "" : n.trustCommand());
            getChildren().addAll(check, trustLine, trust);
        }
    }
}
