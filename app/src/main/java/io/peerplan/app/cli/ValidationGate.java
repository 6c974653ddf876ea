package io.peerplan.app.cli;

import io.peerplan.export.BundleNote;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.function.Function;

/**
 * The validation findings that decide whether a design may be exported (issue 5: errors block the
 * export unless {@code --force}, and then every finding goes into the files' comment headers).
 *
 * <p>INTEGRATION POINT: the validator ({@code io.peerplan.model.validate.Validator.validate(Topology)},
 * CONTRACTS.md) is written on the validator branch and is not on main yet. When it lands, {@link
 * #VALIDATOR} becomes:
 * <pre>{@code
 * t -> Validator.validate(t).stream()
 *         .map(f -> new BundleNote(f.severity().name(), f.ruleId(), f.message(), f.elementIds())).toList()
 * }</pre>
 * Until then no design has findings, so nothing is blocked.
 */
final class ValidationGate {
    static final Function<Topology, List<BundleNote>> VALIDATOR = t -> List.of();

    private ValidationGate() {
    }

    static boolean hasErrors(List<BundleNote> findings) {
        return findings.stream().anyMatch(f -> f.severity().equals("ERROR"));
    }
}
