package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.findings.LiveValidation;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.model.io.ProjectLoadException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The designer application: one {@link MainWindow} on the project given on the command line, if any. */
public final class DesignerApp extends Application {

    @Override
    public void start(Stage stage) {
        StartupMarks.mark("JavaFX started");
        MainWindow window = new MainWindow(stage, Settings.load(), findingsSource(), LiveValidation.DEFAULT_DELAY_MS);
        StartupMarks.mark("window built");
        FileController.Loaded initial;
        try {
            initial = DesignerLauncher.awaitInitial(); // read while JavaFX started and the window was built
        } catch (ProjectLoadException e) {
            System.err.println(e.getMessage());
            DesignerLauncher.failed();
            window.dispose();
            Platform.exit();
            return;
        }
        if (initial == null) {
            window.show(null, null);
            StartupMarks.displayed();
        } else {
            window.show(initial, DesignerLauncher.initialFile(), StartupMarks::displayed);
        }
    }

    /** Live findings come from the model's validator (Validator.validate: a pure function, safe off the FX thread). */
    static FindingsSource findingsSource() {
        return ValidatorFindings.INSTANCE;
    }
}
