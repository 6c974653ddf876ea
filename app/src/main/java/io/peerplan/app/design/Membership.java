package io.peerplan.app.design;

import io.peerplan.model.Layout;
import io.peerplan.model.Region;
import io.peerplan.model.Topology;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Regions are containers: an element belongs to the region whose bounds hold the centre of its
 * card. Where regions overlap the smaller one wins, which is what a user who nests a box inside
 * another expects. Membership is the element's {@code region} field, so the validator and
 * exporters see what the canvas shows.
 */
public final class Membership {
    private Membership() {
    }

    /** The id of the region holding the point, or null. */
    public static String regionAt(Topology t, double x, double y) {
        String best = null;
        double bestArea = Double.MAX_VALUE;
        for (Region r : t.regions()) {
            Layout.Bounds b = t.layout().regions().get(r.id());
            if (b != null && x >= b.x() && x <= b.x() + b.width() && y >= b.y() && y <= b.y() + b.height()) {
                double area = b.width() * b.height();
                if (area < bestArea) {
                    best = r.id();
                    bestArea = area;
                }
            }
        }
        return best;
    }

    /** Sets the region of the given placed elements from where their cards now stand. */
    public static Topology update(Topology t, Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        Map<String, String> changes = new HashMap<>();
        for (Placed p : Placed.all(t)) {
            if (wanted.contains(p.id())) {
                Footprint f = p.footprint(t);
                String region = regionAt(t, f.centerX(), f.centerY());
                if (!Objects.equals(region, p.region())) {
                    changes.put(p.id(), region);
                }
            }
        }
        return apply(t, changes);
    }

    /** Sets the region field of elements: id → region id (null to leave every region). */
    public static Topology apply(Topology t, Map<String, String> changes) {
        Map<String, Object> replaced = new HashMap<>();
        for (Placed p : Placed.all(t)) {
            if (changes.containsKey(p.id())) {
                replaced.put(p.id(), p.withRegion(changes.get(p.id())));
            }
        }
        return Elements.replaceAll(t, replaced);
    }
}
