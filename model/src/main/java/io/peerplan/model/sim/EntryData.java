package io.peerplan.model.sim;

/**
 * One speaker's frozen table entry for one prefix: every path in FRR's list order (newest first,
 * local routes last), the selection, and the reason. It names no speaker ({@link PrefixOutcome}
 * holds the speakers alongside), so speakers with the same entry, such as the MetalLB speakers
 * announcing one service, share one instance.
 */
record EntryData(Route[] candidates, Route best, Route[] multipath, SelectionReason reason) {

    /** True for a table holding only this local route, selected as the first path. */
    boolean isOnly(Route local) {
        return candidates.length == 1 && candidates[0] == local && best == local && multipath.length == 0
                && reason == SelectionReason.FIRST;
    }
}
