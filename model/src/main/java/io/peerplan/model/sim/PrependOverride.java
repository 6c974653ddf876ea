package io.peerplan.model.sim;

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

    @Override
    public String toString() {
        return routerId + "/" + routeMap + ":" + seq + ".prepend=" + count;
    }
}
