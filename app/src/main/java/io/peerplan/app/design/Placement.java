package io.peerplan.app.design;

import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.Layout;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Region;
import io.peerplan.model.Router;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.List;

/** Dropping a palette item: the new element goes where the mouse let go of it. */
public final class Placement {
    private Placement() {
    }

    /** The topology with the new element, and the new element's selection key. */
    public record Result(Topology topology, String key) {
    }

    /**
     * Places a canvas item with its top-left corner at (x, y) (model units); it joins the region
     * under its centre. Cluster items (node, pool, service) need {@link #intoCluster}.
     */
    public static Result place(Topology t, PaletteItem item, double x, double y) {
        ElementFactory factory = new ElementFactory(t);
        if (item == PaletteItem.REGION) {
            Region r = factory.region();
            Topology out = t.withRegions(append(t.regions(), r));
            out = Layouts.withRegionBounds(out, r.id(), new Layout.Bounds(x, y, Footprint.DEFAULT_REGION_WIDTH,
                    Footprint.DEFAULT_REGION_HEIGHT));
            return new Result(out, r.id());
        }
        Object probe = probe(factory, item);
        Footprint f = Footprint.at(probe, x, y);
        String region = Membership.regionAt(t, f.centerX(), f.centerY());
        Object element = Placed.withRegion(probe, region);
        Topology out = switch (element) {
            case Cluster c -> t.withClusters(append(t.clusters(), c));
            case Network n -> t.withNetworks(append(t.networks(), n));
            case Vantage v -> t.withVantages(append(t.vantages(), v));
            case Router r -> t.withRouters(append(t.routers(), r));
            default -> throw new IllegalStateException();
        };
        String id = Elements.id(element);
        return new Result(Layouts.withPosition(out, id, x, y), id);
    }

    private static Object probe(ElementFactory factory, PaletteItem item) {
        return switch (item) {
            case CLUSTER -> factory.cluster(null);
            case NETWORK -> factory.network(null);
            case INTERNET_VANTAGE -> factory.vantage(null);
            case FRR_GATEWAY, QUAGGA_GATEWAY, ROUTEROS_GATEWAY, PROVIDER_ROUTER -> factory.router(item, null);
            default -> throw new IllegalArgumentException(item + " must be dropped onto a cluster");
        };
    }

    /**
     * The top-left corner nearest to (x, y) that keeps the new item's card wholly inside the
     * visible area, on the grid when {@code grid > 0}. A card dropped near the canvas edge used to
     * hang half outside it (a provider card placed partly off the canvas).
     */
    public static Layout.Point inside(Topology t, PaletteItem item, double x, double y, Footprint visible, double grid) {
        double w;
        double h;
        if (item == PaletteItem.REGION) {
            w = Footprint.DEFAULT_REGION_WIDTH;
            h = Footprint.DEFAULT_REGION_HEIGHT;
        } else {
            Footprint card = Footprint.at(probe(new ElementFactory(t), item), 0, 0);
            w = card.width();
            h = card.height();
        }
        return new Layout.Point(fit(x, w, visible.x(), visible.maxX(), grid), fit(y, h, visible.y(), visible.maxY(), grid));
    }

    private static double fit(double v, double size, double min, double max, double grid) {
        double out = Math.max(min, Math.min(v, max - size));
        if (grid > 0) {
            out = Math.round(out / grid) * grid;
            if (out + size > max) {
                out -= grid;
            }
            if (out < min) {
                out += grid;
            }
        }
        return out;
    }

    /** Adds a node, pool or service to a cluster. */
    public static Result intoCluster(Topology t, PaletteItem item, String clusterId) {
        Cluster cluster = t.clusters().stream().filter(c -> c.id().equals(clusterId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no cluster '" + clusterId + "'"));
        ElementFactory factory = new ElementFactory(t);
        return switch (item) {
            case NODE -> {
                Node n = factory.node(cluster);
                yield new Result(Elements.updateCluster(t, clusterId, c -> c.withNodes(append(c.nodes(), n))),
                        n.id());
            }
            case ADDRESS_POOL -> {
                AddressPool p = factory.pool(cluster);
                yield new Result(Elements.updateCluster(t, clusterId, c -> c.withMetallb(
                        c.metallb().withPools(append(c.metallb().pools(), p)))), Refs.pool(clusterId, p));
            }
            case SERVICE -> {
                Service s = factory.service(cluster);
                yield new Result(Elements.updateCluster(t, clusterId,
                        c -> c.withServices(append(c.services(), s))), Refs.service(clusterId, s));
            }
            default -> throw new IllegalArgumentException(item + " is not placed inside a cluster");
        };
    }

    static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
