package io.peerplan.model.session;

/**
 * Go's {@code Duration.String()} (go/src/time/time.go, {@code Duration.format}, {@code fmtFrac},
 * {@code fmtInt}): below one second the largest of ns, µs and ms that fits, with a fraction; from one
 * second on {@code [h]m]s} with the seconds' fraction; trailing zeros of a fraction dropped.
 */
final class GoDurationText {
    private GoDurationText() {
    }

    static String of(long nanos) {
        boolean neg = nanos < 0;
        long u = neg ? -nanos : nanos; // unsigned magnitude: -MIN_VALUE wraps to the right bits
        if (u == 0) {
            return "0s";
        }
        StringBuilder b = new StringBuilder();
        if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
            String unit;
            int prec;
            if (u < 1_000L) {
                unit = "ns";
                prec = 0;
            } else if (u < 1_000_000L) {
                unit = "\u00b5s";
                prec = 3;
            } else {
                unit = "ms";
                prec = 6;
            }
            b.append(Long.toUnsignedString(pow(u, prec, true))).append(fraction(u, prec)).append(unit);
        } else {
            String frac = fraction(u, 9);
            long secs = Long.divideUnsigned(u, 1_000_000_000L);
            long hours = secs / 3600;
            long minutes = secs / 60 % 60;
            if (hours > 0) {
                b.append(hours).append('h');
            }
            if (secs >= 60) {
                b.append(minutes).append('m');
            }
            b.append(secs % 60).append(frac).append('s');
        }
        return (neg ? "-" : "") + b;
    }

    /** ".12345" for the low {@code prec} decimal digits of {@code v}, trailing zeros and a bare point omitted. */
    private static String fraction(long v, int prec) {
        if (prec == 0) {
            return "";
        }
        String digits = String.format("%0" + prec + "d", Long.remainderUnsigned(v, pow(1, prec, false)));
        String trimmed = digits.replaceFirst("0+$", "");
        return trimmed.isEmpty() ? "" : "." + trimmed;
    }

    /** {@code v / 10^prec} (unsigned) when {@code divide}, else {@code v × 10^prec}. */
    private static long pow(long v, int prec, boolean divide) {
        long p = 1;
        for (int i = 0; i < prec; i++) {
            p *= 10;
        }
        return divide ? Long.divideUnsigned(v, p) : v * p;
    }
}
