package io.peerplan.app.ui;

import io.peerplan.app.cli.ExitCodes;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import javafx.application.Application;

/** Starts the JavaFX designer, optionally on a project; the CLI calls this for {@code peerplan [FILE]}. */
public final class DesignerLauncher {
    static volatile Topology initial;
    static volatile String initialSource;

    private DesignerLauncher() {
    }

    public static int launch(String project) {
        if (project != null) {
            try {
                initial = Samples.resolve(project);
                initialSource = project;
            } catch (ProjectLoadException e) {
                System.err.println(e.getMessage());
                return ExitCodes.INPUT_ERRORS;
            }
        }
        Application.launch(DesignerApp.class);
        return ExitCodes.OK;
    }
}
