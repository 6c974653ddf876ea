package io.peerplan.model.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Cluster;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import io.peerplan.model.sim.BgpPath;
import io.peerplan.model.sim.RibEntry;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SimulationResult;
import io.peerplan.model.sim.Simulator;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import org.junit.jupiter.api.Test;

class ScaleTopologyTest {

    @Test
    void defaultSpecHasTheIssuesSizes() {
        Topology t = ScaleTopology.generate(ScaleTopology.Spec.DEFAULT, 42);
        assertThat(t.regions()).hasSize(50);
        assertThat(t.clusters().stream().mapToInt(c -> c.nodes().size()).sum()).isEqualTo(2000);
        assertThat(t.routers().stream().filter(r -> r.role() == io.peerplan.model.RouterRole.GATEWAY)).hasSize(100);
        assertThat(t.routers().stream().filter(r -> r.role() == io.peerplan.model.RouterRole.PROVIDER)).hasSize(10);
        Set<String> ips = new HashSet<>();
        for (Cluster c : t.clusters()) {
            for (Service s : c.services()) {
                ips.addAll(s.ips());
            }
        }
        assertThat(ips).hasSize(5000);
    }

    @Test
    void sameSeedSameTopologyAndItRoundTripsThroughTheProjectFormat() throws Exception {
        ScaleTopology.Spec spec = new ScaleTopology.Spec(5, 40, 10, 3, 100);
        Topology a = ScaleTopology.generate(spec, 7);
        Topology b = ScaleTopology.generate(spec, 7);
        assertThat(a).isEqualTo(b);
        String text = ProjectCodec.write(a);
        assertThat(ProjectCodec.read("generated", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(a);
        assertThat(ScaleTopology.generate(spec, 8)).isNotEqualTo(a);
    }

    @Test
    void defaultScaleTopologyPassesTheLoaderStructureChecks() throws Exception {
        Topology t = ScaleTopology.generate(ScaleTopology.Spec.DEFAULT, 1);
        byte[] bytes = ProjectCodec.write(t).getBytes(StandardCharsets.UTF_8);
        assertThat(ProjectCodec.read("scale", bytes)).isEqualTo(t);
    }

    @Test
    void theValidatorFindsNoErrorsOrWarnings() {
        for (Topology t : List.of(ScaleTopology.generate(ScaleTopology.Spec.DEFAULT, 1),
                ScaleTopology.generate(new ScaleTopology.Spec(5, 40, 10, 3, 100), 7))) {
            List<Finding> problems = Validator.validate(t).stream().filter(f -> f.severity() != Severity.INFO).toList();
            assertThat(problems).as(t.name()).isEmpty();
        }
    }

    /**
     * Gateways announce to their provider only what their own region serves (seed 000's outbound
     * prefix-list), so no gateway is transit: every path a provider or the Internet holds crosses
     * exactly one region's AS, and a provider hears a region-local prefix only from that region.
     */
    @Test
    void noGatewayIsTransitBetweenProviders() {
        Topology t = ScaleTopology.generate(new ScaleTopology.Spec(6, 36, 12, 3, 120), 3);
        SimulationResult r = Simulator.run(t, Scenario.BASELINE);
        int paths = 0;
        for (String id : List.of("p0", "p1", "p2", "internet")) {
            for (RibEntry e : r.rib(id).orElseThrow().entries().values()) {
                for (BgpPath p : e.candidates()) {
                    if (p.isLocal() || e.prefix().length() == 0) {
                        continue;
                    }
                    long regionAses = p.asPath().stream().distinct().filter(as -> as >= ScaleTopology.REGION_ASN_BASE).count();
                    assertThat(regionAses).as(id + " " + e.prefix() + " " + p.asPathText()).isEqualTo(1);
                    paths++;
                }
                if (e.prefix().toString().startsWith("100.65.")) {
                    int region = Integer.parseInt(e.prefix().toString().split("\\.")[2]);
                    assertThat(e.candidates()).allSatisfy(p -> assertThat(p.asPath()).contains(ScaleTopology.REGION_ASN_BASE + region));
                }
            }
        }
        assertThat(paths).isGreaterThan(120);
    }

    @Test
    void rejectsImpossibleSpecs() {
        assertThatThrownBy(() -> new ScaleTopology.Spec(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScaleTopology.Spec(5, 40, 4, 1, 1)).hasMessageContaining("gateways");
    }
}
