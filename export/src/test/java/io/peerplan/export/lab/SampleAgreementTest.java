package io.peerplan.export.lab;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.sample.Samples;
import io.peerplan.model.sim.PrependOverride;
import io.peerplan.model.sim.Scenario;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample, and seed 000's what-ifs, on real FRR (and real Quagga for the homelab's router):
 * every (speaker, prefix) best path and selection reason must be what the simulator predicts. Each case starts its own lab from the
 * baseline and plays its scenario live, as the simulator computes it from the converged baseline.
 */
@Tag("lab")
@Execution(ExecutionMode.CONCURRENT)
class SampleAgreementTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsRootAndFrr() {
        Requires.nothingMissing(Preflight.report());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("two-dc-anycast", Scenario.BASELINE),
                Arguments.of("two-dc-anycast", Scenario.BASELINE.withPrepend(
                        new PrependOverride("gateway-alfa-unoone", "prpnd_private", 10, 5))),
                Arguments.of("two-dc-anycast", Scenario.failing("alfa")),
                Arguments.of("two-dc-anycast", Scenario.failing("gateway-alfa-unoone")),
                Arguments.of("homelab-openwrt-quagga", Scenario.BASELINE),
                Arguments.of("mikrotik-core", Scenario.BASELINE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void simulatorAndFrrAgree(String sample, Scenario scenario) throws Exception {
        if (Samples.load(sample).routers().stream().anyMatch(r -> r.platform() == io.peerplan.model.Platform.QUAGGA)) {
            Requires.quagga();
        }
        AgreementSupport.Outcome o = AgreementSupport.run(Samples.load(sample), scenario, tmp.resolve(sample));
        System.out.print(o.log());
        assertThat(o.comparison().entries()).as("compared entries").isNotEmpty();
        assertThat(o.comparison().disagreements()).as(o.log()).isEmpty();
    }
}
