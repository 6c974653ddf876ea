package io.peerplan.model.sim;

import io.peerplan.model.Ip;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How long a silent failure on the way from a vantage to a service IP goes unnoticed: each
 * session on the serving paths with its detection (BFD where both ends run it in the same hop
 * mode, else the hold time), and so how many requests are lost at a request rate before BGP moves
 * the traffic (seed 000 measured 96 lost at 127 rps with BFD 300 ms × 3).
 */
public record FailoverBudget(Ip serviceIp, String vantage, List<SessionBudget> sessions) {

    public FailoverBudget {
        sessions = List.copyOf(sessions);
    }

    /**
     * One session on the serving path.
     *
     * @param speakerSession true when one end is a cluster node's speaker (MetalLB, frr-k8s or Cilium),
     *                       the sessions a switch of speaker changes
     */
    public record SessionBudget(String session, String a, String b, Detection detection, boolean speakerSession) {
        public long requestsLost(double rps) {
            return detection.requestsLost(rps);
        }
    }

    /** The slowest detection on the path: the budget if that session's far end fails. */
    public Optional<SessionBudget> worst() {
        return sessions.stream().max(Comparator.comparingLong(s -> s.detection().mechanism() == Detection.Mechanism.NEVER
                ? Long.MAX_VALUE : s.detection().millis()));
    }
}
