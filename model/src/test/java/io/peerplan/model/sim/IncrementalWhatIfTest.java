package io.peerplan.model.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The incremental what-if (affected prefixes only, each repaired from its converged baseline at the
 * speakers the change reaches) gives exactly the tables of a from-scratch run of the scenario on a
 * freshly compiled network, where every prefix is rerun from its baseline: the same paths, in the
 * same order, with the same selection and reason, at every speaker. (A cold start without the
 * failed element is not the reference here: where eBGP paths tie down to "Older Path", which one
 * is older depends on history, in FRR as in the simulator.)
 */
class IncrementalWhatIfTest {
    private static final ScaleTopology.Spec SPEC = new ScaleTopology.Spec(8, 96, 16, 4, 400);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void gatewayRegionProviderNodeAndPeeringFailuresMatchAFullRerun(long seed) {
        Topology t = ScaleTopology.generate(SPEC, seed);
        Simulation sim = Simulator.prepare(t);
        int baselinePrefixes = sim.baseline().prefixes().size();
        for (String failed : List.of("r2-gw0", "r3-gw1", "r3", "p1", "p0", "r2-n5", "r5-gw1-up", "r6-k8s")) {
            Scenario s = Scenario.failing(failed);
            SimulationResult incremental = sim.run(s);
            Simulation fresh = Simulator.prepare(t);
            SimulationResult everything = fresh.runEverything(s);
            assertThat(everything.recomputedPrefixes()).isEqualTo(baselinePrefixes);
            assertThat(incremental.recomputedPrefixes()).as(failed).isLessThan(baselinePrefixes);
            WhatIfTest.assertSameTables(incremental, everything);
            assertThat(incremental.changes()).as(failed).isEqualTo(everything.changes());
        }
    }

    /** With the realistic outbound filters, a gateway failure leaves most prefixes as they were. */
    @ParameterizedTest
    @ValueSource(strings = {"r2-gw0", "r2", "p1", "r2-n5"})
    void aSingleFailureRecomputesOnlyAShareOfThePrefixes(String failed) {
        // 20 regions over 10 providers: a provider hears the services of 4 regions.
        Simulation sim = Simulator.prepare(ScaleTopology.generate(new ScaleTopology.Spec(20, 120, 40, 10, 600), 1));
        SimulationResult r = sim.run(Scenario.failing(failed));
        assertThat(r.recomputedPrefixes()).isPositive().isLessThan(sim.baseline().prefixes().size() / 3);
    }
}
