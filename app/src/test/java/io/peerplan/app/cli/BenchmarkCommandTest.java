package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code peerplan benchmark} on a small generated topology: it runs, reports every figure the
 * docs quote and how many prefixes each what-if recomputed. No timing is asserted (figures go to
 * docs/benchmarks.md); this checks the command, not the machine.
 */
class BenchmarkCommandTest {

    @Test
    void reportsFullSimulationWhatIfsAndHeap() {
        CliTestSupport.Result r = CliTestSupport.run("benchmark", "--regions", "4", "--speakers", "24", "--gateways", "8",
                "--providers", "3", "--services", "60", "--runs", "2", "--warmup", "0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Scale topology", "full simulation", "what-if fail r3-gw0", "what-if fail r3-n3",
                "what-if fail p2", "what-if fail r3 ", "prefixes recomputed", "live heap after GC", "Load average at the end");
        // A single node announces only its own services: a few of the 61 prefixes, not all of them.
        assertThat(r.out()).containsPattern("what-if fail r3-n3 .*\\((\\d|[1-5]\\d) prefixes recomputed\\)");
    }

    @Test
    void impossibleSizesAreUsageErrors() {
        CliTestSupport.Result r = CliTestSupport.run("benchmark", "--regions", "3", "--gateways", "2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("gateways must be at least one per region");
    }
}
