package io.peerplan.export.lab;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lab convergence against the simulator's time for the same answers, on the same topologies: the
 * samples and five generated ones. For each, {@value #RUNS} labs (one at a time) give the time from
 * the routes' release to the final tables, and the simulator's baseline is timed over
 * {@value #SIM_RUNS} runs after a warm-up; medians are written to
 * {@code export/target/lab-benchmark.md} for docs/benchmarks.md. Not part of the normal build
 * (tag {@code benchmark}); command in export/pom.xml.
 */
@Tag("benchmark")
@Tag("lab")
class LabBenchmark {
    static final int RUNS = 3;
    static final int SIM_RUNS = 50;

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsRootAndFrr() {
        Requires.nothingMissing(Preflight.report());
    }

    @Test
    void labConvergenceAgainstSimulatorTime() throws Exception {
        Map<String, Topology> topologies = new LinkedHashMap<>();
        for (String s : Samples.names()) {
            topologies.put(s, Samples.load(s));
        }
        RandomAgreementTest.seeds().limit(5).forEach(seed -> topologies.put("random seed " + seed,
                RandomTopology.generate(seed)));
        StringBuilder md = new StringBuilder("| topology | FRR hosts | sessions | prefixes compared | lab build (median) "
                + "| lab convergence (median) | simulator (median) | agree |\n|---|---|---|---|---|---|---|---|\n");
        for (var e : topologies.entrySet()) {
            Topology t = e.getValue();
            List<Long> build = new ArrayList<>();
            List<Long> converge = new ArrayList<>();
            int compared = 0;
            boolean agree = true;
            LabPlan plan = null;
            for (int i = 0; i < RUNS; i++) {
                plan = new LabPlanner().plan(t, LabNames.newLabId(), "benchmark");
                long start = System.nanoTime();
                try (Lab lab = Lab.up(t, plan, new LabStateStore(tmp.resolve("state")), Set.of())) {
                    build.add((System.nanoTime() - start) / 1_000_000);
                    converge.add(lab.state().upMillis.get("converged"));
                    LabComparison.Report r = LabCheck.run(lab, Scenario.BASELINE, java.time.Duration.ofSeconds(20))
                            .comparison();
                    compared = r.entries().size();
                    agree &= r.allAgree();
                }
            }
            for (int i = 0; i < 5; i++) {
                Simulator.run(t, Scenario.BASELINE);
            }
            List<Long> sim = new ArrayList<>();
            for (int i = 0; i < SIM_RUNS; i++) {
                long s0 = System.nanoTime();
                Simulator.run(t, Scenario.BASELINE);
                sim.add((System.nanoTime() - s0) / 1_000);
            }
            md.append(String.format("| %s | %d | %d | %d | %.1f s | %d ms | %.2f ms | %s |%n", e.getKey(),
                    plan.hosts().size(), plan.sessions().size(), compared, median(build) / 1000.0, median(converge),
                    median(sim) / 1000.0, agree ? "100 %" : "NO"));
        }
        String out = "Lab benchmark, " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " CPUs, load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + "\n\n" + md;
        System.out.println(out);
        Files.writeString(Path.of("target/lab-benchmark.md"), out);
        assertThat(out).doesNotContain("| NO |");
    }

    private static long median(List<Long> values) {
        List<Long> v = new ArrayList<>(values);
        v.sort(null);
        return v.get(v.size() / 2);
    }
}
