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
    record Outcome(LabComparison.Report comparison, Duration labBaseline, Duration labScenario, String log,
            Map<String, LabRib> ribs) {
    }

    static Outcome run(Topology t, Scenario scenario, Path stateRoot) {
        LabStateStore store = new LabStateStore(stateRoot);
        LabPlan plan = new LabPlanner().plan(t, LabNames.newLabId(), "test:" + t.name());
        long t0 = System.nanoTime();
        try (Lab lab = Lab.up(t, plan, store, Set.of())) {
            long t1 = System.nanoTime();
            Duration base = Duration.ofMillis(lab.state().upMillis.getOrDefault("converged", 0L));
            long t2 = System.nanoTime();
            LabCheck.Result r = LabCheck.run(lab, Scenario.BASELINE, Duration.ofSeconds(20));
            long t3 = System.nanoTime();
            Duration scenarioTime = Duration.ZERO;
            if (!scenario.isBaseline()) {
                r = LabCheck.run(lab, scenario, Duration.ofSeconds(20));
                scenarioTime = r.convergence().elapsed();
            }
            long t4 = System.nanoTime();
            StringBuilder log = new StringBuilder(t.name() + " " + scenario.describe() + ": "
                    + r.comparison().summary() + String.format(" [up %.1fs, baseline check %.1fs, scenario %.1fs]",
                    (t1 - t0) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9) + " " + lab.state().upMillis + "\n");
            r.applied().forEach(a -> log.append("  applied: ").append(a).append('\n'));
            if (!r.convergence().converged()) {
                log.append("  lab did not converge to the predicted tables: ").append(r.convergence().missing())
                        .append(r.convergence().downSessions()).append('\n');
            }
            r.comparison().disagreements().forEach(d -> log.append("  ").append(d).append('\n'));
            return new Outcome(r.comparison(), base, scenarioTime, log.toString(), r.convergence().ribs());
        }
    }
}
