package io.peerplan.app.design;

import io.peerplan.model.Cluster;
import io.peerplan.model.Network;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.List;

/**
 * An element that has its own card on the canvas: a network, router, vantage or cluster, with the
 * region it belongs to ({@code region} field of the record).
 */
public record Placed(String id, Kind kind, Object element, String region) {

    /** Every placed element, in drawing order: networks, clusters, routers, vantages. */
    public static List<Placed> all(Topology t) {
        List<Placed> out = new ArrayList<>(t.networks().size() + t.routers().size() + t.vantages().size()
                + t.clusters().size());
        for (Network n : t.networks()) {
            out.add(new Placed(n.id(), Kind.NETWORK, n, n.region()));
        }
        for (Cluster c : t.clusters()) {
            out.add(new Placed(c.id(), Kind.CLUSTER, c, c.region()));
        }
        for (Router r : t.routers()) {
            out.add(new Placed(r.id(), Kind.ROUTER, r, r.region()));
        }
        for (Vantage v : t.vantages()) {
            out.add(new Placed(v.id(), Kind.VANTAGE, v, v.region()));
        }
        return out;
    }

    public Footprint footprint(Topology t) {
        return Footprint.of(t, element, id);
    }

    /** The same element with its region field set. */
    public Object withRegion(String regionId) {
        return withRegion(element, regionId);
    }

    /** A network, router, vantage or cluster with its region field set. */
    public static Object withRegion(Object element, String regionId) {
        return switch (element) {
            case Network n -> n.withRegion(regionId);
            case Cluster c -> c.withRegion(regionId);
            case Router r -> r.withRegion(regionId);
            case Vantage v -> v.withRegion(regionId);
            default -> throw new IllegalArgumentException("not placed on the canvas: " + element);
        };
    }
}
