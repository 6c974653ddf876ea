package io.peerplan.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Ip;
import org.junit.jupiter.api.Test;

/**
 * One test per step of FRR's bgp_path_info_cmp: two paths that differ only in that step's
 * attribute; the better one must win in both argument orders, with FRR's exact reason string.
 */
class BestPathComparatorTest {
    private static final DecisionOptions PLAIN = DecisionOptions.PLAIN;

    static int ip(String s) {
        return V4.of(Ip.parse(s));
    }

    static Source ebgp(int adj, long as, String address, String routerId) {
        return new Source(adj, adj, true, as, ip(address), ip(routerId));
    }

    static Source ibgp(int adj, long as, String address, String routerId) {
        return new Source(adj, adj, false, as, ip(address), ip(routerId));
    }

    /** A path from the source with AS path [AS], origin IGP, next hop the peer. */
    static Route.Builder from(Source s) {
        return Route.builder().from(s).asPath(s.ebgp() ? AsPath.of(s.neighborAs()) : AsPath.EMPTY)
                .nextHop(s.peerAddress()).localPref(s.ebgp() ? Route.NONE : 100);
    }

    /** Two eBGP peers in the same AS with the same router-id ordering: differences decide before Router ID. */
    private static final Source A = ebgp(1, 65001, "10.0.0.1", "10.0.0.1");
    private static final Source B = ebgp(2, 65001, "10.0.0.2", "10.0.0.2");

    private static void assertWins(Route better, Route worse, String reason) {
        assertWins(better, worse, reason, PLAIN, null);
    }

    private static void assertWins(Route better, Route worse, String reason, DecisionOptions o, Route selected) {
        int r1 = BestPathComparator.compare(better, worse, o, selected);
        int r2 = BestPathComparator.compare(worse, better, o, selected);
        assertThat(BestPathComparator.newWins(r1)).as("better as new").isTrue();
        assertThat(BestPathComparator.newWins(r2)).as("worse as new").isFalse();
        assertThat(BestPathComparator.reason(r1).frrText()).isEqualTo(reason);
        assertThat(BestPathComparator.reason(r2).frrText()).isEqualTo(reason);
        // The full selection agrees whatever the arrival order (no eBGP tie reaches Older Path here).
        Selection s = BestPathSelection.select(new Route[] {worse, better}, 2, o, selected);
        assertThat(s.best()).isSameAs(better);
        assertThat(s.reason().frrText()).isEqualTo(reason);
    }

    @Test
    void firstPathReceivedWhenAlone() {
        Route only = from(A).build();
        Selection s = BestPathSelection.select(new Route[] {only}, 1, PLAIN, null);
        assertThat(s.best()).isSameAs(only);
        assertThat(s.reason().frrText()).isEqualTo("First path received");
    }

    @Test
    void weightHigherWins() {
        assertWins(from(B).weight(100).build(), from(A).weight(0).build(), "Weight");
    }

    @Test
    void localPrefHigherWinsAndMissingCountsAs100() {
        assertWins(from(B).localPref(200).build(), from(A).localPref(100).build(), "Local Pref");
        assertWins(from(B).localPref(101).build(), from(A).build(), "Local Pref");
        assertWins(from(B).build(), from(A).localPref(99).build(), "Local Pref");
    }

    @Test
    void locallyOriginatedBeatsLearned() {
        Route local = Route.builder().local(Route.LocalKind.NETWORK).asPath(AsPath.of(65001)).build();
        assertWins(local, from(A).build(), "Local Route");
    }

    @Test
    void shorterAsPathWins() {
        assertWins(from(B).build(), from(A).asPath(AsPath.of(65001, 65001)).build(), "AS Path");
    }

    @Test
    void lowerOriginWins() {
        assertWins(from(B).origin(Route.IGP).build(), from(A).origin(Route.EGP).build(), "Origin");
        assertWins(from(B).origin(Route.EGP).build(), from(A).origin(Route.INCOMPLETE).build(), "Origin");
    }

    @Test
    void lowerMedWinsBetweenPathsFromTheSameNeighbourAs() {
        assertWins(from(B).med(0).build(), from(A).med(50).build(), "MED");
        // A missing MED counts as 0.
        assertWins(from(B).build(), from(A).med(1).build(), "MED");
    }

    @Test
    void medIsNotComparedAcrossNeighbouringAses() {
        Source other = ebgp(3, 65002, "10.0.0.3", "10.0.0.3");
        // Lower MED but a different neighbouring AS and a higher router-id: Router ID decides.
        Route lowMed = from(other).med(0).build();
        Route highMed = from(A).med(50).build();
        assertWins(highMed, lowMed, "Router ID");
    }

    @Test
    void alwaysCompareMedComparesAcrossAses() {
        Source other = ebgp(3, 65002, "10.0.0.3", "10.0.0.3");
        DecisionOptions o = new DecisionOptions(true, false, false, 1, 1);
        assertWins(from(other).med(0).build(), from(A).med(50).build(), "MED", o, null);
    }

    @Test
    void medIsComparedBetweenPathsFromInsideTheAs() {
        Source i1 = ibgp(1, 65000, "10.0.0.1", "10.0.0.1");
        Source i2 = ibgp(2, 65000, "10.0.0.2", "10.0.0.2");
        assertWins(from(i2).med(10).build(), from(i1).med(20).build(), "MED");
    }

    @Test
    void ebgpBeatsIbgp() {
        Source internal = ibgp(1, 65000, "10.0.0.1", "10.0.0.1");
        Route viaIbgp = from(internal).asPath(AsPath.of(65001)).localPref(Route.NONE).build();
        assertWins(from(B).build(), viaIbgp, "Peer Type");
    }

    @Test
    void lowerIgpMetricWins() {
        assertWins(from(B).igpMetric(10).build(), from(A).igpMetric(20).build(), "IGP Metric");
    }

    @Test
    void olderEbgpPathStays() {
        Route older = from(B).build();
        Route newer = from(A).build();
        // A has the lower router-id, but B was selected first.
        assertWins(older, newer, "Older Path", PLAIN, older);
    }

    @Test
    void compareRouterIdSkipsOlderPath() {
        Route older = from(B).build();
        Route newer = from(A).build();
        DecisionOptions o = new DecisionOptions(false, true, false, 1, 1);
        assertWins(newer, older, "Router ID", o, older);
    }

    @Test
    void olderPathDoesNotApplyToIbgp() {
        Route older = from(ibgp(2, 65000, "10.0.0.2", "10.0.0.2")).build();
        Route newer = from(ibgp(1, 65000, "10.0.0.1", "10.0.0.1")).build();
        assertWins(newer, older, "Router ID", PLAIN, older);
    }

    @Test
    void lowerRouterIdWins() {
        Source lowId = ebgp(1, 65001, "10.0.0.9", "10.0.0.1");
        Source highId = ebgp(2, 65001, "10.0.0.8", "10.0.0.2");
        assertWins(from(lowId).build(), from(highId).build(), "Router ID");
    }

    @Test
    void reflectedPathsCompareOriginatorId() {
        Source rr1 = ibgp(1, 65000, "10.0.0.1", "10.0.0.1");
        Source rr2 = ibgp(2, 65000, "10.0.0.2", "10.0.0.2");
        // The peer with the lower router-id reflects a path whose originator is higher.
        assertWins(from(rr2).originatorId(ip("10.9.9.1")).build(), from(rr1).originatorId(ip("10.9.9.2")).build(), "Router ID");
    }

    @Test
    void shorterClusterListWins() {
        Source rr1 = ibgp(1, 65000, "10.0.0.1", "10.0.0.1");
        Source rr2 = ibgp(2, 65000, "10.0.0.2", "10.0.0.2");
        int orig = ip("10.9.9.9");
        assertWins(from(rr2).originatorId(orig).clusterList(new int[] {1}).build(),
                from(rr1).originatorId(orig).clusterList(new int[] {1, 2}).build(), "Cluster length");
    }

    @Test
    void lowerNeighborAddressWins() {
        Source low = ebgp(1, 65001, "10.0.0.1", "10.0.0.5");
        Source high = ebgp(2, 65001, "10.0.0.2", "10.0.0.5");
        assertWins(from(low).build(), from(high).build(), "Neighbor IP");
    }

    @Test
    void nothingLeftToCompareKeepsTheNewer() {
        Route one = from(A).build();
        Route same = from(A).build();
        int r = BestPathComparator.compare(one, same, PLAIN, null);
        assertThat(BestPathComparator.newWins(r)).isTrue();
        assertThat(BestPathComparator.reason(r).frrText()).isEqualTo("Nothing left to compare");
    }

    @Test
    void equalEbgpPathsFromTheSameNeighbourAsAreMultipathEqual() {
        int r = BestPathComparator.compare(from(B).build(), from(A).build(), PLAIN, null);
        assertThat(BestPathComparator.pathsEqual(r)).isTrue();
        Source other = ebgp(3, 65002, "10.0.0.3", "10.0.0.3");
        int r2 = BestPathComparator.compare(from(other).build(), from(A).build(), PLAIN, null);
        assertThat(BestPathComparator.pathsEqual(r2)).as("different neighbouring AS").isFalse();
    }

    /** Options with one {@code bgp bestpath} knob on: as-path ignore, multipath-relax, missing-as-worst, peer-type relax. */
    private static DecisionOptions knobs(boolean ignore, boolean relax, boolean missingAsWorst, boolean peerTypeRelax) {
        return new DecisionOptions(false, false, false, 4, 4, ignore, relax, missingAsWorst, peerTypeRelax);
    }

    @Test
    void asPathIgnoreSkipsTheLengthStep() {
        // The longer path has the lower MED: with the length step skipped, MED decides.
        Route longLowMed = from(A).asPath(AsPath.of(65001, 65001)).med(5).build();
        Route shortHighMed = from(B).med(50).build();
        assertWins(shortHighMed, longLowMed, "AS Path");
        assertWins(longLowMed, shortHighMed, "MED", knobs(true, false, false, false), null);
    }

    @Test
    void missingMedCountsAsWorstWithMissingAsWorst() {
        Route noMed = from(A).build();
        Route med100 = from(B).med(100).build();
        assertWins(noMed, med100, "MED");
        assertWins(med100, noMed, "MED", knobs(false, false, true, false), null);
    }

    @Test
    void asPathMultipathRelaxMakesPathsFromDifferentAsesEqual() {
        Source other = ebgp(3, 65002, "10.0.0.3", "10.0.0.3");
        DecisionOptions o = new DecisionOptions(false, true, false, 4, 4);
        assertThat(BestPathComparator.pathsEqual(BestPathComparator.compare(from(other).build(), from(A).build(), o, null)))
                .as("without multipath-relax").isFalse();
        DecisionOptions relax = new DecisionOptions(false, true, false, 4, 4, false, true, false, false);
        int r = BestPathComparator.compare(from(other).build(), from(A).build(), relax, null);
        assertThat(BestPathComparator.pathsEqual(r)).isTrue();
        assertThat(BestPathComparator.reason(r).frrText()).isEqualTo("Router ID");
        Selection s = BestPathSelection.select(new Route[] {from(other).build(), from(A).build()}, 2, relax, null);
        assertThat(s.multipath()).hasSize(2);
        // Equal length is still required: a longer path is not multipath.
        int longer = BestPathComparator.compare(from(other).asPath(AsPath.of(65002, 65002)).build(), from(A).build(), relax, null);
        assertThat(BestPathComparator.pathsEqual(longer)).isFalse();
    }

    @Test
    void peerTypeMultipathRelaxStillPrefersEbgpButKeepsTheIbgpPathEqual() {
        Source internal = ibgp(1, 65000, "10.0.0.1", "10.0.0.1");
        // The iBGP path carries the same AS path as the eBGP one (learned from AS 65001 by a peer).
        Route viaIbgp = from(internal).asPath(AsPath.of(65001)).localPref(Route.NONE).build();
        Route direct = from(B).build();
        assertWins(direct, viaIbgp, "Peer Type", knobs(false, false, false, true), null);
        int plain = BestPathComparator.compare(viaIbgp, direct, PLAIN, null);
        assertThat(BestPathComparator.pathsEqual(plain)).isFalse();
        int relaxed = BestPathComparator.compare(viaIbgp, direct, knobs(false, false, false, true), null);
        assertThat(BestPathComparator.pathsEqual(relaxed)).as("iBGP new path, identical AS path (aspath_cmp)").isTrue();
        // The IGP metric is weighed before the remembered peer type, but the peer type's verdict returns.
        Route farIbgp = from(internal).asPath(AsPath.of(65001)).igpMetric(0).build();
        Route farEbgp = from(B).igpMetric(10).build();
        int r = BestPathComparator.compare(farEbgp, farIbgp, knobs(false, false, false, true), null);
        assertThat(BestPathComparator.newWins(r)).isTrue();
        assertThat(BestPathComparator.reason(r).frrText()).isEqualTo("Peer Type");
        assertThat(BestPathComparator.pathsEqual(r)).isFalse();
    }
}
