package io.peerplan.model.sim;

import java.util.BitSet;

/**
 * The converged (or abandoned) state of one prefix across the network: each speaker's entry,
 * plus what the run used, so that a what-if can tell whether a failure or an override can change
 * this prefix at all: the adjacencies that carried an update or withdraw, and the speakers whose
 * table held a path.
 *
 * @param rounds      the most times any one speaker ran best-path selection for the prefix
 * @param oscillating speakers that were still changing when the run was abandoned (empty when converged)
 * @param arrivals    the arrival counter at the end: a rerun's new paths arrive after every path here
 */
record PrefixOutcome(int prefix, EntryData[] entries, BitSet usedAdjacencies, BitSet touchedSpeakers,
        int rounds, int[] oscillating, int arrivals) {

    boolean converged() {
        return oscillating.length == 0;
    }

    /** The entry of a speaker, or null. Entries are sorted by speaker index. */
    EntryData entry(int speaker) {
        int lo = 0;
        int hi = entries.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = entries[mid].speaker();
            if (s < speaker) {
                lo = mid + 1;
            } else if (s > speaker) {
                hi = mid - 1;
            } else {
                return entries[mid];
            }
        }
        return null;
    }
}
