package io.peerplan.model.sim;

import java.util.Arrays;

/**
 * Sets of small non-negative ints (speaker or session indexes) as sorted arrays without duplicates,
 * never modified once made, so that one array can be shared by every set it equals. The anycast
 * traces hold two per (speaker, prefix) they visit: as {@link java.util.BitSet}s, sized by the highest
 * index set, a trace ending at a node of 20,000 cost kilobytes, 2.6 GB at 10× the scale topology,
 * where these arrays hold a handful of ints each.
 */
final class SortedInts {
    static final int[] EMPTY = new int[0];

    private SortedInts() {
    }

    /** {@code set} with {@code value} added (the same array when it is already there). */
    static int[] with(int[] set, int value) {
        int i = Arrays.binarySearch(set, value);
        if (i >= 0) {
            return set;
        }
        int at = -i - 1;
        int[] out = new int[set.length + 1];
        System.arraycopy(set, 0, out, 0, at);
        out[at] = value;
        System.arraycopy(set, at, out, at + 1, set.length - at);
        return out;
    }

    /** The union; one of the two arrays itself when it already holds the other. */
    static int[] union(int[] a, int[] b) {
        if (b.length == 0 || a == b) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        // Counted first: most unions along a trace add nothing, and then no array is made at all.
        int n = merge(a, b, null);
        if (n == a.length) {
            return a;
        }
        if (n == b.length) {
            return b;
        }
        int[] out = new int[n];
        merge(a, b, out);
        return out;
    }

    /** Walks both sorted sets in step: the size of their union, written into {@code out} unless it is null. */
    private static int merge(int[] a, int[] b, int[] out) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int v;
            if (j == b.length || i < a.length && a[i] < b[j]) {
                v = a[i++];
            } else if (i == a.length || a[i] > b[j]) {
                v = b[j++];
            } else {
                v = a[i++];
                j++;
            }
            if (out != null) {
                out[n] = v;
            }
            n++;
        }
        return n;
    }
}
