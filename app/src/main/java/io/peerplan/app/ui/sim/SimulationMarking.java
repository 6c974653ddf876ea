package io.peerplan.app.ui.sim;

import io.peerplan.app.render.SimulationMarks;
import io.peerplan.model.sim.AnycastView;
import io.peerplan.model.sim.FailoverBudget;
import io.peerplan.model.sim.SessionState;
import io.peerplan.model.sim.SimulationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a simulation result seen from one vantage into the marks the canvas draws. */
final class SimulationMarking {
    private SimulationMarking() {
    }

    static SimulationMarks of(SimulationResult r, String vantage, List<AnycastView> served, List<FailoverBudget> budgets) {
        Map<String, String> peeringOfSession = new HashMap<>();
        Map<String, int[]> upDown = new HashMap<>();
        for (SessionState s : r.sessions()) {
            peeringOfSession.put(s.id(), s.peering());
            upDown.computeIfAbsent(s.peering(), k -> new int[2])[s.up() ? 0 : 1]++;
        }
        List<String> order = new ArrayList<>();
        Map<String, List<String>> regionIps = new LinkedHashMap<>();
        for (AnycastView v : served) {
            String ip = v.serviceIp().toString();
            if (!order.contains(ip)) {
                order.add(ip);
            }
            for (String region : v.regions()) {
                List<String> ips = regionIps.computeIfAbsent(region, k -> new ArrayList<>());
                if (!ips.contains(ip)) {
                    ips.add(ip);
                }
            }
        }
        Map<String, List<String>> pathLinks = new LinkedHashMap<>();
        for (FailoverBudget b : budgets) {
            String ip = b.serviceIp().toString();
            for (FailoverBudget.SessionBudget s : b.sessions()) {
                String peering = peeringOfSession.getOrDefault(s.session(), s.session());
                List<String> ips = pathLinks.computeIfAbsent(peering, k -> new ArrayList<>());
                if (!ips.contains(ip)) {
                    ips.add(ip);
                }
            }
        }
        Set<String> down = new HashSet<>();
        upDown.forEach((peering, c) -> {
            if (c[0] == 0 && c[1] > 0) {
                down.add(peering);
            }
        });
        return new SimulationMarks(vantage, pathLinks, regionIps, order, r.scenario().failed(), down, Map.of());
    }
}
