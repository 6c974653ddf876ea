package io.peerplan.app.cli;

import io.peerplan.export.BundleNote;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.Validator;
import java.util.List;
import java.util.function.Function;

/**
 * The validation findings that decide whether a design may be exported (issue 5: errors block the
 * export unless {@code --force}, and then every finding goes into the files' comment headers).
 *
 * <p>The findings are the model's validator's ({@link Validator#validate}), as bundle notes.
 */
final class ValidationGate {
    static final Function<Topology, List<BundleNote>> VALIDATOR = t -> Validator.validate(t).stream()
            .map(f -> new BundleNote(f.severity().name(), f.ruleId(), f.message(), f.elementIds())).toList();

    private ValidationGate() {
    }

    static boolean hasErrors(List<BundleNote> findings) {
        return findings.stream().anyMatch(f -> f.severity().equals("ERROR"));
    }
}
