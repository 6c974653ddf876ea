package io.peerplan.app.ui.push;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.file.nativefs.NativeFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The push dialog's device: an in-process Apache MINA sshd on 127.0.0.1 and a random port, with its
 * own host key, public-key auth for one client key made by the real ssh-keygen, the SFTP subsystem,
 * and a command factory that runs each received command with {@code /bin/sh -c} inside the test's
 * network namespace (where a real FRR runs), as sshd would on the router. A gate can hold commands
 * matching a predicate until released, so a test can cancel a run at a known step.
 */
final class InProcessSshServer implements AutoCloseable {
    private final SshServer sshd;
    private final KeyPair hostKey;
    private final String namespace;
    final Path clientKey;
    final Path knownHosts;
    final List<String> commands = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<PublicKey> authorized = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile Predicate<String> gate = c -> false;
    private volatile CountDownLatch gateOpen = new CountDownLatch(0);
    private final CountDownLatch gateReached = new CountDownLatch(1);

    private InProcessSshServer(Path dir, String namespace) throws Exception {
        this.namespace = namespace;
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        hostKey = g.generateKeyPair();
        clientKey = dir.resolve("id_ecdsa");
        run("ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-C", "peerplan-push-dialog-test", "-f", clientKey.toString());
        authorize(Path.of(clientKey + ".pub"));
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setPublickeyAuthenticator((user, key, session) -> authorized.stream().anyMatch(k -> KeyUtils.compareKeys(k, key)));
        sshd.setFileSystemFactory(NativeFileSystemFactory.INSTANCE);
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setCommandFactory((channel, command) -> new NamespacedCommand(command));
        sshd.start();
        knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, knownHostsLine());
    }

    /** Commands run in this namespace; null runs them on the host (tests that never get past connect). */
    static InProcessSshServer start(Path dir, String namespace) throws Exception {
        return new InProcessSshServer(dir, namespace);
    }

    /** Accepts the public key of an OpenSSH .pub file from now on. */
    void authorize(Path pub) throws Exception {
        authorized.add(AuthorizedKeyEntry.readAuthorizedKeys(pub).getFirst().resolvePublicKey(null, PublicKeyEntryResolver.FAILING));
    }

    int port() {
        return sshd.getPort();
    }

    String knownHostsLine() {
        PublicKey k = hostKey.getPublic();
        return "[127.0.0.1]:" + port() + " " + KeyType.fromKey(k) + " "
                + Base64.getEncoder().encodeToString(new Buffer.PlainBuffer().putPublicKey(k).getCompactData()) + "\n";
    }

    /** The host key's fingerprint as ssh-keygen -lf prints it (the real tool judges). */
    String fingerprint(Path dir) throws Exception {
        Path pub = Files.createTempFile(dir, "host", ".pub");
        Files.writeString(pub, knownHostsLine().substring(knownHostsLine().indexOf(' ') + 1).strip() + " host\n");
        return run("ssh-keygen", "-lf", pub.toString()).split(" ")[1];
    }

    /** Holds commands matching the predicate until {@link #release()}. */
    void hold(Predicate<String> which) {
        gateOpen = new CountDownLatch(1);
        gate = which;
    }

    boolean awaitHeld(int seconds) throws InterruptedException {
        return gateReached.await(seconds, TimeUnit.SECONDS);
    }

    void release() {
        gate = c -> false;
        gateOpen.countDown();
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        release();
        sshd.stop(true);
    }

    /** One exec request: /bin/sh -c COMMAND in the namespace, streams pumped, exit status returned. */
    private final class NamespacedCommand implements Command {
        private final String command;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private volatile Process process;
        private volatile boolean destroyed;

        NamespacedCommand(String command) {
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            commands.add(command);
            Thread.ofVirtual().start(() -> {
                try {
                    if (gate.test(command)) {
                        gateReached.countDown();
                        gateOpen.await(60, TimeUnit.SECONDS);
                    }
                    if (destroyed) {
                        return;
                    }
                    List<String> argv = namespace == null ? List.of("/bin/sh", "-c", command)
                            : List.of("ip", "netns", "exec", namespace, "/bin/sh", "-c", command);
                    process = new ProcessBuilder(argv).start();
                    process.getOutputStream().close();
                    Thread o = Thread.ofVirtual().start(() -> pump(process.getInputStream(), out));
                    Thread e = Thread.ofVirtual().start(() -> pump(process.getErrorStream(), err));
                    int rc = process.waitFor();
                    o.join();
                    e.join();
                    exit.onExit(rc);
                } catch (IOException e) {
                    exit.onExit(127, e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        private static void pump(InputStream from, OutputStream to) {
            try (from) {
                from.transferTo(to);
                to.flush();
            } catch (IOException ignored) {
                // The client closed the channel (cancel): the process is stopped in destroy().
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            destroyed = true;
            Process p = process;
            if (p != null) {
                // Our own child, stopped by its handle.
                p.destroyForcibly();
            }
        }
    }
}
