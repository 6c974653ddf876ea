package io.peerplan.export.lab;

import io.peerplan.model.Topology;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SessionState;
import io.peerplan.model.sim.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Brings a lab up from the baseline, plays a scenario and compares with the simulator. */
final class AgreementSupport {
    private AgreementSupport() {
    }

    /**
     * One lab run: the comparison, the two convergence times, and the sessions whose state
     * (Established on both ends or not) FRR and the simulator see differently.
     */
    record Outcome(LabComparison.Report comparison, Duration labBaseline, Duration labScenario, String log,
            Map<String, LabRib> ribs, List<String> sessionDifferences) {
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
            List<String> sessions = sessionDifferences(Simulator.run(t, scenario).sessions(), lab.sessionStates());
            sessions.forEach(d -> log.append("  session ").append(d).append('\n'));
            return new Outcome(r.comparison(), base, scenarioTime, log.toString(), r.convergence().ribs(), sessions);
        }
    }

    /**
     * Every simulated session between two lab hosts whose state differs from FRR's: up in the
     * simulator exactly when both ends show {@code Established} ({@code show bgp summary json}).
     */
    static List<String> sessionDifferences(List<SessionState> simulated, Map<String, Map<String, String>> lab) {
        List<String> out = new ArrayList<>();
        for (SessionState s : simulated) {
            Map<String, String> a = lab.get(s.a());
            Map<String, String> b = lab.get(s.b());
            if (a == null || b == null) {
                continue;
            }
            String atA = a.getOrDefault(s.addressB().toString(), "not configured");
            String atB = b.getOrDefault(s.addressA().toString(), "not configured");
            boolean up = atA.equals("Established") && atB.equals("Established");
            if (up != s.up()) {
                out.add(s.id() + ": FRR " + s.a() + " " + atA + ", " + s.b() + " " + atB + "; simulator "
                        + (s.up() ? "up" : "down (" + s.downReason() + ")"));
            }
        }
        return out;
    }
}
