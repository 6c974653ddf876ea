package io.peerplan.app.findings;

import io.peerplan.app.render.Marks;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Validator;
import java.util.List;

/**
 * The model's {@link Validator} as the designer's findings source: every rule the CLI's
 * {@code peerplan validate} checks, run on the live-validation worker after each edit.
 */
public final class ValidatorFindings implements FindingsSource {
    public static final ValidatorFindings INSTANCE = new ValidatorFindings();

    private ValidatorFindings() {
    }

    @Override
    public List<DesignFinding> findings(Topology topology) {
        return Validator.validate(topology).stream().map(ValidatorFindings::convert).toList();
    }

    static DesignFinding convert(Finding f) {
        Marks.Level level = switch (f.severity()) {
            case ERROR -> Marks.Level.ERROR;
            case WARNING -> Marks.Level.WARNING;
            case INFO -> Marks.Level.INFO;
        };
        return new DesignFinding(f.ruleId(), level, f.message(), f.elementIds(), f.fixHint());
    }
}
