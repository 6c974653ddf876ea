package io.peerplan.app.cli;

import io.peerplan.export.BundleNote;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import java.util.List;
import java.util.function.Function;

/**
 * The validation findings that decide whether a design may be exported: errors block the
 * export unless {@code --force}; a forced export writes the errors and warnings into the comment
 * header of each file they concern (INFO findings describe the design and are left out).
 */
final class ValidationGate {
    static final Function<Topology, List<BundleNote>> VALIDATOR = t -> Validator.validate(t).stream()
            .filter(f -> f.severity() != Severity.INFO)
            .map(ValidationGate::note)
            .toList();

    private ValidationGate() {
    }

    static BundleNote note(Finding f) {
        return new BundleNote(f.severity().name(), f.ruleId(), f.message(), f.elementIds());
    }

    static boolean hasErrors(List<BundleNote> findings) {
        return findings.stream().anyMatch(f -> f.severity().equals(Severity.ERROR.name()));
    }
}
