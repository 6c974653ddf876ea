package io.peerplan.model.session;

import io.peerplan.model.Ip;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Peering;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The neighbor statements of one router (or vantage), derived from the peerings: a router end with
 * a {@code peerAddress} is a {@code neighbor} statement with that end's own config; a router end with
 * {@code listenRange: true} is accepted through {@code bgp listen range} and needs no statement.
 * One statement per address: FRR keeps one neighbor per address ({@code peer_remote_as},
 * bgpd/bgpd.c, finds the existing peer and reconfigures it), so a later peering to the same address
 * adds no neighbor, and {@link Sessions} no session. The exporters render these statements; ends
 * that can be neither are reported as problems rather than dropped silently.
 */
public final class RouterNeighbors {
    private final List<Neighbor> neighbors;
    private final List<Peering.End> listenRangeEnds;
    private final List<String> problems;

    private RouterNeighbors(List<Neighbor> neighbors, List<Peering.End> listenRangeEnds, List<String> problems) {
        this.neighbors = List.copyOf(neighbors);
        this.listenRangeEnds = List.copyOf(listenRangeEnds);
        this.problems = List.copyOf(problems);
    }

    /** The neighbors of element {@code elementId} (a router or vantage id), in peering order. */
    public static RouterNeighbors of(TopologyIndex index, String elementId) {
        Map<Ip, Neighbor> byAddress = new LinkedHashMap<>();
        List<Peering.End> ranges = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Peering p : index.peeringsOf(elementId)) {
            if (p.a().element().equals(elementId) && p.b().element().equals(elementId)) {
                problems.add("peering '" + p.id() + "' has both ends on '" + elementId + "'; left out");
                continue;
            }
            Peering.End own = p.endOf(elementId);
            Peering.End other = p.otherEnd(elementId);
            if (own.listenRange()) {
                ranges.add(own);
                if (!own.config().setsOnlyPeerGroup()) {
                    problems.add("peering '" + p.id() + "': settings on a listen-range end other than its peer-group "
                            + "cannot be written per session; put them on peer-group '" + own.config().peerGroup() + "'");
                }
                continue;
            }
            if (own.peerAddress() == null) {
                problems.add("peering '" + p.id() + "': the end on '" + elementId
                        + "' has neither a peerAddress nor listenRange; no neighbor statement can be written");
                continue;
            }
            Neighbor n = new Neighbor(own.peerAddress(), own.config(), p, other);
            Neighbor first = byAddress.putIfAbsent(own.peerAddress(), n);
            if (first != null) {
                problems.add("peering '" + p.id() + "' repeats neighbor " + own.peerAddress() + " of peering '"
                        + first.peering().id() + "' on '" + elementId + "'; only the first is written");
            }
        }
        return new RouterNeighbors(new ArrayList<>(byAddress.values()), ranges, problems);
    }

    /** Configured neighbors, unique by address, in peering order. */
    public List<Neighbor> neighbors() {
        return neighbors;
    }

    /** Router ends that accept their session through a listen range. */
    public List<Peering.End> listenRangeEnds() {
        return listenRangeEnds;
    }

    /** What could not be expressed, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
