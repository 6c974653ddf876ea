package io.peerplan.model.session;

import io.peerplan.model.Peering;
import java.util.List;

/**
 * Why a peering (or part of it) yields no session, in Batfish's terms: nothing answers at the
 * configured address (no match), one side is configured but the other does not peer back (half-open),
 * the address is held by several elements (multiple matches), a listen range does not cover a
 * speaker, or the router already has a neighbor at that address from another peering.
 */
public record SessionProblem(Peering peering, Kind kind, String message, List<String> elementIds, String fixHint) {

    public enum Kind { NO_MATCH, HALF_OPEN, MULTIPLE_MATCHES, LISTEN_RANGE_MISS, DUPLICATE_NEIGHBOR }

    public SessionProblem {
        elementIds = List.copyOf(elementIds);
    }
}
