package io.peerplan.app.design;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drawing a peering from one element to another. Each end gets the settings its own config would
 * need for the session to come up: the other side's address and AS. Towards a cluster the router
 * end accepts the speakers through {@code bgp listen range} where the platform has it (FRR; Quagga
 * and RouterOS do not, reference.md §3–4), otherwise it names the next speaker not yet peered,
 * one neighbor per node as seeds 001 and 002 do; the cluster end gets a MetalLB BGPPeer.
 */
public final class Linking {
    private Linking() {
    }

    /** A new peering, or why none can be drawn between these two elements. */
    public sealed interface Result {
    }

    public record Linked(Topology topology, String peeringId) implements Result {
    }

    public record Refused(String reason) implements Result {
    }

    public static Result connect(Topology t, String fromId, String toId) {
        Optional<Object> from = Elements.find(t, fromId);
        Optional<Object> to = Elements.find(t, toId);
        if (from.isEmpty() || to.isEmpty()) {
            return new Refused("nothing to connect there");
        }
        if (fromId.equals(toId)) {
            return new Refused("a peering needs two different elements");
        }
        if (!Elements.kindOf(from.get()).isPeeringEnd() || !Elements.kindOf(to.get()).isPeeringEnd()) {
            return new Refused("peerings connect routers, vantages and clusters");
        }
        if (from.get() instanceof Cluster && to.get() instanceof Cluster) {
            return new Refused("MetalLB speakers do not peer with each other; connect each cluster to a router");
        }
        String id = IdAllocator.ids(t).unique(fromId + "-" + toId);
        if (from.get() instanceof Cluster c) {
            return towardCluster(t, id, c, to.get(), false);
        }
        if (to.get() instanceof Cluster c) {
            return towardCluster(t, id, c, from.get(), true);
        }
        Peering.End a = Peering.End.router(fromId, addressToward(from.get(), to.get()), remoteAs(to.get()));
        Peering.End b = Peering.End.router(toId, addressToward(to.get(), from.get()), remoteAs(from.get()));
        return new Linked(t.withPeerings(Placement.append(t.peerings(), new Peering(id, a, b, null))), id);
    }

    private static Result towardCluster(Topology t, String id, Cluster cluster, Object other, boolean otherIsA) {
        Long routerAsn = asn(other);
        String otherId = Elements.id(other);
        Long myAsn = cluster.metallb().peers().stream().map(BgpPeer::myASN).filter(a -> a != null).findFirst()
                .orElse(routerAsn);
        List<Interface> interfaces = interfaces(other);
        Ip routerAddress = addressFacing(interfaces, cluster.nodes()).orElse(routerIdOf(other));
        String peerName = new IdAllocator(cluster.metallb().peers().stream().map(BgpPeer::name).toList())
                .unique(otherId.toLowerCase(java.util.Locale.ROOT));
        BgpPeer peer = new BgpPeer(peerName, myAsn, routerAsn, null, null,
                routerAddress == null ? null : routerAddress.toString(), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
        Topology withPeer = Elements.updateCluster(t, cluster.id(), c -> c.withMetallb(
                c.metallb().withPeers(Placement.append(c.metallb().peers(), peer))));
        NeighborConfig config = myAsn == null ? NeighborConfig.EMPTY : NeighborConfig.remoteAs(myAsn.toString());
        boolean listen = other instanceof Router r && r.platform() != null && r.platform().supportsListenRange();
        Peering.End routerEnd = listen
                ? new Peering.End(otherId, null, true, config, null)
                : Peering.End.router(otherId, nextUnpeeredSpeaker(t, cluster, otherId).orElse(null), config);
        Peering.End clusterEnd = Peering.End.cluster(cluster.id(), peerName);
        Peering p = otherIsA ? new Peering(id, routerEnd, clusterEnd, null) : new Peering(id, clusterEnd, routerEnd, null);
        return new Linked(withPeer.withPeerings(Placement.append(withPeer.peerings(), p)), id);
    }

    /** The first speaker of the cluster that no peering from this router names yet. */
    private static Optional<Ip> nextUnpeeredSpeaker(Topology t, Cluster cluster, String routerId) {
        Set<Ip> named = new HashSet<>();
        for (Peering p : t.peerings()) {
            Peering.End end = p.endOf(routerId);
            if (end != null && end.peerAddress() != null && p.otherEnd(routerId).element().equals(cluster.id())) {
                named.add(end.peerAddress());
            }
        }
        return cluster.nodes().stream().filter(Node::isSpeaker).map(Node::address).filter(a -> !named.contains(a))
                .findFirst();
    }

    /** The address {@code self}'s config points at to reach {@code other}: other's address on a shared subnet, else its router-id. */
    static Ip addressToward(Object self, Object other) {
        for (Interface mine : interfaces(self)) {
            for (Interface theirs : interfaces(other)) {
                boolean sameNetwork = mine.network() != null && mine.network().equals(theirs.network());
                if (sameNetwork || mine.address().network().contains(theirs.address().ip())) {
                    return theirs.address().ip();
                }
            }
        }
        Ip routerId = routerIdOf(other);
        if (routerId != null) {
            return routerId;
        }
        List<Interface> theirs = interfaces(other);
        return theirs.isEmpty() ? null : theirs.getFirst().address().ip();
    }

    private static Optional<Ip> addressFacing(List<Interface> interfaces, List<Node> nodes) {
        for (Interface i : interfaces) {
            for (Node n : nodes) {
                if ((i.network() != null && i.network().equals(n.network())) || i.address().network().contains(n.address())) {
                    return Optional.of(i.address().ip());
                }
            }
        }
        return interfaces.isEmpty() ? Optional.empty() : Optional.of(interfaces.getFirst().address().ip());
    }

    private static NeighborConfig remoteAs(Object other) {
        Long asn = asn(other);
        return asn == null ? NeighborConfig.EMPTY : NeighborConfig.remoteAs(asn.toString());
    }

    static Long asn(Object element) {
        return switch (element) {
            case Router r -> r.asn() == null ? null : r.asn().value();
            case Vantage v -> v.asn() == null ? null : v.asn().value();
            case Cluster c -> c.metallb().peers().stream().map(BgpPeer::myASN).filter(a -> a != null).findFirst()
                    .orElse(null);
            default -> null;
        };
    }

    private static List<Interface> interfaces(Object element) {
        return switch (element) {
            case Router r -> r.interfaces();
            case Vantage v -> v.interfaces();
            default -> List.of();
        };
    }

    private static Ip routerIdOf(Object element) {
        return switch (element) {
            case Router r -> r.routerId();
            case Vantage v -> v.routerId();
            default -> null;
        };
    }
}
