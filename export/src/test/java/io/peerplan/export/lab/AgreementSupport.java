package io.peerplan.export.lab;

import io.peerplan.model.Topology;
import io.peerplan.model.sim.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Brings a lab up from the baseline, plays a scenario and compares with the simulator. */
final class AgreementSupport {
    private AgreementSupport() {
    }

    /** One lab run: the comparison and the two convergence times. */
    record Outcome(LabComparison.Report comparison, Duration labBaseline, Duration labScenario, String log) {
    }

    static Outcome run(Topology t, Scenario scenario, Path stateRoot) {
        LabStateStore store = new LabStateStore(stateRoot);
        LabPlan plan = new LabPlanner().plan(t, LabNames.newLabId(), "test:" + t.name());
        try (Lab lab = Lab.up(t, plan, store, Set.of())) {
            Convergence.Report base = Convergence.await(lab, Duration.ofSeconds(30), Map.of(), false,
                    Duration.ofMillis(1000), lab.routesReleasedNanos());
            LabCheck.Result r = LabCheck.run(lab, Scenario.BASELINE, Duration.ofSeconds(20));
            Duration scenarioTime = Duration.ZERO;
            if (!scenario.isBaseline()) {
                r = LabCheck.run(lab, scenario, Duration.ofSeconds(20));
                scenarioTime = r.convergence().elapsed();
            }
            StringBuilder log = new StringBuilder(t.name() + " " + scenario.describe() + ": "
                    + r.comparison().summary() + "\n");
            r.applied().forEach(a -> log.append("  applied: ").append(a).append('\n'));
            if (!r.convergence().converged()) {
                log.append("  lab did not converge to the predicted tables: ").append(r.convergence().missing())
                        .append(r.convergence().downSessions()).append('\n');
            }
            r.comparison().disagreements().forEach(d -> log.append("  ").append(d).append('\n'));
            return new Outcome(r.comparison(), base.elapsed(), scenarioTime, log.toString());
        }
    }
}
