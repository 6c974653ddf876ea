package io.peerplan.model.io;

import io.peerplan.model.BgpOptions;
import io.peerplan.model.Layout;
import io.peerplan.model.MetalLb;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.RouteMap;
import java.util.List;
import java.util.Set;

/**
 * Jackson value filter: {@code equals} answers true for the "nothing set" constant of a sub-record,
 * so that such values are omitted from saved files (reading them back yields the same constant).
 */
final class NoneValues {
    static final List<Class<?>> TYPES = List.of(RouteMap.Match.class, RouteMap.Set.class, NeighborConfig.class,
            BgpOptions.class, MetalLb.class, Layout.class);

    private static final Set<Object> NONE = Set.of(RouteMap.Match.NONE, RouteMap.Set.NONE, NeighborConfig.EMPTY,
            BgpOptions.DEFAULT, MetalLb.EMPTY, Layout.EMPTY);

    @Override
    public boolean equals(Object value) {
        return value == null || NONE.contains(value);
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
