package io.peerplan.model.validate;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of the scale topology (50 regions, 2,000 speaker nodes, 100 gateways, 5,000
 * service IPs; ScaleTopology.Spec.DEFAULT, seed 42) and of the two-dc-anycast sample, warm, single
 * thread. Run it as docs/benchmarks.md says; the target is at most 100 ms per validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-XX:+UseParallelGC"})
public class ValidatorBenchmark {
    private Topology scale;
    private Topology sample;

    @Setup
    public void setUp() throws Exception {
        scale = ScaleTopology.generate(ScaleTopology.Spec.DEFAULT, 42);
        sample = io.peerplan.model.sample.Samples.load("two-dc-anycast");
    }

    @Benchmark
    public List<Finding> scaleTopology() {
        return Validator.validate(scale);
    }

    @Benchmark
    public List<Finding> twoDcAnycast() {
        return Validator.validate(sample);
    }
}
