package io.peerplan.model.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.sample.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * What-ifs recompute only the prefixes a scenario touches, starting from the converged baseline.
 * The filter must never skip a prefix that would change.
 */
class WhatIfTest {
    private static final ScaleTopology.Spec SMALL = new ScaleTopology.Spec(4, 24, 7, 3, 60);

    /** Rerunning only the affected prefixes gives exactly what rerunning every prefix gives. */
    @Property(tries = 25)
    void affectedPrefixesAreExactlyTheOnesThatChange(@ForAll @IntRange(min = 0, max = 5) int seed,
            @ForAll @IntRange(min = 0, max = 10_000) int pick, @ForAll boolean withPrepend) {
        Topology t = ScaleTopology.generate(SMALL, seed);
        List<String> ids = new TopologyIndex(t).ids();
        Scenario s = Scenario.failing(ids.get(pick % ids.size()));
        if (withPrepend) {
            s = s.withPrepend(new PrependOverride("r1-gw0", "to-provider", 10, 4));
        }
        Simulation sim = Simulator.prepare(t);
        SimulationResult fast = sim.run(s);
        SimulationResult all = sim.runEverything(s);
        assertThat(fast.recomputedPrefixes()).isLessThanOrEqualTo(all.recomputedPrefixes());
        assertSameTables(fast, all);
    }

    /**
     * On the seed topology, where no two eBGP paths tie as far as "Older Path", a live failure ends
     * where a cold start without the failed element ends.
     */
    @Test
    void liveFailureMatchesColdStartOnTheSeed() throws Exception {
        Simulation sim = Simulator.prepare(Samples.load("two-dc-anycast"));
        for (String id : new TopologyIndex(sim.topology()).ids()) {
            Scenario s = Scenario.failing(id);
            assertSameBestPaths(sim.run(s), sim.runCold(s));
        }
    }

    @Test
    void aFailureOfOneNodeRecomputesOnlyItsPrefixes() {
        Simulation sim = Simulator.prepare(ScaleTopology.generate(SMALL, 1));
        SimulationResult r = sim.run(Scenario.failing("r2-n3"));
        assertThat(r.recomputedPrefixes()).isPositive().isLessThan(sim.baseline().prefixes().size());
    }

    @Test
    void unknownElementsAndOverridesAreRefusedWithASentence() {
        Simulation sim = Simulator.prepare(ScaleTopology.generate(SMALL, 1));
        assertThatThrownBy(() -> sim.run(Scenario.failing("nowhere"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no element 'nowhere'");
        assertThatThrownBy(() -> sim.run(Scenario.BASELINE.withPrepend(new PrependOverride("r0-gw0", "nope", 10, 2))))
                .hasMessageContaining("has no route-map nope");
        assertThatThrownBy(() -> sim.run(Scenario.BASELINE.withPrepend(new PrependOverride("r0-gw0", "to-provider", 99, 2))))
                .hasMessageContaining("has no entry 99");
        assertThatThrownBy(() -> PrependOverride.parse("gw/map:10.prepnd=5")).hasMessageContaining("ROUTER/ROUTEMAP:SEQ.prepend=N");
    }

    static void assertSameTables(SimulationResult a, SimulationResult b) {
        assertThat(a.ribs().keySet()).isEqualTo(b.ribs().keySet());
        for (Map.Entry<String, Rib> e : a.ribs().entrySet()) {
            assertThat(e.getValue().entries()).as(e.getKey()).isEqualTo(b.ribs().get(e.getKey()).entries());
        }
    }

    static void assertSameBestPaths(SimulationResult a, SimulationResult b) {
        assertThat(a.ribs().keySet()).isEqualTo(b.ribs().keySet());
        for (Map.Entry<String, Rib> e : a.ribs().entrySet()) {
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            e.getValue().entries().forEach((p, x) -> left.add(p + " " + x.best() + " " + x.multipath().size()));
            b.ribs().get(e.getKey()).entries().forEach((p, x) -> right.add(p + " " + x.best() + " " + x.multipath().size()));
            assertThat(left).as(a.scenario().describe() + " at " + e.getKey()).isEqualTo(right);
        }
    }
}
