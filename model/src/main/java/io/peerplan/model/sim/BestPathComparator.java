package io.peerplan.model.sim;

/**
 * FRR's {@code bgp_path_info_cmp} (bgpd/bgp_route.c): which of two paths to one prefix is better,
 * the step that decided it, and whether the two are equal enough to be multipath. One block per
 * decision step, in FRR's order (reference.md §2); the first difference decides.
 *
 * <p>Known gaps, none of which Peerplan's designs can express: EVPN, AIGP, accept-own,
 * confederations (so {@code bgp bestpath med confed} and {@code as-path confed} change nothing),
 * LLGR/stale paths, {@code maximum-paths ibgp N equal-cluster-length}.
 *
 * <p>The result is packed into one int so that the selection loop allocates nothing:
 * {@link #newWins}, {@link #pathsEqual}, {@link #reason}.
 */
final class BestPathComparator {
    private BestPathComparator() {
    }

    static boolean newWins(int result) {
        return (result & 1) != 0;
    }

    static boolean pathsEqual(int result) {
        return (result & 2) != 0;
    }

    static SelectionReason reason(int result) {
        return SelectionReason.ofOrdinal(result >>> 2);
    }

    private static int win(SelectionReason r, boolean eq) {
        return r.ordinal() << 2 | (eq ? 2 : 0) | 1;
    }

    private static int lose(SelectionReason r, boolean eq) {
        return r.ordinal() << 2 | (eq ? 2 : 0);
    }

    /**
     * Compares {@code nw} (the path being considered) with {@code exist} (the best so far).
     *
     * @param selected the path that was best before this run (FRR's BGP_PATH_SELECTED flag), or null
     */
    static int compare(Route nw, Route exist, DecisionOptions o, Route selected) {
        if (exist == null) {
            return win(SelectionReason.FIRST, false);
        }

        // 1. Weight: higher wins. Local routes carry 32768 (BGP_ATTR_DEFAULT_WEIGHT), learned ones
        // the neighbor's `weight` or 0.
        if (nw.weight != exist.weight) {
            return nw.weight > exist.weight ? win(SelectionReason.WEIGHT, false) : lose(SelectionReason.WEIGHT, false);
        }

        // 2. Local preference: higher wins; a path without LOCAL_PREF counts as
        // `bgp default local-preference` (100).
        long nwPref = nw.localPref == Route.NONE ? 100 : nw.localPref;
        long exPref = exist.localPref == Route.NONE ? 100 : exist.localPref;
        if (nwPref != exPref) {
            return nwPref > exPref ? win(SelectionReason.LOCAL_PREF, false) : lose(SelectionReason.LOCAL_PREF, false);
        }

        // 3. Locally originated (network, aggregate, redistribute: sub_type other than
        // BGP_ROUTE_NORMAL) beats learned.
        if (nw.isLocal() != exist.isLocal()) {
            return nw.isLocal() ? win(SelectionReason.LOCAL_ROUTE, false) : lose(SelectionReason.LOCAL_ROUTE, false);
        }

        // 4. AS path length (aspath_count_hops): shorter wins; skipped entirely with `bgp bestpath
        // as-path ignore` (BGP_FLAG_ASPATH_IGNORE).
        if (!o.asPathIgnore() && nw.asPath.length() != exist.asPath.length()) {
            return nw.asPath.length() < exist.asPath.length() ? win(SelectionReason.AS_PATH, false)
                    : lose(SelectionReason.AS_PATH, false);
        }

        // 5. Origin: IGP < EGP < incomplete.
        if (nw.origin != exist.origin) {
            return nw.origin < exist.origin ? win(SelectionReason.ORIGIN, false) : lose(SelectionReason.ORIGIN, false);
        }

        // 6. MED: lower wins, but only between paths from the same neighbouring AS (aspath_cmp_left:
        // equal leftmost AS), both locally originated or iBGP-internal (both paths empty), or with
        // `bgp always-compare-med`. A missing MED counts as 0, or as the worst value with `bgp
        // bestpath med missing-as-worst` (bgp_med_value).
        boolean bothInternal = nw.asPath.length() == 0 && exist.asPath.length() == 0;
        boolean sameNeighborAs = nw.asPath.length() > 0 && nw.asPath.leftmost() == exist.asPath.leftmost();
        if (o.alwaysCompareMed() || sameNeighborAs || bothInternal) {
            long nwMed = nw.medValue(o.medMissingAsWorst());
            long exMed = exist.medValue(o.medMissingAsWorst());
            if (nwMed != exMed) {
                return nwMed < exMed ? win(SelectionReason.MED, false) : lose(SelectionReason.MED, false);
            }
        }

        // 7. Peer type: eBGP beats iBGP. FRR's peer_self (local routes) sorts as internal. With
        // `bgp bestpath peer-type multipath-relax` (BGP_FLAG_PEERTYPE_MULTIPATH_RELAX) the winner is
        // only remembered (peer_sort_ret): the IGP metric still decides first, and the multipath
        // equality is computed before the peer type's verdict is returned.
        int peerType = -1;
        if (nw.ebgp() != exist.ebgp()) {
            if (!o.peerTypeMultipathRelax()) {
                return nw.ebgp() ? win(SelectionReason.PEER_TYPE, false) : lose(SelectionReason.PEER_TYPE, false);
            }
            peerType = nw.ebgp() ? 1 : 0;
        }

        // 8. IGP metric to the next hop: lower wins. Peerplan models no IGP, so every next hop
        // that resolves costs 0 and this step decides only in tests. A remembered peer-type verdict
        // goes first, with its own reason.
        if (nw.igpMetric != exist.igpMetric) {
            if (peerType >= 0) {
                return peerType == 1 ? win(SelectionReason.PEER_TYPE, false) : lose(SelectionReason.PEER_TYPE, false);
            }
            return nw.igpMetric < exist.igpMetric ? win(SelectionReason.IGP_METRIC, false)
                    : lose(SelectionReason.IGP_METRIC, false);
        }

        // 9. Multipath: the paths are equal for ECMP. With `bgp bestpath as-path multipath-relax`
        // any two paths that got this far are (BGP_FLAG_ASPATH_MULTIPATH_RELAX); else iBGP paths need
        // identical AS paths (aspath_cmp) and eBGP paths the same neighbouring AS (peer->as), judged
        // by the new path's peer type. The comparison goes on to pick one best all the same.
        boolean eq = o.asPathMultipathRelax() || (!nw.ebgp() ? nw.asPath.equals(exist.asPath)
                : nw.neighborAs() == exist.neighborAs());
        if (peerType >= 0) {
            return peerType == 1 ? win(SelectionReason.PEER_TYPE, eq) : lose(SelectionReason.PEER_TYPE, eq);
        }

        // 10. Older path: between two eBGP paths the one already selected stays (avoids flaps),
        // unless `bgp bestpath compare-routerid`.
        if (!o.compareRouterId() && nw.ebgp() && exist.ebgp() && selected != null) {
            if (nw.sameSource(selected)) {
                return win(SelectionReason.OLDER_PATH, eq);
            }
            if (exist.sameSource(selected)) {
                return lose(SelectionReason.OLDER_PATH, eq);
            }
        }

        // 11. Router-ID: lower wins; a reflected path is compared by its ORIGINATOR_ID.
        int nwId = nw.comparisonRouterId();
        int exId = exist.comparisonRouterId();
        if (nwId != exId) {
            return V4.compare(nwId, exId) < 0 ? win(SelectionReason.ROUTER_ID, eq) : lose(SelectionReason.ROUTER_ID, eq);
        }

        // 12. Cluster-list length: shorter wins.
        if (nw.clusterList.length != exist.clusterList.length) {
            return nw.clusterList.length < exist.clusterList.length ? win(SelectionReason.CLUSTER_LENGTH, eq)
                    : lose(SelectionReason.CLUSTER_LENGTH, eq);
        }

        // 13. Neighbor address: lower wins. A locally configured route has no peer address and
        // loses here (FRR: su_remote == NULL).
        if (nw.isLocal()) {
            return lose(SelectionReason.LOCALLY_CONFIGURED, eq);
        }
        if (exist.isLocal()) {
            return win(SelectionReason.LOCALLY_CONFIGURED, eq);
        }
        if (nw.peerAddress() != exist.peerAddress()) {
            return V4.compare(nw.peerAddress(), exist.peerAddress()) < 0 ? win(SelectionReason.NEIGHBOR_IP, eq)
                    : lose(SelectionReason.NEIGHBOR_IP, eq);
        }

        // Nothing left to compare: the newer path wins.
        return win(SelectionReason.NOTHING_LEFT, eq);
    }
}
