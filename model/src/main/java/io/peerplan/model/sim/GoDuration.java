package io.peerplan.model.sim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go's {@code time.ParseDuration} for the forms MetalLB timers use: {@code 90s}, {@code 1m30s}, {@code 500ms}. */
final class GoDuration {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s)");

    private GoDuration() {
    }

    static long millis(String text) {
        String t = text.trim();
        Matcher m = PART.matcher(t);
        long total = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new IllegalArgumentException("'" + text + "' is not a duration like 90s or 1m30s");
            }
            double v = Double.parseDouble(m.group(1));
            total += (long) (v * switch (m.group(2)) {
                case "h" -> 3_600_000;
                case "m" -> 60_000;
                case "s" -> 1_000;
                default -> 1;
            });
            end = m.end();
        }
        if (end != t.length() || end == 0) {
            throw new IllegalArgumentException("'" + text + "' is not a duration like 90s or 1m30s");
        }
        return total;
    }
}
