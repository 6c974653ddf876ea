package io.peerplan.model.sim;

import java.util.BitSet;

/**
 * The converged (or abandoned) state of one prefix across the network: each speaker's entry
 * ({@code speakers[i]} has {@code entries[i]}),
 * plus what the run used, so that a what-if can tell whether a failure or an override can change
 * this prefix at all: the adjacencies that carried an update or withdraw, and the speakers whose
 * table held a path.
 *
 * @param rounds      the most times any one speaker ran best-path selection for the prefix
 * @param oscillating speakers that were still changing when the run was abandoned (empty when converged)
 * @param arrivals    the arrival counter at the end: a rerun's new paths arrive after every path here
 */
record PrefixOutcome(int prefix, int[] speakers, EntryData[] entries, BitSet usedAdjacencies, BitSet touchedSpeakers,
        int rounds, int[] oscillating, int arrivals) {

    boolean converged() {
        return oscillating.length == 0;
    }

    /** This outcome without the entries of the speakers marked down. */
    PrefixOutcome without(boolean[] down) {
        int[] keptSpeakers = new int[speakers.length];
        EntryData[] keptEntries = new EntryData[speakers.length];
        int n = 0;
        for (int i = 0; i < speakers.length; i++) {
            if (!down[speakers[i]]) {
                keptSpeakers[n] = speakers[i];
                keptEntries[n++] = entries[i];
            }
        }
        if (n == speakers.length) {
            return this;
        }
        return new PrefixOutcome(prefix, java.util.Arrays.copyOf(keptSpeakers, n), java.util.Arrays.copyOf(keptEntries, n),
                usedAdjacencies, touchedSpeakers, rounds, oscillating, arrivals);
    }

    /** The entry of a speaker, or null. {@code speakers} is sorted and parallel to {@code entries}. */
    EntryData entry(int speaker) {
        int i = java.util.Arrays.binarySearch(speakers, speaker);
        return i < 0 ? null : entries[i];
    }
}
