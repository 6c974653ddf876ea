package io.peerplan.export.testlab;

import io.peerplan.export.push.PassphrasePrompt;
import io.peerplan.export.push.SshSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenSSH server started by a test (frr-lab.md "OpenSSH server for push tests"): 127.0.0.1,
 * a free high port, its own sshd_config and generated ed25519 host key, key auth only for one
 * generated client key, and the internal sftp subsystem. Stopped by its own PID.
 */
public final class OpenSshServer implements AutoCloseable {
    public final Path dir;
    public final int port;
    public final Path clientKey;
    public final Path knownHosts;
    private final Process sshd;

    private OpenSshServer(Path dir, int port, Path clientKey, Path knownHosts, Process sshd) {
        this.dir = dir;
        this.port = port;
        this.clientKey = clientKey;
        this.knownHosts = knownHosts;
        this.sshd = sshd;
    }

    public static OpenSshServer start(Path dir) throws Exception {
        return start(dir, List.of());
    }

    /** With extra sshd_config lines, e.g. {@code SetEnv PATH=...} to put a test's fake tool first. */
    public static OpenSshServer start(Path dir, List<String> extraConfig) throws Exception {
        return start(dir, extraConfig, List.of());
    }

    /**
     * With a wrapper that execs sshd at its end (e.g. {@code unshare --mount ... exec "$@"}), so the
     * server and every command of its sessions run in what the wrapper set up; the process stays
     * sshd itself, stopped by its PID.
     */
    public static OpenSshServer start(Path dir, List<String> extraConfig, List<String> wrapper) throws Exception {
        SshKeys.run("install", "-d", "-m", "0755", "/run/sshd");
        Path hostKey = SshKeys.generate(dir, "ssh_host_ed25519_key", "", "ed25519");
        Path client = SshKeys.generate(dir, "id_ed25519", "", "ed25519");
        Files.copy(Path.of(client + ".pub"), dir.resolve("authorized_keys"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path cfg = dir.resolve("sshd_config");
        Files.writeString(cfg, String.join("\n", List.of(
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PermitRootLogin prohibit-password",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "Subsystem sftp internal-sftp",
                "LogLevel VERBOSE")) + "\n" + String.join("\n", extraConfig) + "\n");
        List<String> command = new java.util.ArrayList<>(wrapper);
        command.addAll(List.of("/usr/sbin/sshd", "-D", "-f", cfg.toString(), "-E", dir.resolve("sshd.log").toString()));
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.out").toFile()).start();
        Path known = dir.resolve("known_hosts");
        String pub = Files.readString(Path.of(hostKey + ".pub")).strip().split(" ")[0] + " "
                + Files.readString(Path.of(hostKey + ".pub")).strip().split(" ")[1];
        Files.writeString(known, "[127.0.0.1]:" + port + " " + pub + "\n");
        OpenSshServer server = new OpenSshServer(dir, port, client, known, p);
        server.awaitListening();
        return server;
    }

    private void awaitListening() throws Exception {
        for (int i = 0; i < 100; i++) {
            if (!sshd.isAlive()) {
                throw new IllegalStateException("sshd exited: " + Files.readString(dir.resolve("sshd.log")));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("sshd did not listen on 127.0.0.1:" + port);
    }

    /** The PID of sshd (the wrapper exec'd it), e.g. to enter its mount namespace. */
    public long pid() {
        return sshd.pid();
    }

    public SshSettings settings() {
        return new SshSettings(knownHosts, List.of(clientKey), null, PassphrasePrompt.NONE, java.time.Duration.ofSeconds(10));
    }

    /**
     * Drops every open SSH connection by killing the per-connection sshd processes (descendants of
     * the sshd this test started, and only sshd ones: commands started by a session are left alone).
     */
    public int dropConnections() {
        List<ProcessHandle> sessions = sshd.toHandle().descendants()
                .filter(h -> h.info().command().map(c -> c.endsWith("/sshd")).orElse(false)).toList();
        sessions.forEach(ProcessHandle::destroyForcibly);
        return sessions.size();
    }

    @Override
    public void close() throws Exception {
        sshd.destroy();
        if (!sshd.waitFor(5, TimeUnit.SECONDS)) {
            sshd.destroyForcibly();
        }
    }
}
