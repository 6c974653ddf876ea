package io.peerplan.app.ui.lab;

import io.peerplan.export.lab.Rehearsal;
import java.time.Duration;
import java.util.Locale;

/** The lab's convergence against the simulator's time for the same answers, in words. */
final class Timing {
    private Timing() {
    }

    static String describe(Rehearsal.Outcome o) {
        String what = o.scenario().isBaseline() ? "FRR converged " + human(o.labConvergence())
                + " after the routes were released" : "FRR reached the what-if's tables " + human(o.labConvergence())
                + " after it was applied";
        long sim = Math.max(1, o.simulator().toNanos());
        String ratio = o.labConvergence().isZero() ? "" : String.format(Locale.ROOT, " (%,d× sooner)",
                Math.max(1, o.labConvergence().toNanos() / sim));
        return what + "; the simulator computed the same answers in " + human(o.simulator()) + ratio
                + ". Lab built in " + human(o.labBuild()) + ".";
    }

    /** 0.39 ms, 520 ms, 5.7 s. */
    static String human(Duration d) {
        long nanos = d.toNanos();
        if (nanos < 10_000_000L) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        if (nanos < 1_000_000_000L) {
            return String.format(Locale.ROOT, "%d ms", Math.round(nanos / 1e6));
        }
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
