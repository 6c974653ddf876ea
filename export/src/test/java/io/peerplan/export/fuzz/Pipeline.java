package io.peerplan.export.fuzz;

import io.peerplan.export.BundleExporter;
import io.peerplan.export.BundleNote;
import io.peerplan.export.ExportOptions;
import io.peerplan.export.ExportRefusedException;
import io.peerplan.export.importer.ConfigImporter;
import io.peerplan.export.importer.ImportException;
import io.peerplan.export.push.PushPlan;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.Simulator;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One input through every stage a user can run on it, in-process: load (or import), validate,
 * simulate, export (forced, as {@code export --force} does), and plan a push. Each stage either
 * succeeds or fails with one located message; anything else is a crash.
 */
final class Pipeline {
    /** Text that only a Java exception puts in a message: the user must never see it. */
    private static final Pattern JAVA_TEXT = Pattern.compile("\\b(java|javax|com\\.fasterxml|org\\.yaml)\\.[a-z]+\\."
            + "|[A-Z][A-Za-z]+(Exception|Error)\\b|Cannot invoke|because \"|\\bnull\\b");
    /** What the validator says when one of its rules threw (Validator.validate). */
    private static final String RULE_CRASH = "could not finish this check";

    enum Kind { OK, LOCATED, CRASH, UNLOCATED, MODIFIED }

    /** What happened to one input; {@code signature} groups crashes by exception and place. */
    record Outcome(Kind kind, String signature, String detail) {
        static Outcome ok() {
            return new Outcome(Kind.OK, "", "");
        }
    }

    private Pipeline() {
    }

    /** A project file: load it, then every later stage. */
    static Outcome project(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        Outcome o = guarded(() -> {
            Topology t;
            try {
                t = ProjectCodec.read(file);
            } catch (ProjectLoadException e) {
                return located(e.getMessage(), e.line() > 0, e.problem());
            }
            return stages(t);
        });
        return unchanged(file, bytes, o);
    }

    /** A router or cluster config: import it, then every later stage on the imported design. */
    static Outcome imported(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        Outcome o = guarded(() -> {
            ConfigImporter.Result r;
            try {
                r = ConfigImporter.importFiles("fuzzed", List.of(file));
            } catch (ImportException e) {
                boolean hasLine = e.getMessage().matches("(?s)[^\\n]*?:\\d+(:\\d+)?: .*");
                return located(e.getMessage(), hasLine, e.getMessage());
            }
            return stages(r.topology());
        });
        return unchanged(file, bytes, o);
    }

    private static Outcome stages(Topology t) {
        List<Finding> findings = Validator.validate(t);
        for (Finding f : findings) {
            if (f.message().contains(RULE_CRASH)) {
                return new Outcome(Kind.CRASH, "validator rule " + f.ruleId(), f.message());
            }
        }
        Simulator.run(t, Scenario.BASELINE);
        List<BundleNote> notes = findings.stream()
                .map(f -> new BundleNote(f.severity().name(), f.ruleId(), f.message(), f.elementIds())).toList();
        try {
            BundleExporter.export(t, ExportOptions.DEFAULT.withFindings(notes));
        } catch (ExportRefusedException e) {
            // A designed refusal (Quagga lacks a feature): each reason names its router.
        }
        PushPlan.of(t, List.of()).describe();
        return Outcome.ok();
    }

    private static Outcome located(String message, boolean hasLocation, String problem) {
        if (!hasLocation) {
            return new Outcome(Kind.UNLOCATED, "no location: " + problem.replaceAll(".*: ", "").replaceAll("[0-9]+", "N"), message);
        }
        if (JAVA_TEXT.matcher(problem).find()) {
            return new Outcome(Kind.UNLOCATED, "Java text: " + problem.replaceAll("[0-9]+", "N"), message);
        }
        return new Outcome(Kind.LOCATED, "", message);
    }

    private interface Stage {
        Outcome run() throws Exception;
    }

    private static Outcome guarded(Stage stage) {
        try {
            return stage.run();
        } catch (Throwable e) {
            return new Outcome(Kind.CRASH, signature(e), signature(e) + ": " + e);
        }
    }

    /** The exception type and the first Peerplan frame: one signature per distinct bug. */
    static String signature(Throwable e) {
        StackTraceElement at = Arrays.stream(e.getStackTrace())
                .filter(f -> f.getClassName().startsWith("io.peerplan") && !f.getClassName().contains(".fuzz."))
                .findFirst().orElse(null);
        return e.getClass().getSimpleName() + (at == null ? "" : " at " + at.getClassName().replaceAll(".*\\.", "") + ":" + at.getLineNumber());
    }

    private static Outcome unchanged(Path file, byte[] bytes, Outcome o) throws IOException {
        if (!Arrays.equals(Files.readAllBytes(file), bytes)) {
            return new Outcome(Kind.MODIFIED, "input modified", file.toString());
        }
        return o;
    }
}
