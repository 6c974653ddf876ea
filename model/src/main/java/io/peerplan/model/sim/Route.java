package io.peerplan.model.sim;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One path to one prefix in one speaker's BGP table: an immutable value, built with
 * {@link Builder} (Batfish's {@code Bgpv4Route} is the model). Besides the path attributes it
 * carries what FRR's {@code bgp_path_info} knows about where it came from (peer address, router-id,
 * peer type and AS), because the best-path comparator needs them.
 */
final class Route {
    static final byte IGP = 0;
    static final byte EGP = 1;
    static final byte INCOMPLETE = 2;
    /** bgp_origin_long_str: what FRR's JSON prints as {@code origin}. */
    static final String[] ORIGIN_TEXT = {"IGP", "EGP", "incomplete"};
    static final int[] NO_CLUSTERS = new int[0];
    static final long NONE = -1;

    /** How a locally originated route entered the table (FRR's BGP_ROUTE_STATIC / _REDISTRIBUTE). */
    enum LocalKind {
        NETWORK("network statement"),
        CONNECTED("redistribute connected"),
        STATIC("redistribute static"),
        METALLB("MetalLB service announcement");

        final String description;

        LocalKind(String description) {
            this.description = description;
        }
    }

    final Source source;
    final LocalKind local;
    final AsPath asPath;
    final byte origin;
    final long med;
    final long localPref;
    final int weight;
    final int nextHop;
    final List<String> communities;
    final int originatorId;
    final int[] clusterList;
    final int igpMetric;
    final boolean valid;
    final int arrival;

    private Route(Builder b) {
        source = b.source;
        local = b.local;
        asPath = Objects.requireNonNull(b.asPath);
        origin = b.origin;
        med = b.med;
        localPref = b.localPref;
        weight = b.weight;
        nextHop = b.nextHop;
        communities = b.communities;
        originatorId = b.originatorId;
        clusterList = b.clusterList;
        igpMetric = b.igpMetric;
        valid = b.valid;
        arrival = b.arrival;
    }

    static Builder builder() {
        return new Builder();
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    boolean isLocal() {
        return local != null;
    }

    int adjacency() {
        return source.adjacency();
    }

    int fromSpeaker() {
        return source.speaker();
    }

    boolean ebgp() {
        return source.ebgp();
    }

    long neighborAs() {
        return source.neighborAs();
    }

    int peerAddress() {
        return source.peerAddress();
    }

    int peerRouterId() {
        return source.peerRouterId();
    }

    /**
     * bgp_med_value (bgpd/bgp_route.c): a missing MED counts as 0, or as BGP_MED_MAX (4294967295)
     * with {@code bgp bestpath med missing-as-worst}.
     */
    long medValue(boolean missingAsWorst) {
        return med != NONE ? med : missingAsWorst ? MED_MAX : 0;
    }

    /** BGP_MED_MAX (bgpd/bgp_attr.h): UINT32_MAX. */
    static final long MED_MAX = 4294967295L;

    /** The id FRR's Router ID step uses: ORIGINATOR_ID when reflected, else the peer's router-id. */
    int comparisonRouterId() {
        return originatorId != 0 ? originatorId : source.peerRouterId();
    }

    /** The same path apart from when it arrived: how update and change detection decide "nothing new". */
    boolean sameAs(Route o) {
        if (o == this) {
            return true;
        }
        return o != null && source == o.source && local == o.local && origin == o.origin && med == o.med
                && localPref == o.localPref && weight == o.weight && nextHop == o.nextHop
                && originatorId == o.originatorId && igpMetric == o.igpMetric && valid == o.valid
                && asPath.equals(o.asPath) && communities.equals(o.communities)
                && Arrays.equals(clusterList, o.clusterList);
    }

    /** The same source (adjacency or local kind): FRR keeps one bgp_path_info per peer, updated in place. */
    boolean sameSource(Route o) {
        return o != null && source == o.source && local == o.local;
    }

    @Override
    public String toString() {
        return (local != null ? "local " + local : "via adj " + source.adjacency()) + " [" + asPath + "] nh " + V4.text(nextHop)
                + " w " + weight + " lp " + localPref + " med " + med + " " + ORIGIN_TEXT[origin];
    }

    /** Mutable recipe for a Route; {@link #build()} freezes it. */
    static final class Builder {
        Source source = Source.LOCAL;
        LocalKind local;
        AsPath asPath = AsPath.EMPTY;
        byte origin = IGP;
        long med = NONE;
        long localPref = NONE;
        int weight;
        int nextHop;
        List<String> communities = List.of();
        int originatorId;
        int[] clusterList = NO_CLUSTERS;
        int igpMetric;
        boolean valid = true;
        int arrival;

        Builder() {
        }

        Builder(Route r) {
            reset(r);
        }

        /** Refills this builder from a route (the simulator reuses one builder per thread). */
        Builder reset(Route r) {
            source = r.source;
            local = r.local;
            asPath = r.asPath;
            origin = r.origin;
            med = r.med;
            localPref = r.localPref;
            weight = r.weight;
            nextHop = r.nextHop;
            communities = r.communities;
            originatorId = r.originatorId;
            clusterList = r.clusterList;
            igpMetric = r.igpMetric;
            valid = r.valid;
            arrival = r.arrival;
            return this;
        }

        /** Back to an empty route's defaults. */
        Builder clear() {
            source = Source.LOCAL;
            local = null;
            asPath = AsPath.EMPTY;
            origin = IGP;
            med = NONE;
            localPref = NONE;
            weight = 0;
            nextHop = 0;
            communities = List.of();
            originatorId = 0;
            clusterList = NO_CLUSTERS;
            igpMetric = 0;
            valid = true;
            arrival = 0;
            return this;
        }

        /** True when building now would give a route {@link Route#sameAs} this one. */
        boolean sameAs(Route o) {
            return o != null && source == o.source && local == o.local && origin == o.origin && med == o.med
                    && localPref == o.localPref && weight == o.weight && nextHop == o.nextHop
                    && originatorId == o.originatorId && igpMetric == o.igpMetric && valid == o.valid
                    && asPath.equals(o.asPath) && communities.equals(o.communities)
                    && Arrays.equals(clusterList, o.clusterList);
        }

        Builder local(LocalKind kind) {
            local = kind;
            return this;
        }

        Builder asPath(AsPath p) {
            asPath = p;
            return this;
        }

        Builder origin(byte o) {
            origin = o;
            return this;
        }

        Builder med(long m) {
            med = m;
            return this;
        }

        Builder localPref(long lp) {
            localPref = lp;
            return this;
        }

        Builder weight(int w) {
            weight = w;
            return this;
        }

        Builder nextHop(int nh) {
            nextHop = nh;
            return this;
        }

        Builder communities(List<String> c) {
            communities = c;
            return this;
        }

        Builder igpMetric(int m) {
            igpMetric = m;
            return this;
        }

        Builder valid(boolean v) {
            valid = v;
            return this;
        }

        Builder arrival(int a) {
            arrival = a;
            return this;
        }

        Builder originatorId(int id) {
            originatorId = id;
            return this;
        }

        Builder clusterList(int[] list) {
            clusterList = list;
            return this;
        }

        /** Where the path came from. */
        Builder from(Source s) {
            source = s;
            return this;
        }

        Route build() {
            return new Route(this);
        }
    }
}
