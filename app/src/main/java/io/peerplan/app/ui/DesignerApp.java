package io.peerplan.app.ui;

import io.peerplan.app.files.Settings;
import io.peerplan.app.findings.DesignFinding;
import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.findings.LiveValidation;
import io.peerplan.app.render.Marks;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.validate.Validator;
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

    /** The model's validator, its findings mapped to the designer's own record (see FindingsSource). */
    static FindingsSource findingsSource() {
        return t -> Validator.validate(t).stream()
                .map(f -> new DesignFinding(f.ruleId(), Marks.Level.valueOf(f.severity().name()), f.message(), f.elementIds(), f.fixHint()))
                .toList();
    }
}
