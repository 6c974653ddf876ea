package io.peerplan.export.lab;

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

    public static Result run(Lab lab, Scenario scenario, Duration timeout) {
        Scenario all = scenario.withFailed(lab.state().failed.toArray(String[]::new));
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
