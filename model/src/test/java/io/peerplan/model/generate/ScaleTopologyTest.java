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

    /** Distinct service IPs and Service objects of a topology. */
    private static int[] serviceCounts(Topology t) {
        Set<String> ips = new HashSet<>();
        int objects = 0;
        for (Cluster c : t.clusters()) {
            for (Service s : c.services()) {
                ips.addAll(s.ips());
                objects++;
            }
        }
        return new int[] {ips.size(), objects};
    }

    /** The anycast pool grows past 100.66.0.0/22 instead of wrapping: 10,000 asked, 10,000 made (was 9,024). */
    @Test
    void makesExactlyTheServiceIpsAskedFor() {
        Topology t = ScaleTopology.generate(new ScaleTopology.Spec(50, 100, 100, 5, 10000), 1);
        assertThat(serviceCounts(t)).containsExactly(10000, 12000);
        assertThat(t.clusters().get(0).metallb().pools().get(1).addresses()).containsExactly("100.66.0.0/21");
        assertThat(Validator.validate(t).stream().filter(f -> f.severity() != Severity.INFO).toList()).isEmpty();
    }

    /** Past 256 regions each region gets a /18 node network and pools beyond 100.65.255.0/24; still valid. */
    @Test
    void moreThan256RegionsAreValid() {
        Topology t = ScaleTopology.generate(new ScaleTopology.Spec(300, 600, 600, 12, 1500), 1);
        assertThat(t.regions()).hasSize(300);
        assertThat(serviceCounts(t)[0]).isEqualTo(1500);
        Cluster last = t.clusters().get(299);
        assertThat(last.metallb().pools().get(0).addresses()).containsExactly("100.67.43.0/24");
        assertThat(last.nodes().get(0).address().toString()).isEqualTo("10.74.192.1");
        assertThat(Validator.validate(t).stream().filter(f -> f.severity() != Severity.INFO).toList()).isEmpty();
    }

    /** Dense: each anycast IP requested in every region, so every region's gateways announce all of them. */
    @Test
    void denseRequestsEveryAnycastIpInEveryRegion() {
        Topology t = ScaleTopology.generate(new ScaleTopology.Spec(4, 16, 8, 2, 40, true), 1);
        assertThat(serviceCounts(t)).containsExactly(40, 40 + 8 * 3);
        for (Cluster c : t.clusters()) {
            assertThat(c.services().stream().filter(s -> s.pool().equals("anycast")).count()).as(c.id()).isEqualTo(8);
        }
        assertThat(Validator.validate(t).stream().filter(f -> f.severity() != Severity.INFO).toList()).isEmpty();
        SimulationResult r = Simulator.run(t, Scenario.BASELINE);
        assertThat(r.converged()).isTrue();
        assertThat(r.anycast("internet")).filteredOn(v -> v.serviceIp().toString().startsWith("100.66.")).hasSize(8)
                .allSatisfy(v -> assertThat(v.reachable()).isTrue());
    }

    @Test
    void rejectsImpossibleSpecs() {
        assertThatThrownBy(() -> new ScaleTopology.Spec(1025, 2000, 2000, 1, 1)).hasMessageContaining("regions must be 1..1024");
        assertThatThrownBy(() -> new ScaleTopology.Spec(300, 300 * 20000, 300, 1, 1)).hasMessageContaining("too many speakers");
        assertThatThrownBy(() -> new ScaleTopology.Spec(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScaleTopology.Spec(5, 40, 4, 1, 1)).hasMessageContaining("gateways");
    }
}
