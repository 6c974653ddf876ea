package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.metallb.MetalLbCrdGenerator;
import io.peerplan.model.Cluster;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.session.GoDuration;
import io.peerplan.model.sim.Detection;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SessionState;
import io.peerplan.model.sim.SimulationResult;
import io.peerplan.model.sim.Simulator;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every hold time Go's {@code time.ParseDuration} accepts means the same thing in validate, simulate,
 * export and lab: MetalLB's speaker proposes {@code int(holdTime.Seconds())} (internal/bgp/frr
 * template), the router's 180 s wins when lower, and 0 turns keepalives off (RFC 4271 §4.2). One
 * BGPPeer of the homelab sample (Quagga 180 s, no BFD) is given each value in turn.
 */
class GoDurationEverywhereTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0s", "+0", "-0", "0.0s", "90s", "1m30s", "1.5m", "90000ms", ".5m", "3s", "3.9s", "1h", "1h2m3s4ms5us6ns"})
    void holdTimeMeansTheSameEverywhere(String holdTime) throws Exception {
        Topology t = withHoldTime(holdTime);
        long seconds = GoDuration.parse(holdTime).wholeSeconds();

        List<Finding> findings = Validator.validate(t);
        assertThat(findings).as("validate").noneMatch(f -> f.severity() == Severity.ERROR);
        List<String> holds = findings.stream().filter(f -> f.ruleId().equals("BGP-SESSION-HOLD-TIME")).map(Finding::message).toList();
        if (seconds < 180) {
            String agreed = seconds == 0 ? "negotiates 0" : "uses " + seconds + " s";
            assertThat(holds).as("validate").hasSize(2).allSatisfy(m -> assertThat(m).contains(agreed));
        }

        SimulationResult sim = Simulator.run(t, Scenario.BASELINE);
        List<SessionState> speakerSessions = sim.sessions().stream().filter(s -> s.id().contains("/")).toList();
        assertThat(speakerSessions).as("simulate").isNotEmpty().allSatisfy(s -> {
            assertThat(s.up()).isTrue();
            if (seconds == 0) {
                assertThat(s.detection().mechanism()).isEqualTo(Detection.Mechanism.NEVER);
            } else {
                assertThat(s.detection().mechanism()).isEqualTo(Detection.Mechanism.HOLD_TIMER);
                assertThat(s.detection().millis()).isEqualTo(Math.min(seconds, 180) * 1000);
            }
        });

        Cluster c = t.clusters().getFirst();
        MetalLbSpeaker speaker = MetalLbSpeaker.of(c, c.nodes().getFirst()).orElseThrow();
        assertThat(speaker.neighbors().getFirst().hold()).as("lab").isEqualTo(seconds);
        assertThat(speaker.neighbors().getFirst().keepalive()).as("lab").isEqualTo(GoDuration.parse(holdTime).nanos() / 3 / 1_000_000_000L);

        List<ObjectNode> crds = MetalLbCrdGenerator.resources(c, new ArrayList<>());
        assertThat(crds).as("export").anySatisfy(o -> assertThat(o.path("spec").path("holdTime").asText()).isEqualTo(holdTime));
    }

    private static Topology withHoldTime(String holdTime) throws Exception {
        String yaml = new String(Samples.bytes("homelab-openwrt-quagga"), StandardCharsets.UTF_8);
        String patched = yaml.replace("      peerAddress: 192.168.1.2\n", "      peerAddress: 192.168.1.2\n      holdTime: \"" + holdTime + "\"\n");
        assertThat(patched).isNotEqualTo(yaml);
        return ProjectCodec.read("hold-" + holdTime, patched.getBytes(StandardCharsets.UTF_8));
    }
}
