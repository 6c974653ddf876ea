package io.peerplan.app.design;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.List;
import java.util.Optional;

/**
 * Drawing a peering from one element to another. Each end gets the settings its own config would
 * need for the session to come up: the other side's address and AS. A cluster and a router are
 * {@link SpeakerPeering}'s job: a MetalLB BGPPeer plus a listen range or one neighbor per node.
 */
public final class Linking {
    private Linking() {
    }

    /** A new peering, or why none can be drawn between these two elements. */
    public sealed interface Result {
    }

    /** The new peerings: one, or one per speaker node when a router names each as a neighbor. */
    public record Linked(Topology topology, List<String> peeringIds) implements Result {
        public Linked {
            peeringIds = List.copyOf(peeringIds);
        }

        public String peeringId() {
            return peeringIds.getFirst();
        }
    }

    public record Refused(String reason) implements Result {
    }

    /** Connects with the default choices for a cluster's speakers ({@link SpeakerPeering.Options#defaults()}). */
    public static Result connect(Topology t, String fromId, String toId) {
        return connect(t, fromId, toId, null);
    }

    /** The choices a peering between these two would offer; empty unless one end is a cluster and the other a router. */
    public static Optional<SpeakerPeering.Options> options(Topology t, String fromId, String toId) {
        Optional<Object> from = Elements.find(t, fromId);
        Optional<Object> to = Elements.find(t, toId);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (from.get() instanceof Cluster c && !(to.get() instanceof Cluster) && Elements.kindOf(to.get()).isPeeringEnd()) {
            return Optional.of(SpeakerPeering.options(t, c, to.get()));
        }
        if (to.get() instanceof Cluster c && !(from.get() instanceof Cluster) && Elements.kindOf(from.get()).isPeeringEnd()) {
            return Optional.of(SpeakerPeering.options(t, c, from.get()));
        }
        return Optional.empty();
    }

    /** A new peering; {@code choice} says how a router accepts a cluster's speakers (null: the defaults). */
    public static Result connect(Topology t, String fromId, String toId, SpeakerPeering.Choice choice) {
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
        if (from.get() instanceof Cluster c) {
            return SpeakerPeering.connect(t, c, toId, false,
                    choice != null ? choice : SpeakerPeering.options(t, c, to.get()).defaults());
        }
        if (to.get() instanceof Cluster c) {
            return SpeakerPeering.connect(t, c, fromId, true,
                    choice != null ? choice : SpeakerPeering.options(t, c, from.get()).defaults());
        }
        String id = IdAllocator.ids(t).unique(fromId + "-" + toId);
        Peering.End a = Peering.End.router(fromId, addressToward(from.get(), to.get()), remoteAs(to.get()));
        Peering.End b = Peering.End.router(toId, addressToward(to.get(), from.get()), remoteAs(from.get()));
        return new Linked(t.withPeerings(Placement.append(t.peerings(), new Peering(id, a, b, null))), List.of(id));
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

    static List<Interface> interfaces(Object element) {
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
