package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.findings.LiveValidation;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.model.sample.Samples;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The designer application: one {@link MainWindow} on the project given on the command line, if any. */
public final class DesignerApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, Settings.load(), findingsSource(), LiveValidation.DEFAULT_DELAY_MS);
        String source = DesignerLauncher.initialSource;
        Path file = source == null || source.startsWith(Samples.PREFIX) ? null : Path.of(source);
        window.show(DesignerLauncher.initial, file);
    }

    /** Live findings come from the model's validator (CONTRACTS.md: a pure function, safe off the FX thread). */
    static FindingsSource findingsSource() {
        return ValidatorFindings.INSTANCE;
    }
}
