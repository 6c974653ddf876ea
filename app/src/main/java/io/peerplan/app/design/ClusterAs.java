package io.peerplan.app.design;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Peering;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A cluster's AS. MetalLB has no cluster-wide AS: each BGPPeer carries its own {@code myASN}. A
 * cluster speaks one AS in every design we know, so the inspector shows one field, and changing it
 * renumbers every BGPPeer and the routers' {@code remote-as} that named the old number (their
 * neighbors and the peer groups of their listen ranges), so that no session breaks half-way.
 */
public final class ClusterAs {
    private ClusterAs() {
    }

    /** The AS as text: empty with no BGPPeer yet, the numbers comma-separated when they differ. */
    public static String of(Cluster c) {
        return c.metallb().peers().stream().map(BgpPeer::myASN).filter(a -> a != null).distinct().map(String::valueOf)
                .collect(Collectors.joining(", "));
    }

    public static Topology renumber(Topology t, String clusterId, long asn) {
        Cluster cluster = t.clusters().stream().filter(c -> c.id().equals(clusterId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cluster '" + clusterId + "'"));
        if (cluster.metallb().peers().isEmpty()) {
            throw new IllegalArgumentException("draw a peering to a router first: the AS is each MetalLB BGPPeer's myASN");
        }
        Set<String> old = new HashSet<>();
        cluster.metallb().peers().stream().map(BgpPeer::myASN).filter(a -> a != null).forEach(a -> old.add(a.toString()));
        Topology out = Elements.updateCluster(t, clusterId, c -> c.withMetallb(c.metallb().withPeers(
                c.metallb().peers().stream().map(p -> p.withMyASN(asn)).toList())));
        Set<String> groups = new HashSet<>();
        Set<String> ebgp = new HashSet<>();
        List<Peering> peerings = out.peerings().stream().map(p -> {
            if (!p.a().element().equals(clusterId) && !p.b().element().equals(clusterId)) {
                return p;
            }
            Peering.End router = p.otherEnd(clusterId);
            Long routerAsn = Elements.find(t, router.element()).map(Linking::asn).orElse(null);
            if (routerAsn == null || routerAsn != asn) {
                ebgp.add(router.element());
            }
            if (router.listenRange() && router.config().peerGroup() != null) {
                groups.add(router.element() + " " + router.config().peerGroup());
            }
            String remote = remoteAs(router.config().remoteAs(), old, asn, routerAsn);
            Peering.End renumbered = router.withConfig(router.config().withRemoteAs(remote));
            return p.a() == router ? p.withA(renumbered) : p.withB(renumbered);
        }).toList();
        out = out.withPeerings(peerings);
        List<Router> routers = out.routers().stream().map(r -> {
            Router next = r.withPeerGroups(r.peerGroups().stream().map(g -> groups.contains(r.id() + " " + g.name())
                    ? new PeerGroup(g.name(), g.config().withRemoteAs(remoteAs(g.config().remoteAs(), old, asn,
                            r.asn() == null ? null : r.asn().value())))
                    : g).toList());
            return ebgp.contains(r.id()) ? SpeakerPeering.acceptingEbgp(next) : next;
        }).toList();
        return out.withRouters(routers);
    }

    /**
     * A router's remote-as after the renumbering: FRR's keywords stay keywords (internal when the
     * AS is now the router's own, external otherwise), the old number becomes the new one.
     */
    private static String remoteAs(String was, Set<String> old, long asn, Long routerAsn) {
        if ("internal".equals(was) || "external".equals(was)) {
            return routerAsn != null && routerAsn == asn ? "internal" : "external";
        }
        return old.contains(was) ? String.valueOf(asn) : was;
    }
}
