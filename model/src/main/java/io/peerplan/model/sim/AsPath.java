package io.peerplan.model.sim;

import java.util.Arrays;
import java.util.List;

/**
 * An AS_PATH made only of AS_SEQUENCE hops (what every element Peerplan models sends): immutable,
 * with its hash and list view cached. Prepending one AS is memoised on the path, so that a router
 * exporting the same route to many eBGP neighbors builds the longer path once.
 */
final class AsPath {
    static final AsPath EMPTY = new AsPath(new long[0]);

    private final long[] hops;
    private int hash;
    private volatile List<Long> list;
    private volatile AsPath prependedOnce;

    private AsPath(long[] hops) {
        this.hops = hops;
    }

    static AsPath of(long... hops) {
        return hops.length == 0 ? EMPTY : new AsPath(hops.clone());
    }

    static AsPath of(List<Long> hops) {
        return hops.isEmpty() ? EMPTY : new AsPath(hops.stream().mapToLong(Long::longValue).toArray());
    }

    /** aspath_count_hops: every AS of a sequence counts one. */
    int length() {
        return hops.length;
    }

    /** The neighbouring AS (leftmost), or -1 for an empty path. */
    long leftmost() {
        return hops.length == 0 ? -1 : hops[0];
    }

    /** How many times the AS appears (FRR aspath_loop_check). */
    int count(long asn) {
        int n = 0;
        for (long h : hops) {
            if (h == asn) {
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
        long[] out = new long[ases.size() + hops.length];
        for (int i = 0; i < ases.size(); i++) {
            out[i] = ases.get(i);
        }
        System.arraycopy(hops, 0, out, ases.size(), hops.length);
        return new AsPath(out);
    }

    /** The path with one AS in front: what an eBGP speaker does on every UPDATE it sends. */
    AsPath prepend(long asn) {
        AsPath p = prependedOnce;
        if (p != null && p.hops[0] == asn) {
            return p;
        }
        long[] out = new long[hops.length + 1];
        out[0] = asn;
        System.arraycopy(hops, 0, out, 1, hops.length);
        p = new AsPath(out);
        prependedOnce = p;
        return p;
    }

    List<Long> asList() {
        List<Long> l = list;
        if (l == null) {
            l = Arrays.stream(hops).boxed().toList();
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
        for (long h : hops) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(h);
        }
        return b.toString();
    }
}
