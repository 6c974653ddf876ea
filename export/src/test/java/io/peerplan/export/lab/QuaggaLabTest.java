package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.RealQuagga;
import io.peerplan.export.testlab.Requires;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.sim.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The homelab sample's OpenWrt router runs real Quagga 1.2.3 in the lab (FRR keeps the speakers):
 * its daemons are Quagga's, its table is read from Quagga's text, the simulator agrees on every
 * (speaker, prefix), and everything the lab started is gone after it is taken down.
 */
@Tag("lab")
class QuaggaLabTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsRootFrrAndQuagga() {
        Requires.nothingMissing(Preflight.report());
        Requires.quagga();
    }

    @Test
    void theOpenWrtRouterRunsRealQuaggaAndAgreesWithTheSimulator() throws Exception {
        Topology t = Samples.load("homelab-openwrt-quagga");
        LabStateStore store = new LabStateStore(tmp.resolve("state"));
        LabPlan plan = new LabPlanner().plan(t, LabNames.newLabId(), "test:homelab");
        assertThat(plan.host("openwrt").orElseThrow().runsQuagga()).isTrue();
        assertThat(plan.host("ubuntu-dev1").orElseThrow().runsQuagga()).isFalse();
        Map<String, Long> pids;
        String namespace = plan.host("openwrt").orElseThrow().namespace();
        try (Lab lab = Lab.up(t, plan, store, Set.of())) {
            pids = Map.copyOf(lab.state().pids.get(namespace));
            assertThat(pids).containsOnlyKeys("zebra", "bgpd");
            for (var e : pids.entrySet()) {
                String cmdline = Files.readString(Path.of("/proc", e.getValue().toString(), "cmdline"),
                        StandardCharsets.UTF_8);
                assertThat(cmdline).startsWith(RealQuagga.SBIN.resolve(e.getKey()) + "\0");
            }
            assertThat(lab.host("openwrt").sessionStates()).containsOnly(Map.entry("192.168.1.5", "Established"),
                    Map.entry("192.168.1.6", "Established"));

            LabCheck.Result r = LabCheck.run(lab, Scenario.BASELINE, Duration.ofSeconds(20));
            assertThat(r.comparison().entries()).hasSize(6);
            assertThat(r.comparison().disagreements()).as(r.comparison().summary()).isEmpty();
            LabRib openwrt = r.convergence().ribs().get("openwrt");
            assertThat(openwrt.reportsReasons()).isFalse();
            assertThat(openwrt.routes().get(IpPrefix.parse("192.168.0.30/32"))).hasSize(2);

            // What-if changes reach a Quagga router over its vty socket, then a soft clear re-advertises.
            lab.host("openwrt").reconfigure(java.util.List.of("route-map pp-what-if permit 10",
                    "set as-path prepend 65000 65000"));
            assertThat(VtySocket.run(lab.host("openwrt").bgpdSocket(), "show running-config").text())
                    .contains("route-map pp-what-if permit 10\n set as-path prepend 65000 65000");
        }
        for (long pid : pids.values()) {
            assertThat(ProcessHandle.of(pid).map(Processes::running).orElse(false)).as("pid " + pid).isFalse();
        }
        assertThat(Namespaces.exists(namespace)).isFalse();
    }
}
