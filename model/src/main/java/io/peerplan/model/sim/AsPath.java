package io.peerplan.model.sim;

import java.util.Arrays;
import java.util.List;

/**
 * An AS_PATH made only of AS_SEQUENCE hops (what every element Peerplan models sends), each AS a
 * 32-bit unsigned number kept in an int (half the memory of longs across millions of paths): immutable,
 * with its hash and list view cached. Prepending one AS is memoised on the path, so that a router
 * exporting the same route to many eBGP neighbors builds the longer path once.
 */
final class AsPath {
    static final AsPath EMPTY = new AsPath(new int[0]);

    private final int[] hops;
    private int hash;
    private volatile List<Long> list;
    private volatile AsPath prependedOnce;

    private AsPath(int[] hops) {
        this.hops = hops;
    }

    static AsPath of(long... hops) {
        if (hops.length == 0) {
            return EMPTY;
        }
        int[] h = new int[hops.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = (int) hops[i];
        }
        return new AsPath(h);
    }

    /** aspath_count_hops: every AS of a sequence counts one. */
    int length() {
        return hops.length;
    }

    /** The neighbouring AS (leftmost), or -1 for an empty path. */
    long leftmost() {
        return hops.length == 0 ? -1 : Integer.toUnsignedLong(hops[0]);
    }

    /** How many times the AS appears (FRR aspath_loop_check). */
    int count(long asn) {
        int n = 0;
        int a = (int) asn;
        for (int h : hops) {
            if (h == a) {
                n++;
            }
        }
        return n;
    }

    /** The path with these ASes in front, in the order given ({@code set as-path prepend A B}). */
    AsPath prepend(List<Long> ases) {
        if (ases.isEmpty()) {
            return this;
        }
        int[] out = new int[ases.size() + hops.length];
        for (int i = 0; i < ases.size(); i++) {
            out[i] = (int) (long) ases.get(i);
        }
        System.arraycopy(hops, 0, out, ases.size(), hops.length);
        return new AsPath(out);
    }

    /** The path with one AS in front: what an eBGP speaker does on every UPDATE it sends. */
    AsPath prepend(long asn) {
        AsPath p = prependedOnce;
        if (p != null && p.hops[0] == (int) asn) {
            return p;
        }
        int[] out = new int[hops.length + 1];
        out[0] = (int) asn;
        System.arraycopy(hops, 0, out, 1, hops.length);
        p = new AsPath(out);
        prependedOnce = p;
        return p;
    }

    List<Long> asList() {
        List<Long> l = list;
        if (l == null) {
            l = Arrays.stream(hops).mapToLong(Integer::toUnsignedLong).boxed().toList();
            list = l;
        }
        return l;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof AsPath p && Arrays.equals(p.hops, hops));
    }

    /** Computed on first use (racy but idempotent, like String's). */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && hops.length > 0) {
            h = Arrays.hashCode(hops);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int h : hops) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Integer.toUnsignedLong(h));
        }
        return b.toString();
    }
}
