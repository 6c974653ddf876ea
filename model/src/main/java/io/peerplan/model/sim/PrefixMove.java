package io.peerplan.model.sim;

import io.peerplan.model.IpPrefix;
import java.util.List;

/**
 * A prefix whose serving place changed against the baseline, seen from one vantage or router.
 * {@code from} or {@code to} is null when the prefix was or became unreachable there.
 */
public record PrefixMove(String vantage, IpPrefix prefix, Placement from, Placement to) {

    /** Where a vantage's paths for a prefix lead. */
    public record Placement(List<String> regions, List<String> clusters, List<String> nodes, List<String> endsAt,
            String viaPeer, List<Long> asPath) {
        public Placement {
            regions = List.copyOf(regions);
            clusters = List.copyOf(clusters);
            nodes = List.copyOf(nodes);
            endsAt = List.copyOf(endsAt);
            asPath = List.copyOf(asPath);
        }

        /** Same place: same regions, clusters, nodes, end routers and neighbor (the AS path may differ). */
        boolean samePlace(Placement o) {
            return o != null && regions.equals(o.regions) && clusters.equals(o.clusters) && nodes.equals(o.nodes)
                    && endsAt.equals(o.endsAt) && java.util.Objects.equals(viaPeer, o.viaPeer);
        }

        /** "alfa (k8s-alfa: alfa-worker-1, alfa-worker-2)" or "gateway-x" for a path ending at a router. */
        public String describe() {
            if (regions.isEmpty() && clusters.isEmpty()) {
                return endsAt.isEmpty() ? "nowhere" : String.join(", ", endsAt);
            }
            return String.join(", ", regions) + " (" + String.join(", ", clusters) + ": " + String.join(", ", nodes) + ")";
        }
    }
}
