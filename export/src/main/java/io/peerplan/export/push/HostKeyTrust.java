package io.peerplan.export.push;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.transport.verification.HostKeyVerifier;

/**
 * Trusting an unknown host key on the user's explicit word, for a UI: {@link #scan} reads the key a
 * host offers (what {@code ssh-keyscan} does: the handshake only, no login, the key is refused so
 * nothing is sent) and {@link #trust} appends its known_hosts line. The caller must compare the
 * scanned fingerprint with the one the push refused and have the user confirm it; a changed key is
 * never replaced here (the user runs {@code ssh-keygen -R} on purpose).
 */
public final class HostKeyTrust {
    /** A host's key: its fingerprint as {@code ssh-keygen -lf} prints it, and its known_hosts line. */
    public record ScannedKey(String element, String host, int port, String type, String fingerprint, String knownHostsLine) {
    }

    private HostKeyTrust() {
    }

    /** The key the endpoint offers now. */
    public static ScannedKey scan(Endpoint endpoint, Duration timeout) throws PushFailure {
        AtomicReference<PublicKey> offered = new AtomicReference<>();
        try (SSHClient client = new SSHClient()) {
            client.setConnectTimeout((int) timeout.toMillis());
            client.getTransport().setTimeoutMs((int) timeout.toMillis());
            client.addHostKeyVerifier(new HostKeyVerifier() {
                @Override
                public boolean verify(String hostname, int port, PublicKey key) {
                    offered.set(key);
                    // Refused on purpose: this connection only reads the key.
                    return false;
                }

                @Override
                public List<String> findExistingAlgorithms(String hostname, int port) {
                    // None, as for a host missing from known_hosts: the same key type the push was offered.
                    return List.of();
                }
            });
            try {
                client.connect(endpoint.host(), endpoint.port());
            } catch (IOException expected) {
                // The verifier refused the key; the key is what we came for.
            }
        } catch (IOException e) {
            // Closing a refused connection can fail; the key was already read.
        }
        PublicKey key = offered.get();
        if (key == null) {
            throw new PushFailure(PushFailure.Kind.CONNECT_FAILED, endpoint.element() + ": " + endpoint.host() + ":" + endpoint.port()
                    + " offered no host key (not reachable, or not an SSH server)");
        }
        String line = HostKeys.knownHostsName(endpoint) + " " + KeyType.fromKey(key) + " "
                + Base64.getEncoder().encodeToString(new Buffer.PlainBuffer().putPublicKey(key).getCompactData());
        return new ScannedKey(endpoint.element(), endpoint.host(), endpoint.port(), KeyType.fromKey(key).toString(), HostKeys.fingerprint(key), line);
    }

    /**
     * Appends the key's line to known_hosts (creating the file 0600 and its folder 0700 as ssh does),
     * unless that exact line is there already.
     */
    public static void trust(Path knownHosts, ScannedKey key) throws IOException {
        Path dir = knownHosts.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        String existing = Files.exists(knownHosts) ? Files.readString(knownHosts, StandardCharsets.UTF_8) : null;
        if (existing != null && existing.lines().anyMatch(l -> l.strip().equals(key.knownHostsLine()))) {
            return;
        }
        String text = (existing != null && !existing.isEmpty() && !existing.endsWith("\n") ? "\n" : "") + key.knownHostsLine() + "\n";
        if (existing == null) {
            Files.createFile(knownHosts, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(knownHosts, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
