package io.peerplan.model.io;

import io.peerplan.model.BgpOptions;
import io.peerplan.model.Layout;
import io.peerplan.model.MetalLb;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.RouteMap;
import java.util.Map;
import java.util.Set;

/**
 * Jackson value filter: {@code equals} answers true for the "nothing set" constant of a sub-record,
 * so that such values are omitted from saved files (reading them back yields the same constant).
 */
final class NoneValues {
    /**
     * Each type's constant, looked up by the value's class: a record equals only a record of its own
     * class, and comparing with the one constant stops at the first differing component, where a set
     * of them would hash every component of every value written (one per neighbour).
     */
    private static final Map<Class<?>, Object> NONE = Map.of(RouteMap.Match.class, RouteMap.Match.NONE, RouteMap.Set.class,
            RouteMap.Set.NONE, NeighborConfig.class, NeighborConfig.EMPTY, BgpOptions.class, BgpOptions.DEFAULT, MetalLb.class,
            MetalLb.EMPTY, Layout.class, Layout.EMPTY);

    /** The sub-record types this filter leaves out when nothing is set in them. */
    static final Set<Class<?>> TYPES = NONE.keySet();

    @Override
    public boolean equals(Object value) {
        if (value == null) {
            return true;
        }
        Object none = NONE.get(value.getClass());
        return none != null && (none == value || none.equals(value));
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
