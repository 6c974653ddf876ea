package io.peerplan.export.push;

import io.peerplan.export.testlab.LoopbackSshServer;
import io.peerplan.export.testlab.SshKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSH transport against an in-process server (Apache MINA sshd): host-key checks, auth,
 * timeouts and cancellation. Client keys come from the real ssh-keygen.
 */
class SshTransportTest {
    private static final Duration T = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private LoopbackSshServer server;
    private Path key;
    private Path knownHosts;

    @BeforeEach
    void start() throws Exception {
        key = SshKeys.generate(dir, "id_ecdsa", "");
        server = LoopbackSshServer.start(SshKeys.newHostKey(), List.of(SshKeys.readPublicKey(Path.of(key + ".pub"))));
        knownHosts = dir.resolve("known_hosts");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private SshSettings settings() {
        return new SshSettings(knownHosts, List.of(key), null, PassphrasePrompt.NONE, Duration.ofSeconds(5));
    }

    private RemoteHost connect(SshSettings s) throws PushFailure {
        return SshjConnector.open(s).connect(server.endpoint(), new CancelToken());
    }

    private void trustServer() throws IOException {
        Files.writeString(knownHosts, server.knownHostsLine());
    }

    @Test
    void runsCommandsOnceTheHostKeyIsKnown() throws Exception {
        trustServer();
        try (RemoteHost h = connect(settings())) {
            ExecResult r = h.exec("echo out; echo err >&2; exit 3", T, new CancelToken());
            assertThat(r.exitStatus()).isEqualTo(3);
            assertThat(r.stdout()).isEqualTo("out\n");
            assertThat(r.stderr()).isEqualTo("err\n");
        }
    }

    @Test
    void unknownHostKeyIsRefusedWithItsFingerprintAndTheLineThatTrustsIt() throws Exception {
        assertThatThrownBy(() -> connect(settings()))
                .isInstanceOfSatisfying(PushFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(PushFailure.Kind.HOST_KEY_UNKNOWN);
                    assertThat(f.getMessage()).contains("is not in " + knownHosts)
                            .contains(SshKeys.sshKeygenFingerprint(dir, server.hostKey().getPublic()))
                            .contains("ssh-keyscan -p " + server.port() + " -t ecdsa 127.0.0.1 >> " + knownHosts);
                });
        assertThat(server.authAttempts()).isZero();
        assertThat(knownHosts).doesNotExist();

        // The printed line, run as printed, is what makes the next connection succeed.
        String trust = lineContaining(trustAttempt(), ">> ");
        Process p = new ProcessBuilder("/bin/sh", "-c", trust).redirectErrorStream(true).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        try (RemoteHost h = connect(settings())) {
            assertThat(h.exec("true", T, new CancelToken()).ok()).isTrue();
        }
    }

    private String trustAttempt() {
        try {
            connect(settings()).close();
            throw new AssertionError("connected to an unknown host");
        } catch (PushFailure f) {
            return f.getMessage();
        }
    }

    @Test
    void changedHostKeyIsRefusedLoudlyAndKnownHostsIsLeftAlone() throws Exception {
        KeyPair other = SshKeys.newHostKey();
        String line = "[127.0.0.1]:" + server.port() + " " + SshKeys.openSshPublic(other.getPublic()) + "\n";
        Files.writeString(knownHosts, line);
        assertThatThrownBy(() -> connect(settings()))
                .isInstanceOfSatisfying(PushFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(PushFailure.Kind.HOST_KEY_CHANGED);
                    assertThat(f.getMessage()).contains("HAS CHANGED").contains("man-in-the-middle")
                            .contains(SshKeys.sshKeygenFingerprint(dir, server.hostKey().getPublic()))
                            .contains("ssh-keygen -R '[127.0.0.1]:" + server.port() + "' -f " + knownHosts);
                });
        assertThat(server.authAttempts()).isZero();
        assertThat(Files.readString(knownHosts)).isEqualTo(line);
    }

    @Test
    void aKeyTheServerDoesNotAcceptFailsAuthenticationClearly() throws Exception {
        trustServer();
        Path stranger = SshKeys.generate(dir, "id_stranger", "");
        SshSettings s = settings().withIdentities(List.of(stranger));
        assertThatThrownBy(() -> connect(s))
                .isInstanceOfSatisfying(PushFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(PushFailure.Kind.AUTH_FAILED);
                    assertThat(f.getMessage()).contains("tester@127.0.0.1:" + server.port()).contains("authorized_keys");
                });
        assertThat(server.authAttempts()).isPositive();
    }

    @Test
    void anEncryptedKeyAsksForItsPassphraseOnceAndWipesIt() throws Exception {
        trustServer();
        Path locked = SshKeys.generate(dir, "id_locked", "correct horse");
        server.close();
        server = LoopbackSshServer.start(SshKeys.newHostKey(), List.of(SshKeys.readPublicKey(Path.of(locked + ".pub"))));
        trustServer();
        List<char[]> given = new ArrayList<>();
        SshSettings s = settings().withIdentities(List.of(locked)).withPassphrases(file -> {
            char[] p = "correct horse".toCharArray();
            given.add(p);
            return p;
        });
        SshjConnector connector = SshjConnector.open(s);
        for (int i = 0; i < 2; i++) {
            try (RemoteHost h = connector.connect(server.endpoint(), new CancelToken())) {
                assertThat(h.exec("echo ok", T, new CancelToken()).stdout()).isEqualTo("ok\n");
            }
        }
        assertThat(given).hasSize(1);
        assertThat(new String(given.getFirst())).isEqualTo("\0".repeat("correct horse".length()));
    }

    @Test
    void aWrongPassphraseIsReportedAsSuch() throws Exception {
        Path locked = SshKeys.generate(dir, "id_locked", "correct horse");
        SshSettings s = settings().withIdentities(List.of(locked)).withPassphrases(file -> "wrong".toCharArray());
        assertThatThrownBy(() -> SshjConnector.open(s))
                .isInstanceOfSatisfying(PushFailure.class, f -> {
                    assertThat(f.kind()).isEqualTo(PushFailure.Kind.AUTH_FAILED);
                    assertThat(f.getMessage()).contains(locked.toString()).contains("wrong passphrase");
                });
    }

    @Test
    void anEncryptedKeyWithoutAWayToAskPointsToSshAgent() throws Exception {
        Path locked = SshKeys.generate(dir, "id_locked", "correct horse");
        assertThatThrownBy(() -> SshjConnector.open(settings().withIdentities(List.of(locked)).withPassphrases(PassphrasePrompt.NONE)))
                .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.getMessage())
                        .contains("it is encrypted and no passphrase was given").contains("ssh-agent"));
    }

    @Test
    void authenticatesWithAKeyHeldBySshAgent() throws Exception {
        trustServer();
        Path sock = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", sock.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            for (int i = 0; i < 50 && !Files.exists(sock); i++) {
                Thread.sleep(100);
            }
            ProcessBuilder add = new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", sock.toString());
            Process p = add.start();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
            SshSettings s = settings().withIdentities(List.of()).withAgent(sock);
            try (RemoteHost h = connect(s)) {
                assertThat(h.exec("echo agent", T, new CancelToken()).stdout()).isEqualTo("agent\n");
            }
        } finally {
            agent.destroy();
            agent.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCommandThatOutlivesItsTimeoutIsStopped() throws Exception {
        trustServer();
        try (RemoteHost h = connect(settings())) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> h.exec("sleep 30", Duration.ofSeconds(1), new CancelToken()))
                    .isInstanceOfSatisfying(PushFailure.class, f -> {
                        assertThat(f.kind()).isEqualTo(PushFailure.Kind.TIMEOUT);
                        assertThat(f.getMessage()).contains("'sleep 30' did not finish within 1 s");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            assertThat(h.exec("echo still usable", T, new CancelToken()).stdout()).isEqualTo("still usable\n");
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOutTheConnect() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                try (Socket s = silent.accept()) {
                    Thread.sleep(20_000);
                } catch (IOException | InterruptedException ignored) {
                    // test over
                }
            });
            Endpoint e = new Endpoint("silent", "127.0.0.1", silent.getLocalPort(), "tester");
            SshjConnector c = SshjConnector.open(settings().withConnectTimeout(Duration.ofSeconds(1)));
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> c.connect(e, new CancelToken()))
                    .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.kind()).isEqualTo(PushFailure.Kind.TIMEOUT));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
            acceptor.interrupt();
        }
    }

    @Test
    void cancellingStopsARunningCommandAtOnce() throws Exception {
        trustServer();
        try (RemoteHost h = connect(settings())) {
            CancelToken cancel = new CancelToken();
            Thread.ofVirtual().start(() -> {
                sleep(300);
                cancel.cancel();
            });
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> h.exec("sleep 30", Duration.ofSeconds(60), cancel))
                    .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.kind()).isEqualTo(PushFailure.Kind.CANCELLED));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
            assertThatThrownBy(() -> h.exec("true", T, cancel)).isInstanceOf(PushFailure.class);
        }
    }

    @Test
    void cancellingStopsAConnectInProgress() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket s = silent.accept()) {
                    Thread.sleep(20_000);
                } catch (IOException | InterruptedException ignored) {
                    // test over
                }
            });
            CancelToken cancel = new CancelToken();
            Thread.ofVirtual().start(() -> {
                sleep(300);
                cancel.cancel();
            });
            SshjConnector c = SshjConnector.open(settings().withConnectTimeout(Duration.ofSeconds(30)));
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> c.connect(new Endpoint("silent", "127.0.0.1", silent.getLocalPort(), "tester"), cancel))
                    .isInstanceOfSatisfying(PushFailure.class, f -> assertThat(f.kind()).isEqualTo(PushFailure.Kind.CANCELLED));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String lineContaining(String text, String part) {
        return text.lines().filter(l -> l.contains(part)).findFirst().orElseThrow().strip();
    }
}
