package io.peerplan.app.ui.push;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The login settings of the push (known_hosts, key files, ssh-agent) and the dry-run switch. They
 * are the user's own settings, saved as typed; no secret is ever entered here.
 */
final class SshSettingsPane extends TitledPane {
    private final PushViewModel model;
    private final Consumer<PushSettings> save;
    private final TextField knownHosts = new TextField();
    private final TextField identities = new TextField();
    private final CheckBox agent = new CheckBox("Use ssh-agent (SSH_AUTH_SOCK)");
    private final CheckBox dryRun = new CheckBox("Dry run: stop after the diff, change nothing");
    private final Label summary = new Label();

    SshSettingsPane(PushViewModel model, Window owner, Consumer<PushSettings> save) {
        this.model = model;
        this.save = save;
        setText("SSH login and mode");
        setCollapsible(false);
        PushSettings s = model.settings();
        knownHosts.setId("push-known-hosts");
        knownHosts.setText(s.knownHosts().toString());
        identities.setId("push-identity");
        identities.setPromptText("none: ssh-agent, else ~/.ssh/id_*  (several: separate with " + File.pathSeparator + ")");
        identities.setText(String.join(File.pathSeparator, s.identities().stream().map(Path::toString).toList()));
        agent.setId("push-agent");
        agent.setMnemonicParsing(false);
        agent.setSelected(s.useAgent());
        dryRun.setId("push-dry-run");
        dryRun.setMnemonicParsing(false);
        dryRun.setSelected(model.dryRun());
        summary.setId("push-ssh-summary");
        summary.setWrapText(true);
        summary.setStyle("-fx-text-fill: -color-fg-muted;");
        knownHosts.textProperty().addListener((o, a, b) -> changed());
        identities.textProperty().addListener((o, a, b) -> changed());
        agent.selectedProperty().addListener((o, a, b) -> changed());
        dryRun.selectedProperty().addListener((o, a, on) -> model.dryRun(on));
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(6);
        g.setPadding(new Insets(8));
        g.addRow(0, new Label("known_hosts"), knownHosts, browse(owner, "known_hosts file", knownHosts, false));
        g.addRow(1, new Label("Key files"), identities, browse(owner, "private key file", identities, true));
        g.add(agent, 1, 2, 2, 1);
        g.add(dryRun, 1, 3, 2, 1);
        g.add(summary, 0, 4, 3, 1);
        GridPane.setHgrow(knownHosts, Priority.ALWAYS);
        GridPane.setHgrow(identities, Priority.ALWAYS);
        setContent(g);
        summary.setText(s.describe());
    }

    private Button browse(Window owner, String what, TextField field, boolean append) {
        Button b = new Button("…");
        b.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle("Choose the " + what);
            File home = new File(System.getProperty("user.home"), ".ssh");
            if (home.isDirectory()) {
                c.setInitialDirectory(home);
            }
            File f = c.showOpenDialog(owner);
            if (f != null) {
                String now = field.getText() == null ? "" : field.getText().strip();
                field.setText(append && !now.isEmpty() ? now + File.pathSeparator + f.getPath() : f.getPath());
            }
        });
        return b;
    }

    private void changed() {
        String kh = knownHosts.getText() == null ? "" : knownHosts.getText().strip();
        if (kh.isEmpty()) {
            summary.setText("Name a known_hosts file: every host key is checked against it.");
            return;
        }
        PushSettings s = new PushSettings(Path.of(kh), Arrays.stream((identities.getText() == null ? "" : identities.getText())
                .split(File.pathSeparator)).map(String::strip).filter(x -> !x.isEmpty()).map(Path::of).toList(), agent.isSelected());
        save.accept(s);
        summary.setText(s.describe());
    }
}
