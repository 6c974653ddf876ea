package io.peerplan.app.cli;

import io.peerplan.model.Topology;
import io.peerplan.model.io.FieldAssignment;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sim.PrependOverride;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peerplan set FILE ID.FIELD=VALUE...}: scripted edits, saved as the designer saves (comments, mode and links kept). */
@Command(name = "set", description = {
        "Change fields of a project file and save it in place, as the designer does: comments, layout, mode and symbolic links "
                + "are kept, and only the changed lines differ.",
        "ID.FIELD=VALUE sets a field of the element with that id (FIELD.SUB for nested fields; an empty VALUE clears it); "
                + "FIELD=VALUE sets a field of the design itself; ROUTER/ROUTEMAP:SEQ.prepend=N is simulate's --set, made permanent.",
        "All assignments are checked before anything is written; a wrong id or field is named with the closest ones."})
final class SetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The project file to edit.")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID.FIELD=VALUE", description = "e.g. gateway-alfa-unoone.asn=64859, "
            + "alfa.location=Saint Petersburg, gateway-alfa-unoone/prpnd_private:10.prepend=5")
    List<String> assignments;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Topology t;
        try {
            t = ProjectCodec.read(file);
        } catch (ProjectLoadException e) {
            err.println(e.getMessage());
            return ExitCodes.INPUT_ERRORS;
        }
        try {
            for (String a : assignments) {
                t = PrependOverride.matches(a) ? PrependOverride.parse(a).applyTo(t) : FieldAssignment.apply(t, a);
            }
        } catch (IllegalArgumentException e) {
            err.println("peerplan set: " + file + ": " + e.getMessage() + "; nothing written");
            return ExitCodes.INPUT_ERRORS;
        }
        try {
            ProjectCodec.save(t, file);
        } catch (IOException e) {
            err.println("peerplan set: cannot write " + file + ": " + e.getMessage());
            return ExitCodes.INPUT_ERRORS;
        }
        out.println("Saved " + file + " (" + assignments.size() + " change" + (assignments.size() == 1 ? "" : "s") + ")");
        out.flush();
        return ExitCodes.OK;
    }
}
