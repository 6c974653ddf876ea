package io.peerplan.export.lab;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.sim.BgpPath;
import io.peerplan.model.sim.Rib;
import io.peerplan.model.sim.RibEntry;
import io.peerplan.model.sim.SimulationResult;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The simulator's tables ({@code SimulationResult}) as a {@link Prediction}. */
public final class SimulatorPrediction {
    private SimulatorPrediction() {
    }

    public static Prediction of(SimulationResult result) {
        Map<String, Map<IpPrefix, Prediction.Best>> out = new HashMap<>();
        for (Map.Entry<String, Rib> e : result.ribs().entrySet()) {
            Map<IpPrefix, Prediction.Best> entries = new HashMap<>();
            for (RibEntry r : e.getValue().entries().values()) {
                r.best().ifPresent(b -> entries.put(r.prefix(), best(r, b)));
            }
            out.put(e.getKey(), entries);
        }
        return new Prediction(out);
    }

    private static Prediction.Best best(RibEntry r, BgpPath b) {
        Set<Ip> multipath = new LinkedHashSet<>();
        if (r.multipath().size() > 1) {
            r.multipath().stream().filter(p -> !p.isLocal()).forEach(p -> multipath.add(p.peerAddress()));
        }
        return new Prediction.Best(b.isLocal() ? null : b.peerAddress(), b.asPath(), b.isLocal() ? null : b.nextHop(),
                r.selectionReason(), multipath);
    }

    /** Per element, the prefixes the simulator gives a best path: what convergence waits for. */
    public static Map<String, Set<IpPrefix>> expected(Prediction p, Set<String> elements) {
        Map<String, Set<IpPrefix>> out = new HashMap<>();
        for (String id : elements) {
            out.put(id, p.entries().getOrDefault(id, Map.of()).keySet());
        }
        return out;
    }
}
