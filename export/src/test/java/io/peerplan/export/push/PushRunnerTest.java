package io.peerplan.export.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many devices at once, against "devices" that accept TCP and never speak SSH (each connect then
 * takes the whole connect timeout): bounded parallelism, one report per device in plan order, and
 * cancellation of devices not yet started.
 */
class PushRunnerTest {
    @TempDir
    Path dir;
    private final List<ServerSocket> silent = new ArrayList<>();
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openSilentDevices() throws IOException {
        for (int i = 0; i < 4; i++) {
            ServerSocket s = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            silent.add(s);
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        accepted.add(s.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
        }
    }

    @AfterEach
    void close() throws IOException {
        for (ServerSocket s : silent) {
            s.close();
        }
        for (Socket s : accepted) {
            s.close();
        }
    }

    private Topology fourRouters() throws Exception {
        StringBuilder y = new StringBuilder("schemaVersion: 1\nname: many\nrouters:\n");
        for (int i = 0; i < silent.size(); i++) {
            y.append("- id: r").append(i).append("\n  role: gateway\n  platform: frr\n  asn: 6450").append(i)
                    .append("\n  management:\n    host: 127.0.0.1\n    port: ").append(silent.get(i).getLocalPort()).append("\n    user: ops\n");
        }
        return ProjectCodec.read("many.peerplan.yaml", y.toString().getBytes(StandardCharsets.UTF_8));
    }

    private PushRunner runner(Topology t, int parallel, PushListener listener) throws PushFailure {
        SshSettings s = new SshSettings(dir.resolve("known_hosts"), List.of(), null, null, Duration.ofSeconds(1));
        return new PushRunner(t, SshjConnector.open(s), (tp, r) -> "router bgp 1\n", null, PushOptions.DEFAULTS.withParallelism(parallel), listener);
    }

    @Test
    void runsAtMostParallelDevicesAtOnceAndReportsEachInPlanOrder() throws Exception {
        Topology t = fourRouters();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        PushListener counting = new PushListener() {
            @Override
            public void onEvent(PushEvent e) {
                if (e.step() == PushStep.CONNECT && e.phase() == PushEvent.Phase.STARTED) {
                    max.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                }
            }

            @Override
            public void onDeviceDone(DeviceReport r) {
                inFlight.decrementAndGet();
            }
        };
        PushReport report = runner(t, 2, counting).run(PushPlan.of(t, List.of()), new CancelToken());
        assertThat(max).hasValue(2);
        assertThat(report.devices()).extracting(DeviceReport::device).containsExactly("r0", "r1", "r2", "r3");
        assertThat(report.devices()).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(DeviceOutcome.FAILED);
            assertThat(d.reason()).contains("did not complete the SSH handshake and login within 1 s").contains("not changed");
            assertThat(d.deviceChanged()).isFalse();
        });
        assertThat(report.allOk()).isFalse();
    }

    @Test
    void cancellingStopsTheRunningDeviceAndNeverStartsTheOthers() throws Exception {
        Topology t = fourRouters();
        CancelToken cancel = new CancelToken();
        PushListener cancelOnFirstConnect = e -> {
            if (e.step() == PushStep.CONNECT && e.phase() == PushEvent.Phase.STARTED) {
                cancel.cancel();
            }
        };
        PushRunner runner = runner(t, 1, cancelOnFirstConnect);
        long t0 = System.nanoTime();
        PushReport report = runner.run(PushPlan.of(t, List.of()), cancel);
        // Four sequential 1 s connect timeouts would take 4 s; cancelled, the run ends at once.
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(report.devices()).extracting(DeviceReport::outcome).containsOnly(DeviceOutcome.CANCELLED);
        assertThat(report.devices().subList(1, 4)).allSatisfy(d -> assertThat(d.reason()).contains("cancelled before this device was started"));
    }
}
