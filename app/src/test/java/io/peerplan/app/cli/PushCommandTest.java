package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.PushCandidates;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code peerplan push} without a device to talk to: plan output, usage errors, unsupported
 * platforms and an unreachable device. Pushing to real OpenSSH and FRR is covered in the export
 * module's lab tests (FrrPushLabTest).
 */
class PushCommandTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownOnlyIdIsAUsageError() {
        CliTestSupport.Result r = CliTestSupport.run("push", "sample:two-dc-anycast", "--only", "nope");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--only nope: no router or cluster has this id");
    }

    @Test
    void routerOsDevicesArePlannedButNotPushedYet() {
        CliTestSupport.Result r = CliTestSupport.run("push", "sample:mikrotik-core", "--yes");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("RouterOS push is not available yet").contains("Nothing Peerplan can push.");
    }

    @Test
    void anUnreachableDeviceFailsWithoutChangingAnythingAndExitsThree() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String yaml;
        try (var in = getClass().getResourceAsStream("/io/peerplan/model/sample/two-dc-anycast.peerplan.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        yaml = yaml.replace("host: 198.51.100.14", "host: 127.0.0.1\n    port: " + closedPort);
        Path project = dir.resolve("p.peerplan.yaml");
        Files.writeString(project, yaml);
        Path key = dir.resolve("id");
        new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()).start().waitFor();
        CliTestSupport.Result r = CliTestSupport.run("push", project.toString(), "--only", "gateway-alfa-unoone", "--dry-run",
                "--identity", key.toString(), "--known-hosts", dir.resolve("known_hosts").toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(PushCommand.DEVICE_FAILED);
        assertThat(r.out()).contains("gateway-alfa-unoone [gateway-alfa-unoone] FRR router via almalinux@127.0.0.1:" + closedPort)
                .contains("gateway-alfa-unoone: failed — gateway-alfa-unoone: cannot connect to 127.0.0.1:" + closedPort)
                .contains("(the device was not changed)").contains("Dry run: nothing was changed.");
    }

    /** The homelab's OpenWrt router is pushed as Quagga, with Quagga's own steps (here to a closed loopback port, never 192.168.1.2). */
    @Test
    void aQuaggaRouterIsPlannedWithItsOwnStepsAndPushed() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String yaml;
        try (var in = getClass().getResourceAsStream("/io/peerplan/model/sample/homelab-openwrt-quagga.peerplan.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path project = dir.resolve("homelab.peerplan.yaml");
        Files.writeString(project, yaml.replace("host: 192.168.1.2", "host: 127.0.0.1\n    port: " + closedPort));
        Path key = dir.resolve("id");
        new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()).start().waitFor();
        CliTestSupport.Result r = CliTestSupport.run("push", project.toString(), "--dry-run", "--identity", key.toString(),
                "--known-hosts", dir.resolve("known_hosts").toString());
        assertThat(r.out()).contains("[openwrt] Quagga router via root@127.0.0.1:" + closedPort + ": dry run, read-only: mktemp -d, "
                + "upload zebra.conf and bgpd.conf over SFTP, bgpd -C -f and zebra -C -f (syntax check), vtysh -c 'show running-config' (diff)")
                .contains("openwrt: failed — openwrt: cannot connect to 127.0.0.1:" + closedPort).doesNotContain("not available yet");
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(PushCommand.DEVICE_FAILED);
    }

    @Test
    void clustersArePushedAsTheirExportedMetalLbObjectsWithoutServices() throws Exception {
        var t = io.peerplan.model.sample.Samples.load("two-dc-anycast");
        String yaml = PushCandidates.clusterObjects(t, t.clusters().getFirst());
        assertThat(yaml).contains("kind: BGPPeer").contains("kind: IPAddressPool").contains("namespace: metallb-system")
                .doesNotContain("kind: Service\n");
    }

    @Test
    void theSamplesDocumentationAddressesAreRefusedWithoutAnyConnection() throws Exception {
        Path key = dir.resolve("id");
        new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()).start().waitFor();
        CliTestSupport.Result r = CliTestSupport.run("push", "sample:two-dc-anycast", "--only", "gateway-alfa-unoone", "--dry-run",
                "--identity", key.toString(), "--known-hosts", dir.resolve("known_hosts").toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(PushCommand.DEVICE_FAILED);
        assertThat(r.out()).contains("management.host 198.51.100.14 is in 198.51.100.0/24, TEST-NET-2, reserved for documentation (RFC 5737)")
                .contains("(the device was not changed)").doesNotContain("cannot connect");
    }

    /** Bravo's gateway 198.19.51.230 is in RFC 2544's benchmarking block; a dry run connected to it. */
    @Test
    void theSamplesBenchmarkingAddressIsRefusedWithoutAnyConnection() throws Exception {
        Path key = dir.resolve("id");
        new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()).start().waitFor();
        CliTestSupport.Result r = CliTestSupport.run("push", "sample:two-dc-anycast", "--only", "gateway-bravo-bissotwo", "--dry-run",
                "--identity", key.toString(), "--known-hosts", dir.resolve("known_hosts").toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(PushCommand.DEVICE_FAILED);
        assertThat(r.out()).contains("management.host 198.19.51.230 is in 198.18.0.0/15, reserved for benchmarking network devices (RFC 2544)")
                .contains("dry run, read-only:").contains("every command runs as 'sudo COMMAND'")
                .contains("(the device was not changed)").doesNotContain("cannot connect");
    }

    @Test
    void aMissingKeyFileIsReportedBeforeAnyConnection() {
        CliTestSupport.Result r = CliTestSupport.run("push", "sample:two-dc-anycast", "--identity", dir.resolve("missing").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("key file " + dir.resolve("missing") + " does not exist");
    }
}
