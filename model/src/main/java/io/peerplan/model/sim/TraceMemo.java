package io.peerplan.model.sim;

import io.peerplan.model.sim.ServingAnalysis.Trace;

/**
 * The anycast traces memoised per (prefix, speaker): for each prefix a small open-addressing table
 * from speaker to trace, made when the prefix is first traced. A prefix is traced from a few dozen
 * speakers (the viewpoints and the routers on their paths); one map over all pairs held a boxed key
 * and a node per trace, about 125 MB of the 10× scale topology's heap.
 *
 * <p>Callers hold {@link #lock(int)} of the prefix around {@link #get} and {@link #put}: a trace
 * recurses within one prefix, and the stripes are reentrant monitors.
 */
final class TraceMemo {
    private static final int STRIPES = 64;
    /** Speaker index + 1; 0 marks a free slot. */
    private final int[][] keys;
    private final Trace[][] values;
    private final int[] sizes;
    private final Object[] locks = new Object[STRIPES];

    TraceMemo(int prefixes) {
        keys = new int[prefixes][];
        values = new Trace[prefixes][];
        sizes = new int[prefixes];
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    Object lock(int prefix) {
        return locks[prefix % STRIPES];
    }

    Trace get(int prefix, int speaker) {
        int[] k = keys[prefix];
        if (k == null) {
            return null;
        }
        int mask = k.length - 1;
        for (int i = mix(speaker) & mask; k[i] != 0; i = (i + 1) & mask) {
            if (k[i] == speaker + 1) {
                return values[prefix][i];
            }
        }
        return null;
    }

    void put(int prefix, int speaker, Trace trace) {
        if (keys[prefix] == null) {
            keys[prefix] = new int[8];
            values[prefix] = new Trace[8];
        } else if ((sizes[prefix] + 1) * 4 > keys[prefix].length * 3) {
            grow(prefix);
        }
        if (insert(keys[prefix], values[prefix], speaker, trace)) {
            sizes[prefix]++;
        }
    }

    private void grow(int prefix) {
        int[] oldKeys = keys[prefix];
        Trace[] oldValues = values[prefix];
        int[] k = new int[oldKeys.length * 2];
        Trace[] v = new Trace[k.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(k, v, oldKeys[i] - 1, oldValues[i]);
            }
        }
        keys[prefix] = k;
        values[prefix] = v;
    }

    /** True when the speaker was not there yet. */
    private static boolean insert(int[] k, Trace[] v, int speaker, Trace trace) {
        int mask = k.length - 1;
        int i = mix(speaker) & mask;
        for (; k[i] != 0; i = (i + 1) & mask) {
            if (k[i] == speaker + 1) {
                v[i] = trace;
                return false;
            }
        }
        k[i] = speaker + 1;
        v[i] = trace;
        return true;
    }

    /** Speaker indexes of one prefix's paths cluster (routers first): spread them over the table. */
    private static int mix(int speaker) {
        return speaker * 0x9E3779B9 >>> 16 ^ speaker;
    }
}
