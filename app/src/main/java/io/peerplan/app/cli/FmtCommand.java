package io.peerplan.app.cli;

import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peerplan fmt FILE...}: the canonical layout, comments kept. */
@Command(name = "fmt", description = {
        "Rewrite project files in Peerplan's canonical layout (key order, indentation and quoting as a new file is written), "
                + "keeping every comment next to the key or list item it was written for; mode and symbolic links are kept.",
        "A file whose comments cannot all be kept is left untouched (exit 1)."})
final class FmtCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The project files to format.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            try {
                out.println((ProjectCodec.format(file) ? "Formatted " : "Unchanged ") + file);
            } catch (ProjectLoadException e) {
                err.println(e.getMessage());
                exit = ExitCodes.INPUT_ERRORS;
            } catch (IOException e) {
                err.println("peerplan fmt: " + e.getMessage());
                exit = ExitCodes.INPUT_ERRORS;
            }
        }
        out.flush();
        err.flush();
        return exit;
    }
}
