package io.peerplan.export.text;

/**
 * A value that the target format cannot hold as the single word or line it is meant to be. The
 * loader refuses such values first ({@code INPUT-*} rules), so this is the exporters' own guarantee,
 * by construction, for designs built in memory; {@code BundleExporter} turns it into a refusal.
 */
public final class UnwritableValueException extends IllegalArgumentException {
    public UnwritableValueException(String format, String value, String reason) {
        super(format + " cannot hold " + shown(value) + ": it " + reason);
    }

    /** The value in quotes with control characters as {@code \\uXXXX}, so the message itself stays one line. */
    static String shown(String value) {
        if (value == null) {
            return "a missing value";
        }
        StringBuilder b = new StringBuilder("'");
        value.codePoints().limit(60).forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                b.append("\\u%04X".formatted(c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append(value.length() > 60 ? "...'" : "'").toString();
    }
}
