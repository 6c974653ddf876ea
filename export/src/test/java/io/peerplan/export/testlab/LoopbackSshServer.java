package io.peerplan.export.testlab;

import io.peerplan.export.push.Endpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.file.nativefs.NativeFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An in-process SSH server (Apache MINA sshd) on 127.0.0.1 and a free port, standing in for a
 * router's sshd: a given host key, public-key auth only, the SFTP subsystem, and each command run
 * by {@code /bin/sh -c} as OpenSSH does (so quoting meets a real shell), on the host or inside a
 * network namespace the test created (where a real FRR runs). A gate can hold commands matching a
 * predicate until released, so a test can cancel a run at a known step.
 */
public final class LoopbackSshServer implements AutoCloseable {
    private final SshServer sshd;
    private final KeyPair hostKey;
    private final List<PublicKey> authorized = new CopyOnWriteArrayList<>();
    private final List<String> commands = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger authAttempts = new AtomicInteger();
    private volatile Predicate<String> gate = c -> false;
    private volatile CountDownLatch gateOpen = new CountDownLatch(0);
    private final CountDownLatch gateReached = new CountDownLatch(1);
    private Path clientKey;
    private Path knownHosts;

    private LoopbackSshServer(KeyPair hostKey, Collection<PublicKey> keys, String namespace) throws IOException {
        this.hostKey = hostKey;
        authorized.addAll(keys);
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
        sshd.setFileSystemFactory(NativeFileSystemFactory.INSTANCE);
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setCommandFactory((channel, command) -> {
            commands.add(command);
            return new ShellCommand(command, namespace, this::awaitGate);
        });
        sshd.start();
    }

    /** A server that accepts these keys and runs commands on the host. */
    public static LoopbackSshServer start(KeyPair hostKey, Collection<PublicKey> authorized) throws IOException {
        return new LoopbackSshServer(hostKey, authorized, null);
    }

    /**
     * A router's stand-in: a fresh host key, a client key made by the real ssh-keygen in {@code dir}
     * ({@link #clientKey()}), a known_hosts file that pins the host key ({@link #knownHosts()}), and
     * commands run in {@code namespace} (null: on the host, for tests that never get past connect).
     */
    public static LoopbackSshServer device(Path dir, String namespace) throws Exception {
        Path key = SshKeys.generate(dir, "id_ecdsa", "");
        LoopbackSshServer server = new LoopbackSshServer(SshKeys.newHostKey(),
                List.of(SshKeys.readPublicKey(Path.of(key + ".pub"))), namespace);
        server.clientKey = key;
        server.knownHosts = Files.writeString(dir.resolve("known_hosts"), server.knownHostsLine());
        return server;
    }

    /** Accepts the public key of an OpenSSH .pub file from now on. */
    public void authorize(Path pub) throws Exception {
        authorized.add(SshKeys.readPublicKey(pub));
    }

    public int port() {
        return sshd.getPort();
    }

    public KeyPair hostKey() {
        return hostKey;
    }

    /** Public-key offers received so far (a client that offers nothing when it should not, etc.). */
    public int authAttempts() {
        return authAttempts.get();
    }

    /** Every command received, in order. */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    public void clearCommands() {
        commands.clear();
    }

    /** The client key of a {@link #device} server. */
    public Path clientKey() {
        return clientKey;
    }

    /** The known_hosts file of a {@link #device} server. */
    public Path knownHosts() {
        return knownHosts;
    }

    public String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + SshKeys.openSshPublic(hostKey.getPublic()) + "\n";
    }

    public String fingerprint(Path dir) {
        return SshKeys.sshKeygenFingerprint(dir, hostKey.getPublic());
    }

    public Endpoint endpoint() {
        return new Endpoint("test-router", "127.0.0.1", port(), "tester");
    }

    /** Holds commands matching the predicate until {@link #release()}. */
    public void hold(Predicate<String> which) {
        gateOpen = new CountDownLatch(1);
        gate = which;
    }

    public boolean awaitHeld(int seconds) throws InterruptedException {
        return gateReached.await(seconds, TimeUnit.SECONDS);
    }

    public void release() {
        gate = c -> false;
        gateOpen.countDown();
    }

    private void awaitGate(String command) throws InterruptedException {
        if (gate.test(command)) {
            gateReached.countDown();
            gateOpen.await(60, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws IOException {
        release();
        sshd.stop(true);
    }
}
