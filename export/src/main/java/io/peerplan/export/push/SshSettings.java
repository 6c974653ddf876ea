package io.peerplan.export.push;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to log in: the known_hosts file every host key is checked against, the key files to offer,
 * the ssh-agent socket (null = none), how to ask for a key's passphrase and how long connecting may
 * take. Holds no secret itself.
 */
public record SshSettings(Path knownHosts, List<Path> identities, Path agentSocket, PassphrasePrompt passphrases,
        Duration connectTimeout) {

    public SshSettings {
        identities = List.copyOf(identities);
        passphrases = passphrases == null ? PassphrasePrompt.NONE : passphrases;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
    }

    /** ssh's defaults: ~/.ssh/known_hosts, the agent in {@code SSH_AUTH_SOCK}, no extra key file. */
    public static SshSettings defaults() {
        return new SshSettings(defaultKnownHosts(), List.of(), agentFromEnvironment(), PassphrasePrompt.NONE, null);
    }

    public static Path defaultKnownHosts() {
        return Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
    }

    /** The agent socket named by {@code SSH_AUTH_SOCK}, or null. */
    public static Path agentFromEnvironment() {
        String sock = System.getenv("SSH_AUTH_SOCK");
        return sock == null || sock.isBlank() || !Files.exists(Path.of(sock)) ? null : Path.of(sock);
    }

    /** The usual key files ~/.ssh/id_ed25519, id_ecdsa, id_rsa that exist. */
    public static List<Path> defaultIdentities() {
        Path dir = Path.of(System.getProperty("user.home"), ".ssh");
        return java.util.stream.Stream.of("id_ed25519", "id_ecdsa", "id_rsa").map(dir::resolve).filter(Files::isRegularFile).toList();
    }

    public SshSettings withKnownHosts(Path value) {
        return new SshSettings(value, identities, agentSocket, passphrases, connectTimeout);
    }

    public SshSettings withIdentities(List<Path> value) {
        return new SshSettings(knownHosts, value, agentSocket, passphrases, connectTimeout);
    }

    public SshSettings withAgent(Path value) {
        return new SshSettings(knownHosts, identities, value, passphrases, connectTimeout);
    }

    public SshSettings withPassphrases(PassphrasePrompt value) {
        return new SshSettings(knownHosts, identities, agentSocket, value, connectTimeout);
    }

    public SshSettings withConnectTimeout(Duration value) {
        return new SshSettings(knownHosts, identities, agentSocket, passphrases, value);
    }
}
