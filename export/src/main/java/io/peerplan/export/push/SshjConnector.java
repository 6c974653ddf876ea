package io.peerplan.export.push;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.schmizz.sshj.DefaultConfig;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.keyprovider.KeyProvider;
import net.schmizz.sshj.userauth.method.AuthMethod;
import net.schmizz.sshj.userauth.method.AuthPublickey;

/**
 * Opens SSH connections with sshj: the host key is always checked against known_hosts (never
 * added), then the agent's keys and the key files are offered. Key files are decrypted once, when
 * the connector is made ({@link #open}), so a passphrase is asked for once per push.
 */
public final class SshjConnector implements SshConnector {
    private final SshSettings settings;
    private final List<KeyProvider> keys;
    private final DefaultConfig config = new DefaultConfig();

    private SshjConnector(SshSettings settings, List<KeyProvider> keys) {
        this.settings = settings;
        this.keys = keys;
    }

    /**
     * A connector for these settings. Key files are read now (asking for passphrases); when neither an
     * agent nor a key file is given, ssh's default key files are used.
     */
    public static SshjConnector open(SshSettings settings) throws PushFailure {
        List<Path> files = settings.identities();
        if (files.isEmpty() && settings.agentSocket() == null) {
            files = SshSettings.defaultIdentities();
        }
        return new SshjConnector(settings, KeyFiles.load(files, settings.passphrases()));
    }

    @Override
    public RemoteHost connect(Endpoint endpoint, CancelToken cancel) throws PushFailure {
        cancel.check();
        SSHClient client = new SSHClient(config);
        int timeoutMs = (int) settings.connectTimeout().toMillis();
        client.setConnectTimeout(timeoutMs);
        client.setTimeout(0);
        client.getTransport().setTimeoutMs(timeoutMs);
        StrictKnownHosts knownHosts;
        try {
            knownHosts = new StrictKnownHosts(settings.knownHosts().toFile());
        } catch (IOException e) {
            throw new PushFailure(PushFailure.Kind.CONNECT_FAILED, "cannot read " + settings.knownHosts() + ": " + e.getMessage(), e);
        }
        client.addHostKeyVerifier(knownHosts);
        AgentClient agent = null;
        boolean ok = false;
        // The handshake and login must finish within the connect timeout: a watchdog closes the socket
        // if they do not (sshj's own socket timeout would also cut long-running commands later on).
        AtomicBoolean timedOut = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        CompletableFuture.runAsync(() -> {
            if (!done.get()) {
                timedOut.set(true);
                disconnectQuietly(client);
            }
        }, CompletableFuture.delayedExecutor(timeoutMs, TimeUnit.MILLISECONDS));
        try (AutoCloseable unregister = cancel.onCancel(() -> disconnectQuietly(client))) {
            try {
                client.connect(endpoint.host(), endpoint.port());
            } catch (IOException e) {
                cancel.check();
                checkTimeout(timedOut, endpoint);
                if (knownHosts.refused() != null) {
                    throw knownHosts.refusedBecauseChanged()
                            ? new PushFailure(PushFailure.Kind.HOST_KEY_CHANGED, HostKeys.changedMessage(endpoint, knownHosts.refused(), settings.knownHosts()))
                            : new PushFailure(PushFailure.Kind.HOST_KEY_UNKNOWN, HostKeys.unknownMessage(endpoint, knownHosts.refused(), settings.knownHosts()));
                }
                throw new PushFailure(PushFailure.Kind.CONNECT_FAILED,
                        endpoint.element() + ": cannot connect to " + endpoint.host() + ":" + endpoint.port() + ": " + describe(e), e);
            }
            List<AuthMethod> methods = new ArrayList<>();
            List<String> offered = new ArrayList<>();
            if (settings.agentSocket() != null) {
                try {
                    agent = new AgentClient(settings.agentSocket());
                    for (AgentClient.Identity id : agent.identities()) {
                        methods.add(new AuthAgent(agent, id));
                    }
                    offered.add("ssh-agent (" + methods.size() + " keys)");
                } catch (IOException e) {
                    offered.add("ssh-agent unusable: " + e.getMessage());
                }
            }
            for (KeyProvider k : keys) {
                methods.add(new AuthPublickey(k));
            }
            if (!keys.isEmpty()) {
                offered.add(keys.size() + " key file(s)");
            }
            try {
                client.auth(endpoint.user(), methods);
            } catch (UserAuthException e) {
                cancel.check();
                checkTimeout(timedOut, endpoint);
                throw new PushFailure(PushFailure.Kind.AUTH_FAILED, endpoint.element() + ": " + endpoint.display()
                        + " accepted none of the keys offered (" + (offered.isEmpty() ? "none: no agent and no key file" : String.join(", ", offered))
                        + "). Is the public key in " + endpoint.user() + "'s ~/.ssh/authorized_keys on the device?", e);
            } catch (IOException e) {
                cancel.check();
                checkTimeout(timedOut, endpoint);
                throw new PushFailure(PushFailure.Kind.CONNECT_FAILED, endpoint.element() + ": SSH login to " + endpoint.display() + " failed: " + describe(e), e);
            }
            done.set(true);
            checkTimeout(timedOut, endpoint);
            ok = true;
            return new SshjRemoteHost(endpoint, client, agent);
        } catch (PushFailure e) {
            throw e;
        } catch (Exception e) {
            throw new PushFailure(PushFailure.Kind.CONNECT_FAILED, endpoint.element() + ": " + describe(e), e);
        } finally {
            done.set(true);
            if (!ok) {
                disconnectQuietly(client);
                closeQuietly(agent);
            }
        }
    }

    private void checkTimeout(AtomicBoolean timedOut, Endpoint endpoint) throws PushFailure {
        if (timedOut.get()) {
            throw new PushFailure(PushFailure.Kind.TIMEOUT, endpoint.element() + ": " + endpoint.host() + ":" + endpoint.port()
                    + " did not complete the SSH handshake and login within " + settings.connectTimeout().toSeconds() + " s");
        }
    }

    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return root == e || e.getMessage() == null || e.getMessage().equals(m) ? m : e.getMessage() + " (" + m + ")";
    }

    static void disconnectQuietly(SSHClient client) {
        try {
            client.disconnect();
        } catch (IOException | RuntimeException ignored) {
            // Already broken: nothing left to close.
        }
    }

    static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Closing a dead agent socket cannot fail in a way that matters.
            }
        }
    }
}
