package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.testlab.Requires;
import io.peerplan.model.Speaker;
import io.peerplan.model.ToReceive;
import io.peerplan.model.Topology;
import io.peerplan.model.sim.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code lab check} on seed 000's design switched to Cilium and to frr-k8s: the nodes' stand-in runs
 * what that speaker would (FRR in the node's namespace with the speaker's sessions, timers and
 * announcements). Cilium's GoBGP has no BFD, so its stand-in runs none and its sessions keep the
 * hold timer (Cilium's default 90 s, keepalive 30 s, as CiliumBGPPeerConfig leaves them); frr-k8s
 * keeps BFD and, with {@code toReceive: all}, lets the gateway's routes into the nodes, whose next
 * hops resolve through the node's default route as on a real node. On real FRR
 * every best path, selection reason and session state must be what the simulator predicts.
 */
@Tag("lab")
class SpeakerLabTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsRootAndFrr() {
        Requires.nothingMissing(Preflight.report());
    }

    static Topology cilium() {
        return Speaker.CILIUM.applyTo(io.peerplan.export.Designs.load("two-dc-anycast"));
    }

    /** frr-k8s, alfa's nodes accepting every route their gateway sends. */
    static Topology frrK8sReceiving() {
        Topology t = Speaker.FRR_K8S.applyTo(io.peerplan.export.Designs.load("two-dc-anycast"));
        ToReceive all = new ToReceive(ToReceive.ALL, List.of());
        return t.withClusters(t.clusters().stream().map(c -> !c.id().equals("k8s-alfa") ? c : c.withMetallb(c.metallb().withPeers(
                c.metallb().peers().stream().map(p -> p.withToReceive(all)).toList()))).toList());
    }

    private static List<LabPlan.Host> speakers(Topology t) {
        return new LabPlanner().plan(t, LabNames.newLabId(), "test:" + t.name()).hosts().stream()
                .filter(h -> h.role() == LabPlan.Role.SPEAKER).toList();
    }

    @Test
    void ciliumsStandInRunsNoBfdAndCiliumsTimers() {
        List<LabPlan.Host> nodes = speakers(cilium());
        assertThat(nodes).hasSize(4).allSatisfy(h -> assertThat(h.config()).doesNotContain("bfd").contains(" timers 30 90\n")
                .contains("-in deny 20\n").doesNotContain("-in permit"));
    }

    @Test
    void frrK8sStandInKeepsBfdAndLetsToReceiveIn() {
        List<LabPlan.Host> nodes = speakers(frrK8sReceiving());
        assertThat(nodes).hasSize(4).allSatisfy(h -> assertThat(h.config()).contains(" bfd profile my-default\n"));
        assertThat(nodes).filteredOn(h -> h.elementId().startsWith("alfa-")).hasSize(2).allSatisfy(h -> assertThat(h.config())
                .contains("ip nht resolve-via-default\nip route 0.0.0.0/0 192.168.247.254\n")
                .contains("ip prefix-list 192.168.247.254-inpl-ipv4 seq 5 permit any\n"
                        + "route-map 192.168.247.254-in permit 3\n match ip address prefix-list 192.168.247.254-inpl-ipv4\nexit\n"
                        + "route-map 192.168.247.254-in deny 20\n"));
        assertThat(nodes).filteredOn(h -> h.elementId().startsWith("bravo-")).allSatisfy(h -> assertThat(h.config())
                .doesNotContain("-in permit").doesNotContain("ip route"));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("cilium", cilium(), Scenario.BASELINE),
                Arguments.of("cilium", cilium(), Scenario.failing("alfa")),
                Arguments.of("frr-k8s receiving", frrK8sReceiving(), Scenario.BASELINE));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void simulatorAndFrrAgree(String speaker, Topology t, Scenario scenario) {
        AgreementSupport.Outcome o = AgreementSupport.run(t, scenario, tmp.resolve(speaker.replace(' ', '-') + scenario.isBaseline()));
        System.out.print(o.log());
        assertThat(o.comparison().entries()).as("compared entries").isNotEmpty();
        assertThat(o.comparison().disagreements()).as(o.log()).isEmpty();
        assertThat(o.sessionDifferences()).as(o.log()).isEmpty();
        if (speaker.startsWith("frr-k8s")) {
            assertThat(o.ribs().get("alfa-worker-1").routes().values().stream().flatMap(List::stream).filter(p -> !p.local()))
                    .as("alfa-worker-1 learned routes from its gateway (toReceive all)").isNotEmpty();
        }
    }
}
