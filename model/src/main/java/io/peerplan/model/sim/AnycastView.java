package io.peerplan.model.sim;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.List;

/**
 * Where a service IP is served from, seen from one vantage (or router): the prefix that carries
 * it there (longest match with a best path), the regions, clusters and nodes its best paths (and
 * multipaths) lead to, and the AS path and reason of the best path.
 *
 * @param services  "namespace/name@cluster" of every service holding the IP
 * @param prefix    the matching prefix, or null when the vantage has no route to the IP
 * @param reachable true when the paths reach at least one MetalLB speaker
 * @param endsAt    routers a path ends at without reaching a speaker (a {@code network} statement,
 *                  a default route); traffic following them is not served by a cluster
 * @param viaPeer   the neighbor of the best path
 */
public record AnycastView(Ip serviceIp, List<String> services, String vantage, IpPrefix prefix, boolean reachable,
        List<String> regions, List<String> clusters, List<String> nodes, List<String> endsAt, List<Long> asPath,
        String viaPeer, Ip nextHop, String selectionReason) {

    public AnycastView {
        services = List.copyOf(services);
        regions = List.copyOf(regions);
        clusters = List.copyOf(clusters);
        nodes = List.copyOf(nodes);
        endsAt = List.copyOf(endsAt);
        asPath = List.copyOf(asPath);
    }
}
