package io.peerplan.app.ui.sim;

import io.peerplan.app.render.SimulationMarks;
import io.peerplan.model.sim.AnycastView;
import io.peerplan.model.sim.FailoverBudget;
import io.peerplan.model.sim.PrefixMove;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SimulationResult;
import java.util.List;
import java.util.Optional;

/**
 * One finished simulation as the panels show it, computed off the FX thread: the scenario, the
 * vantage, where each service IP is served from, what moved against the baseline, the failover
 * budget of the serving paths and the marks the canvas draws. {@code error} is a sentence for the
 * user when the scenario could not run (an element that no longer exists, say).
 */
public record SimulationSnapshot(Scenario scenario, String vantage, SimulationResult result, List<AnycastView> served,
        List<PrefixMove> moves, List<FailoverBudget> budgets, SimulationMarks marks, String error) {

    public static final SimulationSnapshot EMPTY = new SimulationSnapshot(Scenario.BASELINE, null, null, List.of(),
            List.of(), List.of(), SimulationMarks.NONE, null);

    public SimulationSnapshot {
        served = List.copyOf(served);
        moves = List.copyOf(moves);
        budgets = List.copyOf(budgets);
    }

    static SimulationSnapshot failed(Scenario scenario, String vantage, String error) {
        return new SimulationSnapshot(scenario, vantage, null, List.of(), List.of(), List.of(), SimulationMarks.NONE, error);
    }

    /** Where a service IP is served from, seen from the vantage. */
    public Optional<AnycastView> servedFrom(String ip) {
        return served.stream().filter(v -> v.serviceIp().toString().equals(ip)).findFirst();
    }
}
