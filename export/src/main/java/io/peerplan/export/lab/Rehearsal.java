package io.peerplan.export.lab;

import io.peerplan.model.Topology;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole rehearsal in one call, as the designer's "Rehearse in lab" runs it: {@code up} on a lab
 * of its own (a fresh lab id, so it never meets a lab the CLI built), the scenario played on the
 * converged baseline exactly as {@code lab check} does, the comparison, then {@code down}, which
 * runs whatever happened: a failure, a cancel through {@link LabProgress}, or the JVM exiting
 * (shutdown hook).
 */
public final class Rehearsal {
    /** How long the check waits for FRR to hold the predicted tables (silent failures wait for BFD or the hold timer). */
    public static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
    private static final int SIMULATOR_RUNS = 21;
    private static final int SIMULATOR_WARMUP = 5;

    private Rehearsal() {
    }

    /**
     * What a rehearsal found.
     *
     * @param labConvergence     baseline: from the routes' release to FRR's final tables (as {@code up}
     *                           records it); a what-if: from applying it to FRR holding the predicted tables
     * @param labBuild           {@code up} from the first namespace to quiet tables
     * @param simulator          the simulator computing the same answers (compile, baseline and what-if;
     *                           the median of a few runs)
     * @param converged          FRR reached the predicted tables before {@link #CHECK_TIMEOUT}
     * @param cleanupProblems    what {@code down} could not remove (empty when everything went)
     */
    public record Outcome(LabPlan plan, Scenario scenario, List<String> applied, LabComparison.Report comparison,
            Map<String, LabRib> ribs, Prediction prediction, boolean converged, Duration labBuild,
            Duration labConvergence, Duration simulator, List<String> cleanupProblems) {
        public Outcome {
            applied = List.copyOf(applied);
            ribs = Map.copyOf(ribs);
            cleanupProblems = List.copyOf(cleanupProblems);
        }
    }

    /** The lab a rehearsal of this topology would build; throws {@link LabException} naming what cannot be built. */
    public static LabPlan plan(Topology t) {
        return new LabPlanner().plan(t, LabIds.fresh(), "designer:" + t.name());
    }

    /**
     * Builds the planned lab, plays {@code scenario}, compares and takes the lab down again.
     *
     * @throws LabCancelledException when {@code progress} asked to stop (after the cleanup)
     * @throws LabException          when a step failed (after the cleanup; the message says which)
     */
    public static Outcome run(Topology t, LabPlan plan, Scenario scenario, LabStateStore store, LabProgress progress) {
        long start = System.nanoTime();
        Lab lab = Lab.up(t, plan, store, Set.of(), progress);
        Duration build = Duration.ofNanos(System.nanoTime() - start);
        Thread hook = new Thread(() -> LabTeardown.down(store, lab.state()), "peerplan-rehearsal-cleanup-" + plan.labId());
        Runtime.getRuntime().addShutdownHook(hook);
        LabCheck.Result r;
        try {
            lab.step(LabProgress.Step.SCENARIO);
            r = LabCheck.run(lab, scenario, CHECK_TIMEOUT);
            lab.step(LabProgress.Step.COMPARISON);
        } catch (RuntimeException e) {
            List<String> problems = down(store, lab, progress, hook);
            if (!problems.isEmpty() && !(e instanceof LabCancelledException)) {
                e.addSuppressed(new LabException("cleanup: " + String.join("; ", problems)));
            }
            throw e;
        }
        Duration converged = scenario.isBaseline()
                ? Duration.ofMillis(Math.max(0, lab.state().upMillis.getOrDefault("converged", 0L)))
                : r.convergence().elapsed();
        Duration simulator = simulatorTime(t, scenario);
        List<String> problems = down(store, lab, progress, hook);
        return new Outcome(plan, scenario, r.applied(), r.comparison(), r.convergence().ribs(),
                SimulatorPrediction.of(r.simulation()), r.convergence().converged(), build, converged, simulator,
                problems);
    }

    private static List<String> down(LabStateStore store, Lab lab, LabProgress progress, Thread hook) {
        try {
            progress.step(LabProgress.Step.CLEANUP);
        } catch (RuntimeException ignored) {
            // A watcher's failure must never keep the lab up.
        }
        List<String> problems = new ArrayList<>(LabTeardown.down(store, lab.state()));
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is already running; down is safe to run twice.
        }
        return problems;
    }

    /** The median of a few simulator runs of the same scenario (after a few runs that warm the JIT up). */
    static Duration simulatorTime(Topology t, Scenario scenario) {
        long[] nanos = new long[SIMULATOR_RUNS];
        for (int i = 0; i < SIMULATOR_WARMUP; i++) {
            Simulator.run(t, scenario);
        }
        for (int i = 0; i < nanos.length; i++) {
            long s = System.nanoTime();
            Simulator.run(t, scenario);
            nanos[i] = System.nanoTime() - s;
        }
        Arrays.sort(nanos);
        return Duration.ofNanos(nanos[nanos.length / 2]);
    }
}
