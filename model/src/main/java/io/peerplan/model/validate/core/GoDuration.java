package io.peerplan.model.validate.core;

import java.math.BigDecimal;

/**
 * Go's {@code time.ParseDuration}, which is how Kubernetes reads MetalLB's {@code metav1.Duration}
 * fields ({@code holdTime: 90s}, {@code connectTime: 1m30s}): a sequence of decimal numbers, each
 * with a unit {@code ns}, {@code us}, {@code µs}, {@code ms}, {@code s}, {@code m}, {@code h}, optionally
 * signed; a bare {@code 0} is allowed.
 */
public final class GoDuration {
    private GoDuration() {
    }

    /** The duration in nanoseconds; throws IllegalArgumentException with Go's message on bad text. */
    public static long parseNanos(String text) {
        String s = text == null ? "" : text;
        String err = "time: invalid duration \"" + s + "\"";
        int i = 0;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return 0;
        }
        if (i == s.length()) {
            throw new IllegalArgumentException(err);
        }
        BigDecimal total = BigDecimal.ZERO;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(start, i);
            if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                throw new IllegalArgumentException(err);
            }
            int unitStart = i;
            while (i < s.length() && !Character.isDigit(s.charAt(i)) && s.charAt(i) != '.') {
                i++;
            }
            long unit = unitNanos(s.substring(unitStart, i));
            if (unit == 0) {
                throw new IllegalArgumentException(unitStart == i ? "time: missing unit in duration \"" + s + "\""
                        : "time: unknown unit \"" + s.substring(unitStart, i) + "\" in duration \"" + s + "\"");
            }
            total = total.add(new BigDecimal(number.startsWith(".") ? "0" + number : number).multiply(BigDecimal.valueOf(unit)));
        }
        if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw new IllegalArgumentException(err);
        }
        long nanos = total.longValue();
        return negative ? -nanos : nanos;
    }

    /** Whole seconds, truncated as Go's {@code int(d.Seconds())} does. */
    public static long wholeSeconds(long nanos) {
        return nanos / 1_000_000_000L;
    }

    /** Go's {@code Duration.String()} for the values Peerplan prints: {@code 1m30s}, {@code 2.5s}, {@code 0s}. */
    public static String format(long nanos) {
        if (nanos == 0) {
            return "0s";
        }
        StringBuilder b = new StringBuilder(nanos < 0 ? "-" : "");
        long n = Math.abs(nanos);
        long hours = n / 3_600_000_000_000L;
        long minutes = n % 3_600_000_000_000L / 60_000_000_000L;
        BigDecimal seconds = BigDecimal.valueOf(n % 60_000_000_000L, 9).stripTrailingZeros();
        if (hours > 0) {
            b.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            b.append(minutes).append('m');
        }
        return b.append(seconds.toPlainString()).append('s').toString();
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> 0L;
        };
    }
}
