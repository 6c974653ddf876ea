package io.peerplan.model.sim;

/**
 * One speaker's frozen table entry for one prefix: every path in FRR's list order (newest first,
 * local routes last), the selection, and the reason.
 */
record EntryData(int speaker, Route[] candidates, Route best, Route[] multipath, SelectionReason reason) {
}
