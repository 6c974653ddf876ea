package io.peerplan.export.lab;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's {@code time.ParseDuration} text as MetalLB's API takes it ({@code 90s}, {@code 1m30s}), in whole seconds. */
final class GoDuration {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s)");

    private GoDuration() {
    }

    /** Whole seconds, rounded down; null for null or blank text. */
    static Integer seconds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        Matcher m = PART.matcher(t);
        double total = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                break;
            }
            double v = Double.parseDouble(m.group(1));
            total += switch (m.group(2)) {
                case "h" -> v * 3600;
                case "m" -> v * 60;
                case "s" -> v;
                default -> v / 1000;
            };
            end = m.end();
        }
        if (end != t.length() || end == 0) {
            throw new LabException("'" + text + "' is not a Go duration (e.g. 90s, 1m30s)");
        }
        return (int) Math.floor(total);
    }
}
