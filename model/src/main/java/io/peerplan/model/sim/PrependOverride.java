package io.peerplan.model.sim;

import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A what-if change to one route-map entry's AS-path prepend: {@code count} copies of the AS the
 * entry already prepends (the router's own AS when it prepends nothing). Seed 000's switchover is
 * {@code new PrependOverride("gateway-alfa-unoone", "prpnd_private", 10, 5)}; 0 removes the prepend.
 */
public record PrependOverride(String routerId, String routeMap, int seq, int count) {
    private static final Pattern SYNTAX = Pattern.compile("([^/\\s]+)/([^:\\s]+):(\\d+)\\.prepend=(\\d+)");

    public PrependOverride {
        if (routerId == null || routerId.isBlank() || routeMap == null || routeMap.isBlank()) {
            throw new IllegalArgumentException("a prepend override needs a router id and a route-map name");
        }
        if (count < 0 || count > 64) {
            throw new IllegalArgumentException("prepend count " + count + " is out of range (0..64)");
        }
    }

    /** Whether the text has the shape {@code ROUTER/ROUTEMAP:SEQ.prepend=N} (its numbers may still be out of range). */
    public static boolean matches(String text) {
        return text != null && SYNTAX.matcher(text.trim()).matches();
    }

    /** Parses the CLI form {@code ROUTER/ROUTEMAP:SEQ.prepend=N}. */
    public static PrependOverride parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not ROUTER/ROUTEMAP:SEQ.prepend=N "
                    + "(e.g. gateway-alfa-unoone/prpnd_private:10.prepend=5)");
        }
        try {
            return new PrependOverride(m.group(1), m.group(2), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': sequence and count must be small numbers");
        }
    }

    /**
     * The design with this override made permanent ({@code peerplan set}), through the same
     * {@link Policies#withPrepend} the simulator applies; a wrong router, route-map or sequence
     * number is named with the closest ones.
     */
    public Topology applyTo(Topology t) {
        Router r = t.routers().stream().filter(x -> x.id().equals(routerId)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                this + ": no router '" + routerId + "'; routers: " + String.join(", ", t.routers().stream().map(Router::id).toList())));
        RouteMap map = r.routeMap(routeMap).orElseThrow(() -> new IllegalArgumentException(this + ": router " + routerId
                + " has no route-map '" + routeMap + "'; its route-maps: " + String.join(", ", r.routeMaps().stream().map(RouteMap::name).toList())));
        if (map.entry(seq) == null) {
            throw new IllegalArgumentException(this + ": route-map " + routeMap + " on " + routerId + " has no entry " + seq
                    + "; its entries: " + String.join(", ", map.entries().stream().map(e -> Integer.toString(e.seq())).toList()));
        }
        Router edited = r.withRouteMaps(Policies.withPrepend(r.routeMaps(), routeMap, seq, count, r.asn() == null ? 0 : r.asn().value()));
        return t.withRouters(t.routers().stream().map(x -> x == r ? edited : x).toList());
    }

    @Override
    public String toString() {
        return routerId + "/" + routeMap + ":" + seq + ".prepend=" + count;
    }
}
