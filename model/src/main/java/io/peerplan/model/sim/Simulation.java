package io.peerplan.model.sim;

import io.peerplan.model.Topology;
import java.util.function.BooleanSupplier;

/**
 * A topology compiled for simulation, with its baseline computed once: what-if scenarios then
 * recompute only the prefixes they can change. Thread-safe; the designer keeps one per edited
 * topology and runs scenarios off the FX thread.
 */
public final class Simulation {
    private final CompiledNetwork net;
    private final PublicPaths paths;
    private final ScenarioView baselineView;
    private volatile SimulationResult baseline;

    Simulation(Topology topology) {
        this.net = new CompiledNetwork(topology);
        this.paths = new PublicPaths(net);
        this.baselineView = new ScenarioView(net, Scenario.BASELINE);
    }

    public Topology topology() {
        return net.topology;
    }

    public SimulationResult baseline() {
        return baseline(() -> false);
    }

    /** The baseline; throws {@link java.util.concurrent.CancellationException} when cancelled first. */
    public SimulationResult baseline(BooleanSupplier cancelled) {
        SimulationResult b = baseline;
        if (b == null) {
            synchronized (this) {
                b = baseline;
                if (b == null) {
                    PrefixOutcome[] out = Engine.runAll(net, baselineView, cancelled);
                    b = new SimulationResult(this, baselineView, out, null, out.length);
                    baseline = b;
                }
            }
        }
        return b;
    }

    public SimulationResult run(Scenario scenario) {
        return run(scenario, () -> false);
    }

    /**
     * The scenario's result. Unknown element ids and overrides naming no route-map entry throw
     * {@link IllegalArgumentException} with a sentence for the user; cancellation throws
     * {@link java.util.concurrent.CancellationException}.
     */
    public SimulationResult run(Scenario scenario, BooleanSupplier cancelled) {
        if (scenario.isBaseline()) {
            return baseline(cancelled);
        }
        ScenarioView view = new ScenarioView(net, scenario);
        SimulationResult base = baseline(cancelled);
        int[] recomputed = new int[1];
        PrefixOutcome[] out = Engine.rerun(net, baselineView, base.outcomes(), view, cancelled, recomputed);
        return new SimulationResult(this, view, out, base, recomputed[0]);
    }

    /** The scenario with every prefix rerun from the baseline, not only the affected ones (for tests). */
    SimulationResult runEverything(Scenario scenario) {
        ScenarioView view = new ScenarioView(net, scenario);
        SimulationResult base = baseline();
        int[] recomputed = new int[1];
        PrefixOutcome[] out = Engine.rerun(net, baselineView, base.outcomes(), view, () -> false, recomputed, true);
        return new SimulationResult(this, view, out, base, recomputed[0]);
    }

    /** The scenario computed from a cold start, all sessions coming up at once (for tests). */
    SimulationResult runCold(Scenario scenario) {
        ScenarioView view = new ScenarioView(net, scenario);
        PrefixOutcome[] out = Engine.runAll(net, view, () -> false);
        return new SimulationResult(this, view, out, null, out.length);
    }

    CompiledNetwork net() {
        return net;
    }

    PublicPaths paths() {
        return paths;
    }
}
