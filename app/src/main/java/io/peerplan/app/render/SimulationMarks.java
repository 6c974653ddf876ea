package io.peerplan.app.render;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What simulation mode lays over the diagram, as plain data computed off the FX thread: the
 * vantage, the peerings on the serving paths (with the service IPs whose traffic crosses them),
 * the service IPs each region serves, the failed elements, and the live session state per
 * peering read from the devices. {@link #NONE} draws nothing.
 *
 * @param vantage     the card traffic is followed from, or null
 * @param pathLinks   peering id → the service IPs whose best paths (and multipaths) cross it
 * @param regionIps   region id → the service IPs it serves from the vantage
 * @param ipOrder     every service IP in colour order (the i-th IP gets the i-th colour)
 * @param failed      failed element ids (cards, regions and peerings greyed out)
 * @param downLinks   peerings whose every session is down in the scenario
 * @param live        peering id → the session state the devices report
 */
public record SimulationMarks(String vantage, Map<String, List<String>> pathLinks, Map<String, List<String>> regionIps,
        List<String> ipOrder, Set<String> failed, Set<String> downLinks, Map<String, LiveLink> live) {

    public static final SimulationMarks NONE = new SimulationMarks(null, Map.of(), Map.of(), List.of(), Set.of(), Set.of(),
            Map.of());

    /** The live state of one peering: the text to show and whether it differs from the design. */
    public record LiveLink(String text, boolean drift) {
    }

    public SimulationMarks {
        pathLinks = Map.copyOf(pathLinks);
        regionIps = Map.copyOf(regionIps);
        ipOrder = List.copyOf(ipOrder);
        failed = Set.copyOf(failed);
        downLinks = Set.copyOf(downLinks);
        live = Map.copyOf(live);
    }

    public SimulationMarks withLive(Map<String, LiveLink> value) {
        return new SimulationMarks(vantage, pathLinks, regionIps, ipOrder, failed, downLinks, value);
    }

    public boolean isEmpty() {
        return vantage == null && failed.isEmpty() && live.isEmpty() && pathLinks.isEmpty();
    }

    /** Distinct, colour-blind-friendly hues (Okabe–Ito), one per service IP in order. */
    private static final String[] HUES = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"};

    public Rgb colour(String ip) {
        int i = ipOrder.indexOf(ip);
        return Rgb.hex(HUES[Math.floorMod(i, HUES.length)]);
    }
}
