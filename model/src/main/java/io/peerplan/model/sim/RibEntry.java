package io.peerplan.model.sim;

import io.peerplan.model.IpPrefix;
import java.util.List;
import java.util.Optional;

/**
 * One prefix in one speaker's table: every path (FRR's list order: newest first, local paths
 * last), the best, the multipath set (empty unless at least two paths are installed, as FRR marks
 * none otherwise) and FRR's selection reason.
 *
 * @param selectionReason FRR's exact {@code selectionReason} string, e.g. "AS Path"; "Nothing to
 *                        Select" when no path is usable
 */
public record RibEntry(IpPrefix prefix, Optional<BgpPath> best, List<BgpPath> candidates, List<BgpPath> multipath,
        String selectionReason) {

    public RibEntry {
        candidates = List.copyOf(candidates);
        multipath = List.copyOf(multipath);
    }

    /** The reason as an enum value. */
    public SelectionReason reason() {
        for (SelectionReason r : SelectionReason.values()) {
            if (r.frrText().equals(selectionReason)) {
                return r;
            }
        }
        return SelectionReason.NONE;
    }
}
