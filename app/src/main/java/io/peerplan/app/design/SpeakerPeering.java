package io.peerplan.app.design;

import io.peerplan.model.Asn;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.ListenRange;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Node;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A peering drawn between a cluster and a router, complete on both sides so that it validates:
 * the cluster gets a MetalLB BGPPeer pointing at the router's address on the subnet both share
 * ({@link SharedSubnet}); the router accepts the speakers either through {@code bgp listen range}
 * with a peer group (FRR, as seed 000) or with one neighbor per speaker node (Quagga and RouterOS,
 * as seeds 001 and 002, which have no listen range).
 */
public final class SpeakerPeering {
    private SpeakerPeering() {
    }

    /** How the router accepts the speakers, and the speakers' AS. */
    public record Choice(boolean listenRange, long asn) {
    }

    /**
     * What the user may choose. {@code fixedAsn} is the cluster's AS when its BGPPeers already have
     * one (a cluster speaks one AS); {@code ibgpAsn} the router's (null when unset); {@code ebgpAsn}
     * a private AS (RFC 6996) no element uses, the router's plus one when free, as in seeds 001/002.
     */
    public record Options(boolean canListen, Long fixedAsn, Long ibgpAsn, long ebgpAsn) {
        /** The samples' habit: iBGP through a listen range where the router has one, else eBGP per node. */
        public Choice defaults() {
            long asn = fixedAsn != null ? fixedAsn : canListen && ibgpAsn != null ? ibgpAsn : ebgpAsn;
            return new Choice(canListen, asn);
        }

        /** True when there is a choice to offer. */
        public boolean open() {
            return canListen || (fixedAsn == null && ibgpAsn != null);
        }
    }

    public static Options options(Topology t, Cluster cluster, Object router) {
        Long own = Linking.asn(cluster);
        Long routerAsn = Linking.asn(router);
        boolean canListen = router instanceof Router r && r.platform() != null && r.platform().supportsListenRange();
        return new Options(canListen, own, routerAsn, freePrivateAsn(t, routerAsn));
    }

    static long freePrivateAsn(Topology t, Long near) {
        Set<Long> used = new HashSet<>();
        t.routers().forEach(r -> used.add(r.asn() == null ? null : r.asn().value()));
        t.vantages().forEach(v -> used.add(v.asn() == null ? null : v.asn().value()));
        t.clusters().forEach(c -> c.metallb().peers().forEach(p -> used.add(p.myASN())));
        long start = near != null && Asn.of(near + 1).isPrivate() ? near + 1 : ElementFactory.GATEWAY_ASN;
        for (long a = start; ; a = Asn.of(a + 1).isPrivate() ? a + 1 : ElementFactory.GATEWAY_ASN) {
            if (!used.contains(a)) {
                return a;
            }
        }
    }

    static Linking.Result connect(Topology t, Cluster cluster, String routerId, boolean routerIsA, Choice choice) {
        SharedSubnet shared = SharedSubnet.of(t, cluster, routerId).orElse(null);
        if (shared == null) {
            return new Linking.Refused("give " + routerId + " an interface or " + cluster.id()
                    + " a node first: the sessions need a subnet both ends reach");
        }
        Object router = Elements.find(shared.topology(), routerId).orElseThrow();
        Long routerAsn = Linking.asn(router);
        boolean ibgp = routerAsn != null && routerAsn == choice.asn();
        List<Node> speakers = unpeered(shared.topology(), cluster, routerId);
        if (!choice.listenRange() && speakers.isEmpty()) {
            return new Linking.Refused(cluster.nodes().isEmpty() ? "drop a node onto " + cluster.id() + " first: "
                    + routerId + " names each speaker node as a neighbor" : "every speaker of " + cluster.id()
                    + " already has a neighbor on " + routerId);
        }
        if (!ibgp && router instanceof Router r) {
            router = acceptingEbgp(r);
            shared = new SharedSubnet(Elements.replace(shared.topology(), routerId, router), shared.subnet(),
                    shared.routerAddress());
        }
        String peerName = peerFor(cluster, shared.routerAddress().toString(), routerId);
        Topology out = withBgpPeer(shared.topology(), cluster, peerName, choice.asn(), routerAsn,
                shared.routerAddress().toString());
        String remoteAs = ibgp ? "internal" : String.valueOf(choice.asn());
        IdAllocator ids = IdAllocator.ids(out);
        List<Peering> added = new ArrayList<>();
        Peering.End clusterEnd = Peering.End.cluster(cluster.id(), peerName);
        if (choice.listenRange()) {
            Router r = (Router) router;
            String group = groupFor(r, shared, cluster, remoteAs);
            out = Elements.replace(out, routerId, withListenRange(r, shared, group, remoteAs));
            Peering.End routerEnd = new Peering.End(routerId, null, true, NeighborConfig.EMPTY.withPeerGroup(group), null);
            added.add(peering(ids.unique(cluster.id() + "-" + routerId), routerIsA, routerEnd, clusterEnd));
        } else {
            for (Node n : speakers) {
                NeighborConfig config = NeighborConfig.remoteAs(String.valueOf(choice.asn())).withDescription(n.name());
                Peering.End routerEnd = Peering.End.router(routerId, n.address(), config);
                added.add(peering(ids.unique(routerId + "-" + n.name()), routerIsA, routerEnd, clusterEnd));
            }
        }
        List<Peering> peerings = new ArrayList<>(out.peerings());
        peerings.addAll(added);
        return new Linking.Linked(out.withPeerings(peerings), added.stream().map(Peering::id).toList());
    }

    /**
     * The router, able to accept the speakers' routes over eBGP. FRR accepts nothing over eBGP
     * without an inbound policy (RFC 8212; bgpd's bgp_inbound_policy_exists): this writes
     * "no bgp ebgp-requires-policy", visible in the inspector, rather than inventing a filter for
     * prefixes the user has not drawn yet.
     */
    static Router acceptingEbgp(Router r) {
        if (r.platform() != Platform.FRR || !r.bgp().effectiveEbgpRequiresPolicy()) {
            return r;
        }
        return r.withBgp(r.bgp().withEbgpRequiresPolicy(false));
    }

    private static Peering peering(String id, boolean routerIsA, Peering.End routerEnd, Peering.End clusterEnd) {
        return routerIsA ? new Peering(id, routerEnd, clusterEnd, null) : new Peering(id, clusterEnd, routerEnd, null);
    }

    /** Speaker nodes no neighbor statement of this router names yet. */
    private static List<Node> unpeered(Topology t, Cluster cluster, String routerId) {
        Set<Object> named = new HashSet<>();
        for (Peering p : t.peerings()) {
            Peering.End end = p.endOf(routerId);
            if (end != null && p.otherEnd(routerId).element().equals(cluster.id())) {
                named.add(end.peerAddress());
            }
        }
        return cluster.nodes().stream().filter(Node::isSpeaker).filter(n -> !named.contains(n.address())).toList();
    }

    /** The BGPPeer already pointing at this address, else a new name after the router (as seed 000 names them). */
    private static String peerFor(Cluster cluster, String address, String routerId) {
        return cluster.metallb().peers().stream().filter(p -> address.equals(p.peerAddress())).map(BgpPeer::name)
                .findFirst().orElseGet(() -> new IdAllocator(cluster.metallb().peers().stream().map(BgpPeer::name).toList())
                        .unique(routerId.toLowerCase(java.util.Locale.ROOT)));
    }

    private static Topology withBgpPeer(Topology t, Cluster cluster, String name, long myAsn, Long peerAsn, String address) {
        if (cluster.metallb().peer(name).isPresent()) {
            return t;
        }
        BgpPeer peer = new BgpPeer(name, myAsn, peerAsn, null, null, address, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        return Elements.updateCluster(t, cluster.id(), c -> c.withMetallb(c.metallb()
                .withPeers(Placement.append(c.metallb().peers(), peer))));
    }

    /** The peer group of a listen range already accepting the subnet, else a new one for this cluster. */
    private static String groupFor(Router r, SharedSubnet shared, Cluster cluster, String remoteAs) {
        return r.bgp().listenRanges().stream().filter(l -> l.range().equals(shared.subnet()) && l.peerGroup() != null)
                .map(ListenRange::peerGroup).findFirst()
                .orElseGet(() -> new IdAllocator(r.peerGroups().stream().map(PeerGroup::name).toList())
                        .unique(cluster.id() + "-nodes"));
    }

    private static Router withListenRange(Router r, SharedSubnet shared, String group, String remoteAs) {
        if (r.peerGroup(group).isPresent()) {
            return r;
        }
        List<ListenRange> ranges = Placement.append(r.bgp().listenRanges(), new ListenRange(shared.subnet(), group));
        return r.withBgp(r.bgp().withListenRanges(ranges))
                .withPeerGroups(Placement.append(r.peerGroups(), new PeerGroup(group, NeighborConfig.remoteAs(remoteAs))));
    }
}
