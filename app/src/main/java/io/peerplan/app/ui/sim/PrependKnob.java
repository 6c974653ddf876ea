package io.peerplan.app.ui.sim;

import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * A route-map entry that prepends the AS path ({@code set as-path prepend}): the switchover
 * control of seed 000, where the region with the shorter prepend serves the anycast IP.
 *
 * @param count how many times the entry prepends in the design
 */
public record PrependKnob(String routerId, String routeMap, int seq, int count) {

    /** Every prepending entry of the topology's routers, in topology order. */
    public static List<PrependKnob> of(Topology t) {
        List<PrependKnob> out = new ArrayList<>();
        for (Router r : t.routers()) {
            for (RouteMap m : r.routeMaps()) {
                for (RouteMap.Entry e : m.entries()) {
                    if (!e.set().asPathPrepend().isEmpty()) {
                        out.add(new PrependKnob(r.id(), m.name(), e.seq(), e.set().asPathPrepend().size()));
                    }
                }
            }
        }
        return out;
    }

    /** "gateway-alfa-unoone · prpnd_private 10". */
    public String label() {
        return routerId + " · " + routeMap + " " + seq;
    }

    boolean sameEntry(String router, String map, int sequence) {
        return routerId.equals(router) && routeMap.equals(map) && seq == sequence;
    }
}
