package io.peerplan.model.session;

import java.nio.charset.StandardCharsets;

/**
 * A duration as Go's {@code time.ParseDuration} reads it: Kubernetes decodes MetalLB's
 * {@code metav1.Duration} fields ({@code holdTime}, {@code keepaliveTime}, {@code connectTime}) with
 * it, so Peerplan accepts exactly what the API server accepts, with Go's error texts. The grammar is
 * {@code [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+} or a bare {@code 0}; units {@code ns us µs μs ms s m h}.
 * The arithmetic follows go/src/time/format.go ({@code ParseDuration}, {@code leadingInt},
 * {@code leadingFraction}) step by step, overflow checks included. O(length of the text).
 *
 * @param nanos the duration in nanoseconds, as Go's {@code time.Duration}
 */
public record GoDuration(long nanos) {
    private static final long SECOND = 1_000_000_000L;
    /** 1 << 63 as an unsigned value: Go's bound on the magnitude while parsing. */
    private static final long LIMIT = Long.MIN_VALUE;

    /** Go's text for the duration; throws {@link IllegalArgumentException} with Go's error message. */
    public static GoDuration parse(String text) {
        String orig = text == null ? "" : text;
        String s = orig;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        // Special case: if all that is left is "0", this is zero.
        if (s.equals("0")) {
            return new GoDuration(0);
        }
        if (s.isEmpty()) {
            throw invalid(orig);
        }
        long d = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!(c == '.' || isDigit(c))) {
                throw invalid(orig);
            }
            // leadingInt: [0-9]*, refusing anything above 1 << 63.
            int start = i;
            long v = 0;
            for (; i < s.length() && isDigit(s.charAt(i)); i++) {
                if (Long.compareUnsigned(v, Long.divideUnsigned(LIMIT, 10)) > 0) {
                    throw invalid(orig);
                }
                v = v * 10 + (s.charAt(i) - '0');
                if (Long.compareUnsigned(v, LIMIT) > 0) {
                    throw invalid(orig);
                }
            }
            boolean pre = i != start;
            // leadingFraction: (\.[0-9]*)?, digits past int64 precision are dropped, not refused.
            long f = 0;
            double scale = 1;
            boolean post = false;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                int fracStart = i;
                boolean overflow = false;
                for (; i < s.length() && isDigit(s.charAt(i)); i++) {
                    if (overflow) {
                        continue;
                    }
                    if (f > Long.MAX_VALUE / 10) {
                        overflow = true;
                        continue;
                    }
                    long y = f * 10 + (s.charAt(i) - '0');
                    if (Long.compareUnsigned(y, LIMIT) > 0) {
                        overflow = true;
                        continue;
                    }
                    f = y;
                    scale *= 10;
                }
                post = i != fracStart;
            }
            if (!pre && !post) {
                throw invalid(orig);
            }
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !isDigit(s.charAt(i))) {
                i++;
            }
            if (unitStart == i) {
                throw new IllegalArgumentException("time: missing unit in duration " + quote(orig));
            }
            String u = s.substring(unitStart, i);
            long unit = unitNanos(u);
            if (unit == 0) {
                throw new IllegalArgumentException("time: unknown unit " + quote(u) + " in duration " + quote(orig));
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(LIMIT, unit)) > 0) {
                throw invalid(orig);
            }
            v *= unit;
            if (f > 0) {
                // Go: float64 keeps fractions of hours nanosecond-accurate; f*unit/scale <= 3.6e12.
                v += (long) ((double) f * ((double) unit / scale));
                if (Long.compareUnsigned(v, LIMIT) > 0) {
                    throw invalid(orig);
                }
            }
            d += v;
            if (Long.compareUnsigned(d, LIMIT) > 0) {
                throw invalid(orig);
            }
        }
        if (neg) {
            return new GoDuration(-d);
        }
        if (d == LIMIT) {
            throw invalid(orig);
        }
        return new GoDuration(d);
    }

    /** Whole seconds, truncated toward zero as Go's {@code int(d.Seconds())} (MetalLB renders timers so). */
    public long wholeSeconds() {
        return nanos / SECOND;
    }

    /** The same duration times {@code n} (MetalLB's hold = 3 × keepalive). */
    public GoDuration times(long n) {
        return new GoDuration(nanos * n);
    }

    /** Go's {@code Duration.String()}: {@code 1m30s}, {@code 2.7s}, {@code 500ms}, {@code 1h0m0s}, {@code 0s}. */
    @Override
    public String toString() {
        return GoDurationText.of(nanos);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "ns" -> 1L;
            case "us", "\u00b5s", "\u03bcs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> SECOND;
            case "m" -> 60 * SECOND;
            case "h" -> 3600 * SECOND;
            default -> 0L;
        };
    }

    private static IllegalArgumentException invalid(String orig) {
        return new IllegalArgumentException("time: invalid duration " + quote(orig));
    }

    /** Go's {@code time.quote}: printable ASCII as is, every other character as its UTF-8 bytes in {@code \xNN}. */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c < ' ' || c >= 0x80) {
                for (byte x : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    b.append(String.format("\\x%02x", x & 0xff));
                }
            } else {
                if (c == '"' || c == '\\') {
                    b.append('\\');
                }
                b.append((char) c);
            }
        });
        return b.append('"').toString();
    }
}
