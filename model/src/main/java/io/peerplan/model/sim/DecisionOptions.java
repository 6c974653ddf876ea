package io.peerplan.model.sim;

/**
 * The router-wide settings that steer FRR's decision process: {@code bgp always-compare-med},
 * {@code bgp bestpath compare-routerid}, {@code bgp deterministic-med} and {@code maximum-paths}
 * for eBGP and iBGP.
 */
record DecisionOptions(boolean alwaysCompareMed, boolean compareRouterId, boolean deterministicMed,
        int maxPathsEbgp, int maxPathsIbgp) {

    /** FRR's defaults under {@code frr defaults traditional} with maximum-paths 1. */
    static final DecisionOptions PLAIN = new DecisionOptions(false, false, false, 1, 1);

    /** FRR's {@code do_mpath}: multipath is computed when either limit is above one. */
    boolean multipath() {
        return maxPathsEbgp > 1 || maxPathsIbgp > 1;
    }
}
