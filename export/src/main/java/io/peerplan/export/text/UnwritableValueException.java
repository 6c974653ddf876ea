package io.peerplan.export.text;

import io.peerplan.model.validate.input.TextField;

/**
 * A value that the target format cannot hold as the single word or line it is meant to be. The
 * loader refuses such values first ({@code INPUT-*} rules), so this is the exporters' own guarantee,
 * by construction, for designs built in memory; {@code BundleExporter} turns it into a refusal.
 */
public final class UnwritableValueException extends IllegalArgumentException {
    public UnwritableValueException(String format, String value, String reason) {
        super(format + " cannot hold " + shown(value) + ": it " + reason);
    }

    static String shown(String value) {
        return value == null ? "a missing value" : TextField.shown(value);
    }
}
