package io.peerplan.app.design;

import io.peerplan.model.Layout;
import io.peerplan.model.Region;
import io.peerplan.model.Topology;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Moves and resizes: the edits a drag on the canvas commits when the mouse is released. A region
 * carries its members along; any other card that lands in or leaves a region changes membership.
 */
public final class Moving {
    private Moving() {
    }

    /** The placed elements and regions that move when {@code keys} are dragged (regions bring members). */
    public static Set<String> carried(Topology t, Collection<String> keys) {
        Set<String> moving = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (Region r : t.regions()) {
            if (keys.contains(r.id())) {
                regions.add(r.id());
                moving.add(r.id());
            }
        }
        for (Placed p : Placed.all(t)) {
            if (keys.contains(p.id()) || (p.region() != null && regions.contains(p.region()))) {
                moving.add(p.id());
            }
        }
        return moving;
    }

    /** Translates the dragged elements by (dx, dy) and updates region membership of the loose ones. */
    public static Topology translate(Topology t, Collection<String> keys, double dx, double dy) {
        Set<String> moving = carried(t, keys);
        Map<String, Layout.Point> positions = new HashMap<>();
        Map<String, Layout.Bounds> bounds = new HashMap<>();
        Set<String> regionIds = new LinkedHashSet<>();
        for (Region r : t.regions()) {
            if (moving.contains(r.id())) {
                regionIds.add(r.id());
                Layout.Bounds b = t.layout().regions().get(r.id());
                if (b != null) {
                    bounds.put(r.id(), new Layout.Bounds(b.x() + dx, b.y() + dy, b.width(), b.height()));
                }
            }
        }
        Set<String> loose = new LinkedHashSet<>();
        for (Placed p : Placed.all(t)) {
            if (moving.contains(p.id())) {
                Footprint f = p.footprint(t);
                positions.put(p.id(), new Layout.Point(f.x() + dx, f.y() + dy));
                if (p.region() == null || !regionIds.contains(p.region())) {
                    loose.add(p.id());
                }
            }
        }
        Topology out = Layouts.withRegionBounds(Layouts.withPositions(t, positions), bounds);
        return Membership.update(out, loose);
    }

    /**
     * Gives a region new bounds. Elements now inside it join; its members now outside leave (to
     * another region under them, or none). Members of other regions stay where they belong.
     */
    public static Topology resizeRegion(Topology t, String regionId, Layout.Bounds bounds) {
        Topology out = Layouts.withRegionBounds(t, regionId, bounds);
        Set<String> affected = new LinkedHashSet<>();
        for (Placed p : Placed.all(out)) {
            if (p.region() == null || p.region().equals(regionId)) {
                affected.add(p.id());
            }
        }
        return Membership.update(out, affected);
    }
}
