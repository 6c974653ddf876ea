package io.peerplan.export.push;

import io.peerplan.export.testlab.LoopbackSshServer;
import io.peerplan.export.testlab.SshKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Management;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trusting an unknown host key for a UI, against the in-process sshd: the scanned fingerprint is
 * ssh-keygen's, the known_hosts line is appended once (a new file 0600), and the strict check then
 * accepts the host. Also the vtysh command line that other readers of a device share with the push.
 */
class HostKeyTrustTest {
    @TempDir
    Path dir;
    private Path key;
    private LoopbackSshServer server;

    @BeforeEach
    void start() throws Exception {
        key = SshKeys.generate(dir, "id_ecdsa", "");
        server = LoopbackSshServer.start(SshKeys.newHostKey(), List.of(SshKeys.readPublicKey(Path.of(key + ".pub"))));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void scansTheOfferedKeyWithoutLoggingInAndTrustsItOnce() throws Exception {
        HostKeyTrust.ScannedKey k = HostKeyTrust.scan(server.endpoint(), Duration.ofSeconds(10));
        assertThat(k.fingerprint()).isEqualTo(SshKeys.sshKeygenFingerprint(dir, server.hostKey().getPublic()));
        assertThat(k.knownHostsLine() + "\n").isEqualTo(server.knownHostsLine());
        assertThat(server.authAttempts()).as("a scan never logs in").isZero();

        Path knownHosts = dir.resolve("ssh/known_hosts");
        SshSettings settings = new SshSettings(knownHosts, List.of(key), null, PassphrasePrompt.NONE, Duration.ofSeconds(10));
        Files.createDirectories(knownHosts.getParent());
        Files.writeString(knownHosts, "");
        assertThatThrownBy(() -> SshjConnector.open(settings).connect(server.endpoint(), new CancelToken()))
                .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.kind()).isEqualTo(PushFailure.Kind.HOST_KEY_UNKNOWN));
        Files.delete(knownHosts);

        HostKeyTrust.trust(knownHosts, k);
        HostKeyTrust.trust(knownHosts, k);
        assertThat(Files.readString(knownHosts)).isEqualTo(server.knownHostsLine());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(knownHosts))).isEqualTo("rw-------");
        try (RemoteHost host = SshjConnector.open(settings).connect(server.endpoint(), new CancelToken())) {
            assertThat(host.exec("echo trusted", Duration.ofSeconds(10), new CancelToken()).stdout()).isEqualTo("trusted\n");
        }
    }

    @Test
    void appendsAfterExistingEntriesEvenWithoutAFinalNewline() throws Exception {
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), "[198.51.100.9]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOtherKey");
        HostKeyTrust.trust(knownHosts, HostKeyTrust.scan(server.endpoint(), Duration.ofSeconds(10)));
        assertThat(Files.readAllLines(knownHosts)).hasSize(2).last().isEqualTo(server.knownHostsLine().strip());
    }

    @Test
    void aHostThatOffersNoKeyIsReportedAsUnreachable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertThatThrownBy(() -> HostKeyTrust.scan(new Endpoint("edge", "127.0.0.1", closed, "root"), Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.getMessage()).startsWith("edge: 127.0.0.1:" + closed + " offered no host key"));
    }

    @Test
    void theVtyshLineOfOtherReadersIsThePushsOwn() throws Exception {
        assertThat(VtyshCommand.of("gw", new Management("198.51.100.14", null, "almalinux", "sudo -n", "ns1"), "almalinux",
                "show bgp ipv4 unicast summary json")).isEqualTo("sudo -n vtysh -N ns1 -c 'show bgp ipv4 unicast summary json'");
        assertThat(VtyshCommand.of("gw", new Management("198.51.100.14", null, "root", null, null), "root", "show bgp summary json"))
                .isEqualTo("vtysh -c 'show bgp summary json'");
        assertThatThrownBy(() -> VtyshCommand.of("gw", new Management("h", null, "u", "sudo; rm -rf /", null), "u", "show version"))
                .isInstanceOf(PushFailure.class).hasMessageContaining("gw").hasMessageContaining("management.commandPrefix");
    }
}
