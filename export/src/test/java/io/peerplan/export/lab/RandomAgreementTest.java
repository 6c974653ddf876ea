package io.peerplan.export.lab;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SimulationResult;
import io.peerplan.model.sim.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential test: generated topologies ({@link RandomTopology}, fixed seeds) on real FRR;
 * for every (speaker, prefix) presence, best path (neighbor, next hop, AS path), selection reason
 * and multipath set, and every session's state, must be what the simulator predicts. The seeds are
 * the first ones from {@code peerplan.fidelity.firstSeed} (default 1) whose answers do not hang on
 * update arrival order ({@link ArrivalOrder}); {@code peerplan.fidelity.topologies} says how many
 * (default {@value #DEFAULT_SEEDS}, what {@code mvn verify} runs; docs/fidelity.md records a run
 * of 200). Afterwards the runs together must have exercised what the generator is for: decisions
 * by weight, local preference, AS path, origin, router-id and peer type, multipath, and iBGP- and
 * eBGP-learned paths.
 */
@Tag("lab")
@Execution(ExecutionMode.CONCURRENT)
class RandomAgreementTest {
    static final int DEFAULT_SEEDS = 25;
    static final int SEEDS = Integer.getInteger("peerplan.fidelity.topologies", DEFAULT_SEEDS);
    static final long FIRST_SEED = Long.getLong("peerplan.fidelity.firstSeed", 1L);
    private static final Map<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();
    private static final AtomicInteger RUNS = new AtomicInteger();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsRootAndFrr() {
        Requires.nothingMissing(Preflight.report());
    }

    /**
     * The first {@value #SEEDS} seeds from 1 upward whose topology converges in the simulator and
     * has no answer that depends on update arrival order ({@link ArrivalOrder}).
     */
    static LongStream seeds() {
        List<Long> chosen = new ArrayList<>();
        for (long seed = FIRST_SEED; chosen.size() < SEEDS && seed < FIRST_SEED + 50L * SEEDS; seed++) {
            Topology t = RandomTopology.generate(seed);
            SimulationResult r = Simulator.run(t, Scenario.BASELINE);
            if (r.converged() && ArrivalOrder.sensitive(t, r).isEmpty()) {
                chosen.add(seed);
            }
        }
        return chosen.stream().mapToLong(Long::longValue);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void simulatorAndFrrAgree(long seed) {
        assertThat(SEEDS).as("peerplan.fidelity.topologies").isPositive();
        Topology t = RandomTopology.generate(seed);
        AgreementSupport.Outcome o = AgreementSupport.run(t, Scenario.BASELINE, tmp.resolve("seed-" + seed));
        System.out.print(o.log());
        assertThat(o.comparison().entries()).as("compared entries").isNotEmpty();
        assertThat(o.comparison().disagreements()).as(o.log()).isEmpty();
        assertThat(o.sessionDifferences()).as(o.log()).isEmpty();
        record(o);
        RUNS.incrementAndGet();
    }

    private static void record(AgreementSupport.Outcome o) {
        for (LabRib rib : o.ribs().values()) {
            for (var e : rib.routes().entrySet()) {
                rib.best(e.getKey()).ifPresent(best -> {
                    count("reason " + best.reason());
                    count(best.local() ? "local" : best.internal() ? "iBGP" : "eBGP");
                    if (!LabComparison.multipath(e.getValue()).isEmpty()) {
                        count("multipath");
                    }
                });
            }
        }
    }

    private static void count(String what) {
        SEEN.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
    }

    @AfterAll
    static void theSeedsExerciseEveryDecision() {
        if (RUNS.get() < SEEDS || SEEDS < DEFAULT_SEEDS) {
            // Not every seed ran (a single test was picked), or a run of a few chosen seeds.
            return;
        }
        System.out.println("decisions seen over " + SEEDS + " random labs: " + new java.util.TreeMap<>(SEEN));
        // "MED" is not among them: where MED decides between paths of one neighbouring AS while a
        // path from another ties with them, FRR's choice depends on path order (ArrivalOrder skips
        // those seeds), and none of the first 25 qualifying seeds has another MED decision. MED
        // decisions on real FRR are pinned by FrrRulesLabTest (med missing-as-worst) instead.
        assertThat(SEEN.keySet()).contains("reason Weight", "reason Local Pref", "reason AS Path", "reason Origin",
                "reason Router ID", "reason Peer Type", "multipath", "iBGP", "eBGP");
    }

    static Set<String> seen() {
        return SEEN.keySet();
    }
}
