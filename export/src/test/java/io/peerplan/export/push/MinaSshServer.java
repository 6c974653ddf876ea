package io.peerplan.export.push;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * An in-process SSH server (Apache MINA sshd) on 127.0.0.1 and a free port: a given host key,
 * public-key auth against given keys, and commands run by {@code /bin/sh -c} as OpenSSH does, so
 * quoting is tested against a real shell.
 */
final class MinaSshServer implements AutoCloseable {
    private final SshServer sshd;
    final KeyPair hostKey;
    final AtomicInteger authAttempts = new AtomicInteger();

    private MinaSshServer(KeyPair hostKey, Collection<PublicKey> authorized) throws IOException {
        this.hostKey = hostKey;
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setPublickeyAuthenticator((user, key, session) -> {
            authAttempts.incrementAndGet();
            return authorized.stream().anyMatch(k -> KeyUtils.compareKeys(k, key));
        });
        sshd.setCommandFactory((channel, command) -> new ShellCommand(command));
        sshd.start();
    }

    static MinaSshServer start(KeyPair hostKey, Collection<PublicKey> authorized) throws IOException {
        return new MinaSshServer(hostKey, authorized);
    }

    static KeyPair newHostKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    /** The public key of an OpenSSH {@code .pub} file. */
    static PublicKey readPublicKey(Path pub) throws Exception {
        List<AuthorizedKeyEntry> entries = AuthorizedKeyEntry.readAuthorizedKeys(pub);
        return entries.getFirst().resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
    }

    int port() {
        return sshd.getPort();
    }

    /** {@code type base64} of a public key, as in known_hosts and .pub files. */
    static String openSshPublic(PublicKey key) {
        return KeyType.fromKey(key) + " " + Base64.getEncoder().encodeToString(new Buffer.PlainBuffer().putPublicKey(key).getCompactData());
    }

    String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + openSshPublic(hostKey.getPublic()) + "\n";
    }

    Endpoint endpoint() {
        return new Endpoint("test-router", "127.0.0.1", port(), "tester");
    }

    @Override
    public void close() throws IOException {
        sshd.stop(true);
    }

    /** Runs the command with /bin/sh -c, pumping its streams, as sshd's session would. */
    private static final class ShellCommand implements Command {
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;
        private Process process;

        ShellCommand(String command) {
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
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
        public void start(ChannelSession channel, Environment env) throws IOException {
            process = new ProcessBuilder("/bin/sh", "-c", command).start();
            process.getOutputStream().close();
            Thread.ofVirtual().start(() -> {
                try {
                    Thread o = Thread.ofVirtual().start(() -> pump(process.getInputStream(), out));
                    Thread e = Thread.ofVirtual().start(() -> pump(process.getErrorStream(), err));
                    int rc = process.waitFor();
                    o.join();
                    e.join();
                    exit.onExit(rc);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        private static void pump(InputStream from, OutputStream to) {
            try (from) {
                from.transferTo(to);
                to.flush();
            } catch (IOException ignored) {
                // Channel closed by the client: the process is destroyed below.
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            if (process != null) {
                // Our own child process (started above), stopped by its handle.
                process.destroyForcibly();
            }
        }
    }
}
