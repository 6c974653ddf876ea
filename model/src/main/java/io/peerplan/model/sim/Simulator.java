package io.peerplan.model.sim;

import io.peerplan.model.Topology;
import java.util.function.BooleanSupplier;

/**
 * The BGP simulator: a pure function from a topology and a scenario to every speaker's table,
 * decided as FRR decides (reference.md §2) and explained in FRR's words. Safe to call off the UI
 * thread; {@code cancelled} is polled between prefixes and during long runs, and a cancelled run
 * throws {@link java.util.concurrent.CancellationException}.
 *
 * <p>For repeated what-ifs on one topology, {@link #prepare(Topology)} compiles it once and
 * recomputes only what each scenario touches.
 */
public final class Simulator {
    private Simulator() {
    }

    public static SimulationResult run(Topology t, Scenario s) {
        return run(t, s, () -> false);
    }

    public static SimulationResult run(Topology t, Scenario s, BooleanSupplier cancelled) {
        return prepare(t).run(s == null ? Scenario.BASELINE : s, cancelled);
    }

    public static Simulation prepare(Topology t) {
        return new Simulation(t);
    }
}
