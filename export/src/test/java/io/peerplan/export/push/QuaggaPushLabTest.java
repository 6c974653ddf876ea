package io.peerplan.export.push;

import io.peerplan.export.testlab.QuaggaEdge;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.PushCandidates;
import io.peerplan.export.testlab.FrrPair;
import io.peerplan.export.testlab.PushLabDesign;
import io.peerplan.export.testlab.Requires;
import io.peerplan.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Pushes over a real OpenSSH server (127.0.0.1) into a real Quagga 1.2.3 router laid out as on
 * OpenWrt ({@link QuaggaEdge}: /etc/quagga and /etc/init.d/quagga in a private mount namespace),
 * peering with a real FRR upstream in a network namespace. Every fault ends with the router's
 * running config read back and compared byte for byte with the one before the push, and its
 * config files (content, mode, owner) compared too.
 */
@Tag("lab")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuaggaPushLabTest {
    private static final PushOptions FAST = new PushOptions(false, 2, Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(20));

    private Path dir;
    private QuaggaEdge edge;
    private Topology topology;
    private QuaggaCandidate baseline;
    private String before;
    private String zebraBefore;
    private String bgpdBefore;

    @BeforeAll
    void startLab() throws Exception {
        Requires.openSsh();
        Requires.frrRouters();
        Requires.quagga();
        dir = Files.createTempDirectory("peerplan-quagga-push");
        Topology sketch = PushLabDesign.EDGE_AND_UPSTREAM.quaggaTopology(22, null);
        baseline = PushCandidates.quagga(sketch, sketch.routers().getFirst());
        edge = QuaggaEdge.start(dir, baseline.zebraConf(), baseline.bgpdConf());
        edge.lab.load(edge.lab.upstream(), PushLabDesign.upstreamConfig());
        topology = PushLabDesign.EDGE_AND_UPSTREAM.quaggaTopology(edge.ssh.port, null);
    }

    @AfterAll
    void stopLab() throws Exception {
        if (edge != null) {
            edge.close();
        }
        if (dir != null) {
            FrrPair.sh("rm", "-rf", "--", dir.toString());
        }
    }

    @BeforeEach
    void baseline() throws Exception {
        edge.reset(baseline.zebraConf(), baseline.bgpdConf());
        edge.awaitEstablished(30);
        awaitUpstreamPathLength(2);
        before = edge.running();
        zebraBefore = edge.file("zebra");
        bgpdBefore = edge.file("bgpd");
    }

    private DeviceReport push(Topology t, UnaryOperator<QuaggaCandidate> edit, PushOptions options, PushListener listener) throws Exception {
        PushRunner runner = new PushRunner(t, SshjConnector.open(edge.ssh.settings()), (tp, r) -> "", null, options, listener)
                .withQuagga((tp, r) -> edit.apply(PushCandidates.quagga(tp, r)));
        return runner.run(PushPlan.of(t, List.of("edge")), new CancelToken()).device("edge");
    }

    private DeviceReport push(int prepends, PushOptions options, PushListener listener) throws Exception {
        return push(PushLabDesign.EDGE_AND_UPSTREAM.withPrepends(prepends).quaggaTopology(edge.ssh.port, null), c -> c, options, listener);
    }

    private static QuaggaCandidate bgpd(QuaggaCandidate c, String from, String to) {
        assertThat(c.bgpdConf()).contains(from);
        return new QuaggaCandidate(c.zebraConf(), c.bgpdConf().replace(from, to));
    }

    private void assertUnchanged() throws Exception {
        assertThat(edge.running()).isEqualTo(before);
        assertThat(edge.file("zebra")).isEqualTo(zebraBefore);
        assertThat(edge.file("bgpd")).isEqualTo(bgpdBefore);
    }

    /** Upstream's best path to the anycast prefix has this AS-path length (1 + prepends), within 20 s. */
    private void awaitUpstreamPathLength(int length) throws Exception {
        assertThat(edge.lab.awaitPathLength(edge.lab.upstream(), "203.0.113.64/29", length)).isEqualTo(length);
    }

    @Test
    void appliesAPrependChangeLiveVerifiesItWritesItAndTheUpstreamSeesIt() throws Exception {
        List<PushEvent> events = new CopyOnWriteArrayList<>();
        DeviceReport r = push(5, FAST, events::add);
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.APPLIED);
        assertThat(r.kind()).isEqualTo("Quagga router");
        assertThat(r.diff()).startsWith("Applied live with vtysh").contains("Lines To Delete").contains(" set as-path prepend 64859\n")
                .contains(" set as-path prepend 64859 64859 64859 64859 64859");
        assertThat(r.reason()).contains("1 session Established");
        assertThat(edge.running()).contains("set as-path prepend 64859 64859 64859 64859 64859");
        // write memory saved it: the daemon rewrote its own file.
        assertThat(edge.file("bgpd")).contains("set as-path prepend 64859 64859 64859 64859 64859");
        awaitUpstreamPathLength(6);
        assertThat(events).extracting(PushEvent::step).containsSubsequence(PushStep.CONNECT, PushStep.UPLOAD, PushStep.CHECK,
                PushStep.DIFF, PushStep.SAVE, PushStep.APPLY, PushStep.VERIFY);
        assertThat(events).noneMatch(e -> e.step() == PushStep.ROLLBACK);

        DeviceReport again = push(5, FAST, PushListener.NONE);
        assertThat(again.outcome()).as("the same design again: " + again).isEqualTo(DeviceOutcome.UNCHANGED);
    }

    @Test
    void theDesignAsItRunsIsUnchanged() throws Exception {
        DeviceReport r = push(1, FAST, PushListener.NONE);
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.UNCHANGED);
        assertUnchanged();
    }

    @Test
    void aDryRunShowsTheDiffAndChangesNothing() throws Exception {
        DeviceReport r = push(5, FAST.withDryRun(true), PushListener.NONE);
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.PREVIEWED);
        assertThat(r.diff()).contains("set as-path prepend 64859 64859 64859 64859 64859");
        assertThat(r.steps()).noneMatch(s -> s.startsWith("apply") || s.startsWith("save"));
        assertUnchanged();
    }

    @Test
    void aConfigTheDevicesBgpdRejectsLeavesItUntouched() throws Exception {
        DeviceReport r = push(topology, c -> bgpd(c, "neighbor 198.18.10.2 remote-as 65101", "neighbor 198.18.10.2 remote-as banana"),
                FAST, PushListener.NONE);
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.FAILED);
        assertThat(r.reason()).contains("Quagga bgpd rejected the candidate bgpd.conf").contains("remote-as banana").contains("not changed");
        assertThat(r.deviceChanged()).isFalse();
        assertUnchanged();
    }

    @Test
    void aSessionThatDoesNotComeBackIsRolledBackByteForByte() throws Exception {
        List<PushEvent> events = new CopyOnWriteArrayList<>();
        DeviceReport r = push(topology, c -> bgpd(c, "remote-as 65101", "remote-as 65999"), FAST.withVerifyTimeout(Duration.ofSeconds(6)), events::add);
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.ROLLED_BACK);
        assertThat(r.diff()).startsWith("Applied live");
        assertThat(r.reason()).contains("verify failed").contains("session 198.18.10.2 (edge-upstream) is").contains("read back byte-identical");
        assertThat(r.deviceChanged()).isFalse();
        assertUnchanged();
        assertThat(events).anyMatch(e -> e.step() == PushStep.ROLLBACK && e.phase() == PushEvent.Phase.SUCCEEDED);
        edge.awaitEstablished(30);
    }

    @Test
    void aChangeQuaggaCannotApplyLiveRestartsFromTheFilesAndRollsBackTheSameWay() throws Exception {
        DeviceReport r = push(topology, c -> bgpd(c, "router bgp 64859", "router bgp 64860"), FAST.withVerifyTimeout(Duration.ofSeconds(6)),
                PushListener.NONE);
        assertThat(r.diff()).startsWith("Applied by replacing /etc/quagga/zebra.conf and bgpd.conf and running '/etc/init.d/quagga restart'")
                .contains("the BGP AS changes");
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.ROLLED_BACK);
        assertThat(r.steps()).anyMatch(s -> s.contains("/etc/init.d/quagga restart"));
        assertThat(r.reason()).contains("session 198.18.10.2 (edge-upstream) is").contains("read back byte-identical");
        assertUnchanged();
        edge.awaitEstablished(30);
    }

    @Test
    void aConnectionDroppedDuringTheApplyIsRolledBackOverANewConnection() throws Exception {
        AtomicBoolean dropped = new AtomicBoolean();
        PushListener dropMidApply = e -> {
            if (e.step() == PushStep.APPLY && e.phase() == PushEvent.Phase.PROGRESS && dropped.compareAndSet(false, true)) {
                assertThat(edge.ssh.dropConnections()).isPositive();
            }
        };
        DeviceReport r = push(5, FAST, dropMidApply);
        assertThat(dropped).isTrue();
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.ROLLED_BACK);
        assertThat(r.reason()).contains("apply failed").contains("connection").contains("lost").contains("read back byte-identical");
        assertThat(r.steps()).anyMatch(s -> s.startsWith("roll back: ok"));
        assertUnchanged();
    }

    @Test
    void thePlainLinuxLayoutIsPushedLiveAndItsRestartIsShownInThePlan() throws Exception {
        Topology linux = PushLabDesign.EDGE_AND_UPSTREAM.withPrepends(3).quaggaTopology(edge.ssh.port, "linux");
        String plan = PushPlan.of(linux, List.of("edge")).describe();
        assertThat(plan).contains("Quagga router").contains("bgpd -C -f and zebra -C -f").contains("systemctl restart zebra.service bgpd.service")
                .doesNotContain("frr-reload.py");
        DeviceReport r = push(linux, c -> c, FAST, PushListener.NONE);
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.APPLIED);
        awaitUpstreamPathLength(4);
    }
}
