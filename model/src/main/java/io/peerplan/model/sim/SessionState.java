package io.peerplan.model.sim;

import io.peerplan.model.Ip;

/**
 * One simulated BGP session: for a cluster end, one per node speaker, with the id
 * {@code PEERING/NODE}. {@code downReason} says why it is not Established (null when it is);
 * {@code detection} is how fast a silent failure of either end is noticed (null when the ends
 * disagree).
 *
 * @param type "internal" or "external"
 */
public record SessionState(String id, String peering, String a, String b, Ip addressA, Ip addressB, String type,
        boolean up, String downReason, Detection detection) {
}
