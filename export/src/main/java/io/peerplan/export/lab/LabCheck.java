package io.peerplan.export.lab;

import io.peerplan.model.sim.PrependOverride;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SimulationResult;
import io.peerplan.model.sim.Simulator;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code peerplan lab check}: plays a scenario on the running lab, waits until FRR's tables hold
 * exactly the prefixes the simulator predicts (or the timeout), and compares every (speaker,
 * prefix) best path and selection reason.
 */
public final class LabCheck {
    private LabCheck() {
    }

    /** What one check found. */
    public record Result(List<String> applied, Convergence.Report convergence, LabComparison.Report comparison,
            SimulationResult simulation) {
    }

    private static boolean sameEntry(PrependOverride a, PrependOverride b) {
        return a.routerId().equals(b.routerId()) && a.routeMap().equals(b.routeMap()) && a.seq() == b.seq();
    }

    public static Result run(Lab lab, Scenario scenario, Duration timeout) {
        // What earlier checks did to this lab stays in force: their failures and prepends.
        Scenario all = Scenario.BASELINE.withFailed(lab.state().failed.toArray(String[]::new));
        for (String p : lab.state().prepends) {
            PrependOverride earlier = PrependOverride.parse(p);
            if (scenario.prepends().stream().noneMatch(o -> sameEntry(o, earlier))) {
                all = all.withPrepend(earlier);
            }
        }
        for (PrependOverride o : scenario.prepends()) {
            all = all.withPrepend(o);
        }
        all = all.withFailed(scenario.failed().toArray(String[]::new));
        SimulationResult sim = Simulator.run(lab.topology(), all);
        Prediction p = SimulatorPrediction.of(sim);
        Lab.SPREADING.lock();
        try {
            long start = System.nanoTime();
            List<String> applied = LabScenario.apply(lab, all);
            Set<String> running = lab.running();
            Convergence.Report conv = Convergence.await(lab, timeout, SimulatorPrediction.expected(p, running), true,
                    LabBuilder.QUIET, start);
            return new Result(applied, conv, LabComparison.compare(conv.ribs(), p, running), sim);
        } finally {
            Lab.SPREADING.unlock();
        }
    }
}
