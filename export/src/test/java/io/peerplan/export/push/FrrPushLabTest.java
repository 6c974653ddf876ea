package io.peerplan.export.push;

import io.peerplan.export.testlab.FrrPair;
import io.peerplan.export.testlab.PushLabDesign;
import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerplan.export.frr.FrrConfigGenerator;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Pushes over a real OpenSSH server (127.0.0.1, started here) into a real FRR router in a network
 * namespace, with fault injection. Every fault ends with the edge router's running config read
 * back and compared byte for byte with the one before the push.
 */
@Tag("lab")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrrPushLabTest {
    // The login is root, so no command prefix: 'env' no longer is one (only sudo/doas), and the
    // test machine has no sudo. PushBoundsTest checks that every command carries an allowed prefix.
    private static final PushLabDesign DESIGN = PushLabDesign.EDGE_AND_UPSTREAM;
    private static final PushOptions FAST = new PushOptions(false, 2, Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(20));

    private Path dir;
    private OpenSshServer ssh;
    private FrrPair lab;
    private Topology topology;
    private String before;

    @BeforeAll
    void startLab() throws Exception {
        Requires.openSsh();
        Requires.frrRouters();
        dir = Files.createTempDirectory("peerplan-push-lab");
        ssh = OpenSshServer.start(dir);
        lab = FrrPair.start(dir);
        lab.load(lab.upstream(), PushLabDesign.upstreamConfig());
        lab.load(lab.edge(), PushLabDesign.edgeConfig(1, "65101"));
        topology = DESIGN.topology(ssh.port, lab.edge());
    }

    @AfterAll
    void stopLab() throws Exception {
        if (lab != null) {
            lab.close();
        }
        if (ssh != null) {
            ssh.close();
        }
        if (dir != null) {
            FrrPair.sh("rm", "-rf", "--", dir.toString());
        }
    }

    @BeforeEach
    void baseline() throws Exception {
        Path base = dir.resolve("baseline.conf");
        Files.writeString(base, PushLabDesign.edgeConfig(1, "65101"));
        FrrPair.sh("/usr/lib/frr/frr-reload.py", "-N", lab.edge(), "--reload", "--stdout", "--rundir", dir.toString(), base.toString());
        lab.vtysh(lab.edge(), "clear bgp * soft");
        lab.awaitEstablished(lab.edge(), FrrPair.UPSTREAM_IP, 30);
        awaitUpstreamPathLength(2);
        before = lab.running(lab.edge());
    }

    private PushReport push(String candidate, PushOptions options, PushListener listener, CancelToken cancel) throws Exception {
        PushRunner runner = new PushRunner(topology, SshjConnector.open(ssh.settings()), (t, r) -> candidate, null, options, listener);
        return runner.run(PushPlan.of(topology, List.of("edge")), cancel);
    }

    private PushReport push(String candidate, PushOptions options, PushListener listener) throws Exception {
        return push(candidate, options, listener, new CancelToken());
    }

    /** The AS-path length of upstream's best path to the anycast prefix (1 + prepends). */
    private int upstreamPathLength() throws Exception {
        var json = new ObjectMapper().readTree(lab.vtysh(lab.upstream(), "show bgp ipv4 unicast 203.0.113.64/29 json"));
        for (var p : json.path("paths")) {
            if (p.path("bestpath").path("overall").asBoolean()) {
                return p.path("aspath").path("length").asInt();
            }
        }
        return -1;
    }

    private void awaitUpstreamPathLength(int length) throws Exception {
        for (int i = 0; i < 60 && upstreamPathLength() != length; i++) {
            Thread.sleep(250);
        }
        assertThat(upstreamPathLength()).isEqualTo(length);
    }

    @Test
    void appliesAPrependChangeVerifiesItAndTheUpstreamSeesIt() throws Exception {
        List<PushEvent> events = new CopyOnWriteArrayList<>();
        PushReport report = push(PushLabDesign.edgeConfig(5, "65101"), FAST, events::add);
        DeviceReport edge = report.device("edge");
        assertThat(edge.outcome()).as(edge.toString()).isEqualTo(DeviceOutcome.APPLIED);
        assertThat(edge.deviceChanged()).isTrue();
        assertThat(edge.diff()).contains("Lines To Add").contains("set as-path prepend 64859 64859 64859 64859 64859");
        assertThat(edge.reason()).contains("1 session Established");
        assertThat(lab.running(lab.edge())).contains("set as-path prepend 64859 64859 64859 64859 64859");
        awaitUpstreamPathLength(6);
        assertThat(events).extracting(PushEvent::step).containsSubsequence(PushStep.CONNECT, PushStep.UPLOAD, PushStep.CHECK,
                PushStep.DIFF, PushStep.SAVE, PushStep.APPLY, PushStep.VERIFY);
        assertThat(events).noneMatch(e -> e.step() == PushStep.ROLLBACK);
    }

    @Test
    void pushesTheGeneratedConfigOfAnEditedDesignAndBackAgain() throws Exception {
        Router edge = topology.routers().getFirst();
        RouteMap.Entry one = edge.routeMap("prepend").orElseThrow().entries().getFirst();
        RouteMap.Entry five = new RouteMap.Entry(one.seq(), one.action(), one.description(), one.match(),
                new RouteMap.Set(List.of(64859L, 64859L, 64859L, 64859L, 64859L), null, null, null, false, null, null));
        Topology edited = topology.withRouters(List.of(edge.withRouteMaps(List.of(new RouteMap("prepend", List.of(five)))),
                topology.routers().get(1)));

        DeviceReport out = generatedPush(edited).device("edge");
        assertThat(out.outcome()).as(out.toString()).isEqualTo(DeviceOutcome.APPLIED);
        awaitUpstreamPathLength(6);

        DeviceReport back = generatedPush(topology).device("edge");
        assertThat(back.outcome()).as(back.toString()).isEqualTo(DeviceOutcome.APPLIED);
        assertThat(back.diff()).contains("set as-path prepend 64859").doesNotContain("ip router-id");
        awaitUpstreamPathLength(2);

        // Pushing the same design again changes nothing of it. What remains is a lab artefact: vtysh
        // adds its own (host UTS) hostname to show running-config next to the daemons' one, since
        // FRR run with -N ignores `hostname` (FRR issue 7583, frr-lab.md); a real router has one name.
        ReloadDiff again = ReloadDiff.parse(generatedPush(topology).device("edge").diff());
        assertThat(again.deletions()).allMatch(l -> l.startsWith("no hostname "));
        assertThat(again.additions()).containsOnly("ip forwarding");
    }

    private PushReport generatedPush(Topology t) throws Exception {
        return new PushRunner(t, SshjConnector.open(ssh.settings()), FrrConfigGenerator::generate, null, FAST, PushListener.NONE)
                .run(PushPlan.of(t, List.of("edge")), new CancelToken());
    }

    @Test
    void aTcpMd5SecretIsTakenFromTheDeviceAndNeverReported() throws Exception {
        String secret = "pp-md5-" + Long.toHexString(System.nanoTime());
        FrrPair.sh("vtysh", "-N", lab.upstream(), "-c", "configure terminal", "-c", "router bgp 65101",
                "-c", "neighbor " + FrrPair.EDGE_IP + " password " + secret);
        FrrPair.sh("vtysh", "-N", lab.edge(), "-c", "configure terminal", "-c", "router bgp 64859",
                "-c", "neighbor " + FrrPair.UPSTREAM_IP + " password " + secret);
        try {
            lab.awaitEstablished(lab.edge(), FrrPair.UPSTREAM_IP, 60);
            Topology md5 = DESIGN.withMd5().topology(ssh.port, lab.edge());
            Router edge = md5.routers().getFirst();
            RouteMap.Entry one = edge.routeMap("prepend").orElseThrow().entries().getFirst();
            RouteMap.Entry three = new RouteMap.Entry(one.seq(), one.action(), one.description(), one.match(),
                    new RouteMap.Set(List.of(64859L, 64859L, 64859L), null, null, null, false, null, null));
            Topology edited = md5.withRouters(List.of(edge.withRouteMaps(List.of(new RouteMap("prepend", List.of(three)))), md5.routers().get(1)));
            assertThat(FrrConfigGenerator.generate(edited, edited.routers().getFirst())).contains("password @@SECRET:upstream-md5@@");

            List<PushEvent> events = new CopyOnWriteArrayList<>();
            DeviceReport r = new PushRunner(edited, SshjConnector.open(ssh.settings()), FrrConfigGenerator::generate, null, FAST, events::add)
                    .run(PushPlan.of(edited, List.of("edge")), new CancelToken()).device("edge");
            assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.APPLIED);
            assertThat(r.toString() + events).doesNotContain(secret).doesNotContain("@@SECRET");
            assertThat(lab.running(lab.edge())).contains("neighbor " + FrrPair.UPSTREAM_IP + " password " + secret)
                    .contains("set as-path prepend 64859 64859 64859");
            awaitUpstreamPathLength(4);
        } finally {
            FrrPair.sh("vtysh", "-N", lab.upstream(), "-c", "configure terminal", "-c", "router bgp 65101",
                    "-c", "no neighbor " + FrrPair.EDGE_IP + " password");
        }
    }

    @Test
    void aSecretTheDeviceDoesNotHaveStopsThePushBeforeAnyChange() throws Exception {
        Topology md5 = DESIGN.withMd5().topology(ssh.port, lab.edge());
        DeviceReport r = new PushRunner(md5, SshjConnector.open(ssh.settings()), FrrConfigGenerator::generate, null, FAST, PushListener.NONE)
                .run(PushPlan.of(md5, List.of("edge")), new CancelToken()).device("edge");
        assertThat(r.outcome()).as(r.toString()).isEqualTo(DeviceOutcome.FAILED);
        assertThat(r.reason()).contains("no value yet for secret upstream-md5").contains("not changed");
        assertThat(lab.running(lab.edge())).isEqualTo(before);
    }

    @Test
    void aCandidateEqualToTheRunningConfigIsUnchanged() throws Exception {
        String same = RunningConfigDiff.body(before);
        DeviceReport edge = push(same, FAST, PushListener.NONE).device("edge");
        assertThat(edge.outcome()).as(edge.toString()).isEqualTo(DeviceOutcome.UNCHANGED);
        assertThat(lab.running(lab.edge())).isEqualTo(before);
    }

    @Test
    void aDryRunShowsTheDiffAndChangesNothing() throws Exception {
        DeviceReport edge = push(PushLabDesign.edgeConfig(5, "65101"), FAST.withDryRun(true), PushListener.NONE).device("edge");
        assertThat(edge.outcome()).as(edge.toString()).isEqualTo(DeviceOutcome.PREVIEWED);
        assertThat(edge.diff()).contains("set as-path prepend 64859 64859 64859 64859 64859");
        assertThat(edge.steps()).noneMatch(s -> s.startsWith("apply") || s.startsWith("save"));
        assertThat(lab.running(lab.edge())).isEqualTo(before);
    }

    @Test
    void aDeviceChangedSinceThePreviewIsNotApplied() throws Exception {
        String candidate = PushLabDesign.edgeConfig(5, "65101");
        String previewed = push(candidate, FAST.withDryRun(true), PushListener.NONE).device("edge").diff();
        FrrPair.sh("vtysh", "-N", lab.edge(), "-c", "configure terminal", "-c", "route-map prepend permit 10",
                "-c", "set as-path prepend 64859 64859");
        String changedByHand = lab.running(lab.edge());
        PushRunner runner = new PushRunner(topology, SshjConnector.open(ssh.settings()), (t, r) -> candidate, null, FAST, PushListener.NONE);
        DeviceReport edge = runner.run(PushPlan.of(topology, List.of("edge")), new CancelToken(), java.util.Map.of("edge", previewed)).device("edge");
        assertThat(edge.outcome()).as(edge.toString()).isEqualTo(DeviceOutcome.FAILED);
        assertThat(edge.reason()).contains("changed since the diff was confirmed").contains("not changed");
        assertThat(lab.running(lab.edge())).isEqualTo(changedByHand);
    }

    @Test
    void aFailedRemoteSyntaxCheckLeavesTheDeviceUntouched() throws Exception {
        String broken = PushLabDesign.edgeConfig(5, "65101").replace("neighbor 198.18.10.2 remote-as 65101", "neighbor 198.18.10.2 remote-as banana");
        DeviceReport edge = push(broken, FAST, PushListener.NONE).device("edge");
        assertThat(edge.outcome()).as(edge.toString()).isEqualTo(DeviceOutcome.FAILED);
        assertThat(edge.reason()).contains("vtysh rejected the candidate").contains("remote-as banana").contains("not changed");
        assertThat(edge.deviceChanged()).isFalse();
        assertThat(lab.running(lab.edge())).isEqualTo(before);
    }

    @Test
    void sessionsThatDoNotComeUpAfterTheApplyAreRolledBack() throws Exception {
        List<PushEvent> events = new CopyOnWriteArrayList<>();
        DeviceReport edge = push(PushLabDesign.edgeConfig(1, "65999"), FAST.withVerifyTimeout(Duration.ofSeconds(6)), events::add).device("edge");
        assertThat(edge.outcome()).as(edge.toString()).isEqualTo(DeviceOutcome.ROLLED_BACK);
        assertThat(edge.reason()).contains("verify failed").contains("session 198.18.10.2 (edge-upstream) is")
                .contains("read back byte-identical");
        assertThat(edge.deviceChanged()).isFalse();
        assertThat(lab.running(lab.edge())).isEqualTo(before);
        assertThat(events).anyMatch(e -> e.step() == PushStep.ROLLBACK && e.phase() == PushEvent.Phase.SUCCEEDED);
        lab.awaitEstablished(lab.edge(), FrrPair.UPSTREAM_IP, 30);
    }

    @Test
    void aConnectionDroppedDuringTheApplyIsRolledBackOverANewConnection() throws Exception {
        AtomicBoolean dropped = new AtomicBoolean();
        PushListener dropMidApply = e -> {
            if (e.step() == PushStep.APPLY && e.phase() == PushEvent.Phase.PROGRESS && dropped.compareAndSet(false, true)) {
                assertThat(ssh.dropConnections()).isPositive();
            }
        };
        DeviceReport edge = push(PushLabDesign.edgeConfig(5, "65101"), FAST, dropMidApply).device("edge");
        assertThat(dropped).isTrue();
        assertThat(edge.outcome()).as(edge.toString()).isEqualTo(DeviceOutcome.ROLLED_BACK);
        assertThat(edge.reason()).contains("apply failed").contains("connection").contains("lost").contains("read back byte-identical");
        assertThat(edge.steps()).anyMatch(s -> s.startsWith("roll back: ok"));
        assertThat(lab.running(lab.edge())).isEqualTo(before);
    }

    @Test
    void whenTheDeviceCannotBeReachedAgainTheReportSaysTheRollbackFailed() throws Exception {
        Path own = Files.createDirectories(dir.resolve("sshd-" + System.nanoTime()));
        OpenSshServer lost = OpenSshServer.start(own);
        Topology t = DESIGN.topology(lost.port, lab.edge());
        AtomicBoolean stopped = new AtomicBoolean();
        PushListener stopServerMidApply = e -> {
            if (e.step() == PushStep.APPLY && e.phase() == PushEvent.Phase.PROGRESS && stopped.compareAndSet(false, true)) {
                try {
                    // Sessions outlive a stopped listener, so drop them first, then stop accepting.
                    assertThat(lost.dropConnections()).isPositive();
                    lost.close();
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            }
        };
        DeviceReport edge = new PushRunner(t, SshjConnector.open(lost.settings()), (tp, r) -> PushLabDesign.edgeConfig(5, "65101"), null, FAST,
                stopServerMidApply).run(PushPlan.of(t, List.of("edge")), new CancelToken()).device("edge");
        assertThat(stopped).isTrue();
        assertThat(edge.outcome()).as(edge.toString()).isEqualTo(DeviceOutcome.FAILED);
        assertThat(edge.deviceChanged()).isTrue();
        assertThat(edge.reason()).contains("ROLLBACK FAILED").contains("may be half-applied").contains("/rollback.conf on the device");
        // Truthful: the detached apply finished on the device, so it now runs the candidate, not the saved config.
        assertThat(lab.running(lab.edge())).isNotEqualTo(before).contains("set as-path prepend 64859 64859 64859 64859 64859");
        String kept = edge.reason().replaceAll("(?s).*is in (/tmp/peerplan-push\\.[A-Za-z0-9]+)/rollback.conf.*", "$1");
        assertThat(Files.readString(Path.of(kept, "rollback.conf"))).isEqualTo(RunningConfigDiff.body(before));
        FrrPair.sh("rm", "-rf", "--", kept);
    }

    @Test
    void cancellingDuringVerifyRollsBack() throws Exception {
        CancelToken cancel = new CancelToken();
        PushListener cancelAtVerify = e -> {
            if (e.step() == PushStep.VERIFY && e.phase() == PushEvent.Phase.STARTED) {
                cancel.cancel();
            }
        };
        DeviceReport edge = push(PushLabDesign.edgeConfig(1, "65999"), FAST, cancelAtVerify, cancel).device("edge");
        assertThat(edge.outcome()).as(edge.toString()).isEqualTo(DeviceOutcome.ROLLED_BACK);
        assertThat(edge.reason()).contains("cancelled");
        assertThat(lab.running(lab.edge())).isEqualTo(before);
        lab.awaitEstablished(lab.edge(), FrrPair.UPSTREAM_IP, 30);
    }
}
