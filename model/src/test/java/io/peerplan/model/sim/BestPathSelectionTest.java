package io.peerplan.model.sim;

import static io.peerplan.model.sim.BestPathComparatorTest.ebgp;
import static io.peerplan.model.sim.BestPathComparatorTest.from;
import static io.peerplan.model.sim.BestPathComparatorTest.ibgp;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** FRR's bgp_best_selection over a whole path list: reasons, multipath and deterministic MED. */
class BestPathSelectionTest {
    private static final DecisionOptions MULTIPATH = new DecisionOptions(false, false, false,
            Behaviour.FRR_DEFAULT_MAXIMUM_PATHS, Behaviour.FRR_DEFAULT_MAXIMUM_PATHS);

    /**
     * FrrFactsTest batch 1: paths [c (65001, rid .3, newest), b (65002, rid .2), a (65001, rid .9,
     * selected)]: c vs b gives b by Router ID, then a vs b gives a by "Older Path"; FRR shows a, "Older Path".
     */
    @Test
    void reasonIsThatOfTheLastComparison() {
        Route c = from(ebgp(3, 65001, "198.51.100.3", "10.0.0.3")).build();
        Route b = from(ebgp(2, 65002, "198.51.100.2", "10.0.0.2")).build();
        Route a = from(ebgp(1, 65001, "198.51.100.9", "10.0.0.9")).build();
        Selection s = BestPathSelection.select(new Route[] {c, b, a}, 3, MULTIPATH, a);
        assertThat(s.best()).isSameAs(a);
        assertThat(s.reason().frrText()).isEqualTo("Older Path");
    }

    /** FrrFactsTest batch 1: two eBGP paths from the same neighbouring AS are both installed; the best is in the set. */
    @Test
    void ebgpMultipathNeedsTheSameNeighbourAs() {
        Route a = from(ebgp(1, 65001, "198.51.100.1", "10.0.0.9")).build();
        Route c = from(ebgp(3, 65001, "198.51.100.3", "10.0.0.3")).build();
        Route b = from(ebgp(2, 65002, "198.51.100.2", "10.0.0.2")).build();
        Selection s = BestPathSelection.select(new Route[] {c, b, a}, 3, MULTIPATH, null);
        assertThat(s.best()).isSameAs(b);
        assertThat(s.multipath()).isEmpty();
        Selection same = BestPathSelection.select(new Route[] {c, a}, 2, MULTIPATH, null);
        assertThat(same.best()).isSameAs(c);
        assertThat(same.multipath()).containsExactly(c, a);
    }

    @Test
    void maximumPathsOneMeansNoMultipath() {
        Route a = from(ebgp(1, 65001, "198.51.100.1", "10.0.0.9")).build();
        Route c = from(ebgp(3, 65001, "198.51.100.3", "10.0.0.3")).build();
        Selection s = BestPathSelection.select(new Route[] {c, a}, 2, DecisionOptions.PLAIN, null);
        assertThat(s.multipath()).isEmpty();
    }

    @Test
    void maximumPathsCapsTheSet() {
        Route a = from(ebgp(1, 65001, "198.51.100.1", "10.0.0.1")).build();
        Route b = from(ebgp(2, 65001, "198.51.100.2", "10.0.0.2")).build();
        Route c = from(ebgp(3, 65001, "198.51.100.3", "10.0.0.3")).build();
        Selection s = BestPathSelection.select(new Route[] {c, b, a}, 3, new DecisionOptions(false, false, false, 2, 2), null);
        assertThat(s.multipath()).hasSize(2).contains(a);
    }

    /** FrrFactsTest batch 2: iBGP paths equal through IGP metric are multipath; best by Router ID. */
    @Test
    void ibgpMultipathNeedsIdenticalAsPaths() {
        Route d = from(ibgp(1, 65010, "198.51.100.5", "10.0.0.5")).build();
        Route e = from(ibgp(2, 65010, "198.51.100.6", "10.0.0.6")).build();
        Selection s = BestPathSelection.select(new Route[] {e, d}, 2, MULTIPATH, null);
        assertThat(s.best()).isSameAs(d);
        assertThat(s.reason().frrText()).isEqualTo("Router ID");
        assertThat(s.multipath()).containsExactly(d, e);
        Route longer = from(ibgp(2, 65010, "198.51.100.6", "10.0.0.6")).asPath(AsPath.of(65099)).build();
        Route shorter = from(ibgp(1, 65010, "198.51.100.5", "10.0.0.5")).asPath(AsPath.of(65098)).build();
        assertThat(BestPathSelection.select(new Route[] {longer, shorter}, 2, MULTIPATH, null).multipath()).isEmpty();
    }

    @Test
    void invalidPathsNeverWin() {
        Route invalid = from(ebgp(1, 65001, "198.51.100.1", "10.0.0.1")).weight(1000).valid(false).build();
        Route valid = from(ebgp(2, 65001, "198.51.100.2", "10.0.0.2")).build();
        Selection s = BestPathSelection.select(new Route[] {invalid, valid}, 2, DecisionOptions.PLAIN, null);
        assertThat(s.best()).isSameAs(valid);
        assertThat(BestPathSelection.select(new Route[] {invalid}, 1, DecisionOptions.PLAIN, null).best()).isNull();
    }

    /**
     * Without deterministic-med the result depends on arrival order (RFC 4271's MED is not a total
     * order); with it, paths are grouped by neighbouring AS first and MED decides inside a group.
     */
    @Test
    void deterministicMedGroupsByNeighbourAs() {
        Route a = from(ebgp(1, 65001, "198.51.100.1", "10.0.0.4")).med(50).build();
        Route b = from(ebgp(2, 65002, "198.51.100.2", "10.0.0.3")).med(10).build();
        Route c = from(ebgp(3, 65001, "198.51.100.3", "10.0.0.5")).med(0).build();
        // List order newest first: a, b, c. Plain: a vs b -> b (router-id .3 < .4),
        // then c vs b -> b (different AS, router-id .3 < .5).
        assertThat(BestPathSelection.select(new Route[] {a, b, c}, 3, DecisionOptions.PLAIN, null).best()).isSameAs(b);
        // Deterministic: group 65001 {a, c} -> c by MED; group 65002 {b}; then c vs b -> b by Router ID.
        DecisionOptions dmed = new DecisionOptions(false, false, true, 1, 1);
        Route a2 = from(ebgp(1, 65001, "198.51.100.1", "10.0.0.1")).med(50).build();
        Route c2 = from(ebgp(3, 65001, "198.51.100.3", "10.0.0.2")).med(0).build();
        Selection plain = BestPathSelection.select(new Route[] {a2, b, c2}, 3, DecisionOptions.PLAIN, null);
        Selection det = BestPathSelection.select(new Route[] {a2, b, c2}, 3, dmed, null);
        // Plain: a2 vs b -> a2 (rid .1), c2 vs a2 -> c2 by MED. Deterministic: c2 wins its group, then
        // b vs c2 -> c2 (rid .2 < .3). Both pick c2 here, but for different last reasons.
        assertThat(plain.best()).isSameAs(c2);
        assertThat(plain.reason().frrText()).isEqualTo("MED");
        assertThat(det.best()).isSameAs(c2);
        assertThat(det.reason().frrText()).isEqualTo("Router ID");
    }

    /**
     * Random topology 296 of the differential test (DifferentialFindingsLabTest pins it on FRR): with
     * deterministic-med, when every path is of one neighbouring AS the pass over all meets only the
     * group's winner, compares it with nothing and keeps the group's reason: "Router ID" between two
     * iBGP paths, "Peer Type" between an iBGP and an eBGP path of the same first AS (with
     * {@code maximum-paths 1}: a multipath pass would compare again); without deterministic-med the
     * same lists give the same reasons from the pass over all.
     */
    @Test
    void deterministicMedKeepsTheGroupsReasonForItsOnlyWinner() {
        DecisionOptions dmed = new DecisionOptions(false, true, true, 1, 1);
        Route node2 = from(ibgp(2, 65010, "198.19.100.12", "198.19.100.12")).build();
        Route node1 = from(ibgp(1, 65010, "198.19.100.11", "198.19.100.11")).build();
        Selection rid = BestPathSelection.select(new Route[] {node2, node1}, 2, dmed, null);
        assertThat(rid.best()).isSameAs(node1);
        assertThat(rid.reason().frrText()).isEqualTo("Router ID");
        Route internal = from(ibgp(3, 65010, "198.19.3.2", "10.0.0.11")).asPath(AsPath.of(64943, 314252)).build();
        Route external = from(ebgp(4, 64943, "198.18.0.10", "10.0.0.6")).asPath(AsPath.of(64943, 314252)).build();
        Selection type = BestPathSelection.select(new Route[] {internal, external}, 2, dmed, null);
        assertThat(type.best()).isSameAs(external);
        assertThat(type.reason().frrText()).isEqualTo("Peer Type");
        DecisionOptions plain = new DecisionOptions(false, true, false, 1, 1);
        assertThat(BestPathSelection.select(new Route[] {internal, external}, 2, plain, null).reason().frrText())
                .isEqualTo("Peer Type");
        // Two neighbouring ASes: two groups, no comparison inside either; the pass over all decides.
        Route other = from(ebgp(5, 65099, "198.18.0.20", "10.0.0.7")).asPath(AsPath.of(65099, 314252)).build();
        assertThat(BestPathSelection.select(new Route[] {other, external}, 2, dmed, null).reason().frrText())
                .isEqualTo("Router ID");
        // One path: nothing to compare in its group either.
        assertThat(BestPathSelection.select(new Route[] {external}, 1, dmed, null).reason().frrText())
                .isEqualTo("First path received");
    }
}
