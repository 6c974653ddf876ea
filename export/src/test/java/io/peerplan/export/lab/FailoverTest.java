package io.peerplan.export.lab;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.sample.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's failover, on real FRR: the Alfa cloud network (speakers to gateway) starts dropping
 * every frame silently. With MetalLB's BFD profile (300 ms x 3) the gateway notices in under a
 * second and the vantage moves 203.0.113.70 to the Bravo provider within 2 s; without BFD only the
 * 90 s hold timer could notice, so the vantage still goes to Alfa 5 s later.
 */
@Tag("lab")
class FailoverTest {
    static final IpPrefix ANYCAST = IpPrefix.parse("203.0.113.70/32");
    static final Ip ANTARES = Ip.parse("198.18.0.1");
    static final Ip BETELGEUSE = Ip.parse("198.18.0.5");

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsRootAndFrr() {
        Requires.nothingMissing(Preflight.report());
    }

    @Test
    void bfdMovesTheVantageWithinTwoSecondsAndHoldTimersDoNotWithinFive() throws Exception {
        Topology withBfd = Samples.load("two-dc-anycast");
        String yaml = new String(Samples.bytes("two-dc-anycast"), StandardCharsets.UTF_8)
                .replace("      bfd: true\n", "").replace("      bfdProfile: t-rex\n", "")
                .replace("      bfdProfile: my-default\n", "");
        Topology withoutBfd = ProjectCodec.read("two-dc-anycast without BFD", yaml.getBytes(StandardCharsets.UTF_8));
        CompletableFuture<Optional<Duration>> bfd = CompletableFuture.supplyAsync(() -> failover(withBfd,
                Duration.ofSeconds(2), true));
        CompletableFuture<Optional<Duration>> holdTimer = CompletableFuture.supplyAsync(() -> failover(withoutBfd,
                Duration.ofSeconds(5), false));
        Optional<Duration> moved = bfd.join();
        assertThat(moved).as("with BFD 300 ms x 3 the vantage moves to Bravo within 2 s").isPresent();
        System.out.printf("lab failover with BFD: %d ms%n", moved.get().toMillis());
        assertThat(holdTimer.join()).as("without BFD the vantage still goes to Alfa 5 s after the loss").isEmpty();
    }

    /** Brings the lab up, silences alfa-cloud and returns how long until the vantage uses Betelgeuse. */
    private Optional<Duration> failover(Topology t, Duration within, boolean expectBfd) {
        LabStateStore store = new LabStateStore(tmp.resolve("state"));
        LabPlan plan = new LabPlanner().plan(t, LabNames.newLabId(), "test:" + t.name());
        try (Lab lab = Lab.up(t, plan, store, Set.of())) {
            Convergence.Report r = Convergence.await(lab, Duration.ofSeconds(40),
                    Map.of("internet", Set.of(ANYCAST)), Duration.ofMillis(600));
            assertThat(r.converged()).as("%s %s", r.downSessions(), r.missing()).isTrue();
            assertThat(vantageNextHop(lab)).contains(ANTARES);
            String bfdPeers = lab.frr("gateway-alfa-unoone").show("show bfd peers brief");
            assertThat(bfdPeers.contains("192.168.247.101") && bfdPeers.contains(" up ")).isEqualTo(expectBfd);
            lab.fail(Set.of("alfa-cloud"));
            long start = System.nanoTime();
            long deadline = start + within.toNanos();
            while (System.nanoTime() < deadline) {
                if (vantageNextHop(lab).filter(BETELGEUSE::equals).isPresent()) {
                    return Optional.of(Duration.ofNanos(System.nanoTime() - start));
                }
                Processes.sleep(20);
            }
            assertThat(vantageNextHop(lab)).contains(ANTARES);
            return Optional.empty();
        }
    }

    /** The vantage's next hop for the anycast address, read from its own table only (fast polling). */
    private static Optional<Ip> vantageNextHop(Lab lab) {
        return FrrJson.rib("internet", lab.frr("internet").show("show bgp ipv4 unicast json")).best(ANYCAST)
                .map(LabRib.Path::nextHop);
    }
}
