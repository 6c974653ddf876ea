package io.peerplan.app.cli;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.io.PrintWriter;

/** Loads {@code FILE|sample:NAME} for a command, printing the one-line load error on failure. */
final class ProjectArgument {
    private ProjectArgument() {
    }

    /** The topology, or null after printing the error (the caller exits {@link ExitCodes#INPUT_ERRORS}). */
    static Topology load(String arg, PrintWriter err) {
        try {
            return Samples.resolve(arg);
        } catch (ProjectLoadException e) {
            err.println(e.getMessage());
            return null;
        }
    }
}
