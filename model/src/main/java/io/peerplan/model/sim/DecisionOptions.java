package io.peerplan.model.sim;

/**
 * The router-wide settings that steer FRR's decision process ({@code bgp_path_info_cmp},
 * bgpd/bgp_route.c): {@code bgp always-compare-med}, {@code bgp bestpath compare-routerid},
 * {@code bgp deterministic-med}, {@code maximum-paths} for eBGP and iBGP, and the {@code bgp
 * bestpath as-path ignore|multipath-relax}, {@code med missing-as-worst} and {@code peer-type
 * multipath-relax} knobs. ({@code bgp bestpath med confed} only touches confederation paths, which no
 * design has, so it steers nothing here.)
 */
record DecisionOptions(boolean alwaysCompareMed, boolean compareRouterId, boolean deterministicMed,
        int maxPathsEbgp, int maxPathsIbgp, boolean asPathIgnore, boolean asPathMultipathRelax,
        boolean medMissingAsWorst, boolean peerTypeMultipathRelax) {

    /** FRR's defaults under {@code frr defaults traditional} with maximum-paths 1. */
    static final DecisionOptions PLAIN = new DecisionOptions(false, false, false, 1, 1);

    /** The options with every {@code bgp bestpath} knob at FRR's default (off). */
    DecisionOptions(boolean alwaysCompareMed, boolean compareRouterId, boolean deterministicMed, int maxPathsEbgp,
            int maxPathsIbgp) {
        this(alwaysCompareMed, compareRouterId, deterministicMed, maxPathsEbgp, maxPathsIbgp, false, false, false, false);
    }

    /** FRR's {@code do_mpath}: multipath is computed when either limit is above one. */
    boolean multipath() {
        return maxPathsEbgp > 1 || maxPathsIbgp > 1;
    }
}
