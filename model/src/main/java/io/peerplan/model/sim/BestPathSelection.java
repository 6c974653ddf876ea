package io.peerplan.model.sim;

import java.util.Arrays;

/**
 * FRR's {@code bgp_best_selection}: walks the prefix's path list (newest first, as FRR links new
 * paths at the head) with {@link BestPathComparator}, first per neighbouring AS when
 * {@code bgp deterministic-med} is on, then over all, then once more against the winner to find the
 * multipath set.
 *
 * <p>The reason reported is the one of the last comparison made, because FRR 8.x passes
 * {@code &dest->reason} to every {@code bgp_path_info_cmp} call, including those of the multipath
 * pass. With a single path it is "First path received". One exception: the first path of the
 * pass over all (compared with nothing) keeps a reason the deterministic-med groups already gave
 * ({@code if (new_select == NULL && reason != bgp_path_selection_none) dest->reason = reason}), so a
 * group winner that is the only candidate left shows how it won its group ("Router ID", "Peer
 * Type"), not "First path received" (found by the differential test, random topology 296; the lab pins it in
 * DifferentialFindingsLabTest).
 */
final class BestPathSelection {
    private BestPathSelection() {
    }

    /**
     * @param paths    the candidates in FRR's list order (newest first); invalid ones are skipped
     * @param n        how many of {@code paths} are in use
     * @param selected the best path of the previous run, or null (for FRR's "Older Path" step)
     */
    static Selection select(Route[] paths, int n, DecisionOptions o, Route selected) {
        int reason = SelectionReason.NONE.ordinal();
        boolean[] dmedSelected = null;
        if (o.deterministicMed() && n > 1) {
            dmedSelected = new boolean[n];
            boolean[] checked = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (!paths[i].valid || checked[i]) {
                    continue;
                }
                int winner = i;
                // Group the paths of the same neighbouring AS (aspath_cmp_left) and keep the best
                // of each group: MED decides inside a group whatever the arrival order.
                for (int j = i + 1; j < n; j++) {
                    if (checked[j] || !paths[j].valid || !sameLeftmost(paths[i], paths[j])) {
                        continue;
                    }
                    int r = BestPathComparator.compare(paths[j], paths[winner], o, selected);
                    reason = r >>> 2;
                    if (BestPathComparator.newWins(r)) {
                        winner = j;
                    }
                    checked[j] = true;
                }
                checked[i] = true;
                dmedSelected[winner] = true;
            }
        }
        Route best = null;
        for (int i = 0; i < n; i++) {
            Route p = paths[i];
            if (!p.valid || (dmedSelected != null && !dmedSelected[i])) {
                continue;
            }
            if (best == null && reason != SelectionReason.NONE.ordinal()) {
                // The first path against nothing: the group pass's reason stands (bgp_best_selection).
                best = p;
                continue;
            }
            int r = BestPathComparator.compare(p, best, o, selected);
            reason = r >>> 2;
            if (BestPathComparator.newWins(r)) {
                best = p;
            }
        }
        if (best == null) {
            return Selection.EMPTY;
        }
        Route[] multipath = Selection.NO_ROUTES;
        // A single path has no equal to share the multipath set with.
        if (o.multipath() && n > 1) {
            Route[] equal = new Route[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                Route p = paths[i];
                if (p == best || !p.valid) {
                    continue;
                }
                int r = BestPathComparator.compare(p, best, o, selected);
                reason = r >>> 2;
                if (BestPathComparator.pathsEqual(r)) {
                    equal[count++] = p;
                }
            }
            multipath = multipathSet(best, equal, count, best.ebgp() ? o.maxPathsEbgp() : o.maxPathsIbgp());
        }
        return new Selection(best, multipath, SelectionReason.ofOrdinal(reason));
    }

    /**
     * bgp_path_info_mpath_update: the best plus the equal paths in next-hop order, one per distinct
     * next hop, up to {@code maximum-paths} (the iBGP limit when the best is iBGP or local, since
     * FRR's peer_self sorts as internal).
     */
    private static Route[] multipathSet(Route best, Route[] equal, int count, int max) {
        if (count == 0 || max < 2) {
            return Selection.NO_ROUTES;
        }
        Route[] sorted = Arrays.copyOf(equal, count);
        Arrays.sort(sorted, (a, b) -> a.nextHop != b.nextHop ? V4.compare(a.nextHop, b.nextHop)
                : V4.compare(a.peerAddress(), b.peerAddress()));
        Route[] out = new Route[Math.min(max, count + 1)];
        out[0] = best;
        int k = 1;
        for (Route r : sorted) {
            if (k == out.length) {
                break;
            }
            boolean distinct = true;
            for (int i = 0; i < k; i++) {
                if (out[i].nextHop == r.nextHop) {
                    distinct = false;
                    break;
                }
            }
            if (distinct) {
                out[k++] = r;
            }
        }
        return k == 1 ? Selection.NO_ROUTES : Arrays.copyOf(out, k);
    }

    private static boolean sameLeftmost(Route a, Route b) {
        return a.asPath.leftmost() == b.asPath.leftmost();
    }
}
