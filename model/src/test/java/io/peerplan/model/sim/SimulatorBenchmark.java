package io.peerplan.model.sim;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The simulator on the scale topology (50 regions, 2,000 speakers, 100 gateways, 10
 * providers, 5,000 service IPs; ScaleTopology.Spec.DEFAULT, seed 1, as {@code peerplan benchmark}).
 * {@link #fullSimulation}: compile plus every prefix to its fixed point (target ≤ 1 s);
 * {@link #whatIf}: one single-failure scenario on the prepared network whose baseline is computed
 * in setup (target ≤ 50 ms). Within {@code -Xmx512m} (target: peak heap ≤ 512 MB). Run it as
 * docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class SimulatorBenchmark {
    /** A gateway, a node, a provider and a whole region. */
    @Param({"r7-gw0", "r7-n3", "p3", "r7"})
    public String failed;

    private Topology topology;
    private Simulation prepared;
    private Scenario scenario;

    @Setup
    public void setUp() {
        topology = ScaleTopology.generate(ScaleTopology.Spec.DEFAULT, 1);
        prepared = Simulator.prepare(topology);
        prepared.baseline();
        scenario = Scenario.failing(failed);
    }

    @Benchmark
    public SimulationResult fullSimulation() {
        return Simulator.prepare(topology).baseline();
    }

    @Benchmark
    public SimulationResult whatIf() {
        return prepared.run(scenario);
    }
}
