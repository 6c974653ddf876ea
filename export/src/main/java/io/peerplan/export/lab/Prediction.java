package io.peerplan.export.lab;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the simulator predicts for every (speaker, prefix), reduced to what the lab can compare with
 * real FRR: the best path's neighbor, AS path and next hop, FRR's selection reason, the multipath
 * set. Keys are element ids (router, vantage, node), as in {@code SimulationResult.ribs()}.
 */
public record Prediction(Map<String, Map<IpPrefix, Best>> entries) {

    public Prediction {
        entries = Map.copyOf(entries);
    }

    /**
     * A predicted best path.
     *
     * @param peer      the neighbor address it came from; null when locally originated
     * @param multipath neighbor addresses of every path FRR would use together with the best one
     *                  (the best's own included), empty when there is no multipath
     */
    public record Best(Ip peer, List<Long> asPath, Ip nextHop, String reason, Set<Ip> multipath) {
        public Best {
            asPath = List.copyOf(asPath);
            multipath = Set.copyOf(multipath);
        }
    }
}
