package io.peerplan.model.sim;

import io.peerplan.model.Ip;
import java.util.List;

/**
 * One path in a speaker's BGP table, with the fields of FRR's {@code show bgp ipv4 unicast PREFIX
 * json} path object.
 *
 * @param nextHop      {@code nexthops[0].ip}; 0.0.0.0 for a locally originated path
 * @param asPath       {@code aspath.segments}, leftmost (neighbouring) AS first
 * @param origin       "IGP", "EGP" or "incomplete"
 * @param med          {@code metric}, null when the path carries no MED
 * @param localPref    {@code locPrf}, null when absent (eBGP-learned, or local)
 * @param weight       {@code weight}: 32768 for local paths, else the neighbor's weight or route-map's
 * @param fromPeer     the topology id of the neighbor (router, vantage or node) it came from; null if local
 * @param peerAddress  {@code peer.peerId}: the neighbor's address; 0.0.0.0 if local (as FRR prints)
 * @param peerRouterId {@code peer.routerId}: the neighbor's router-id (own router-id if local)
 * @param peerType     {@code peer.type}: "internal", "external", or "local"
 * @param communities  standard and large communities, FRR's text form
 * @param originatorId ORIGINATOR_ID of a reflected path, or null
 * @param clusterList  CLUSTER_LIST of a reflected path
 * @param valid        false when the next hop does not resolve (FRR shows "inaccessible"); never best
 * @param source       for a local path, how it was originated ("network statement", "redistribute
 *                     connected", "redistribute static", "MetalLB service announcement"); else null
 */
public record BgpPath(Ip nextHop, List<Long> asPath, String origin, Long med, Long localPref, long weight,
        String fromPeer, Ip peerAddress, Ip peerRouterId, String peerType, List<String> communities, Ip originatorId,
        List<Ip> clusterList, boolean valid, String source) {

    public BgpPath {
        asPath = List.copyOf(asPath);
        communities = List.copyOf(communities);
        clusterList = List.copyOf(clusterList);
    }

    public boolean isLocal() {
        return "local".equals(peerType);
    }

    /** The AS path as FRR prints it: "65101 64859 64859", empty for a path from inside the AS. */
    public String asPathText() {
        StringBuilder b = new StringBuilder();
        for (Long a : asPath) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(a);
        }
        return b.toString();
    }
}
