package io.peerplan.export.testlab;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/** Keys made by the real ssh-keygen, and its own view of fingerprints (the real tool judges). */
public final class SshKeys {
    private SshKeys() {
    }

    /** A new ECDSA key pair NAME and NAME.pub in the directory, with this passphrase ("" for none). */
    public static Path generate(Path dir, String name, String passphrase) throws Exception {
        return generate(dir, name, passphrase, "ecdsa");
    }

    public static Path generate(Path dir, String name, String passphrase, String type) throws Exception {
        Path key = dir.resolve(name);
        run("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "peerplan-test", "-f", key.toString());
        return key;
    }

    /** A host key made in-process (EC P-256), for a server the test starts. */
    public static KeyPair newHostKey() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    /** The public key of an OpenSSH {@code .pub} file. */
    public static PublicKey readPublicKey(Path pub) throws Exception {
        return AuthorizedKeyEntry.readAuthorizedKeys(pub).getFirst().resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
    }

    /** {@code type base64} of a public key, as in known_hosts and .pub files. */
    public static String openSshPublic(PublicKey key) {
        return KeyType.fromKey(key) + " " + Base64.getEncoder().encodeToString(new Buffer.PlainBuffer().putPublicKey(key).getCompactData());
    }

    /** ssh-keygen -lf's SHA256 fingerprint of a public key. */
    public static String sshKeygenFingerprint(Path dir, PublicKey key) {
        try {
            Path pub = Files.createTempFile(dir, "host", ".pub");
            Files.writeString(pub, openSshPublic(key) + " host\n");
            return run("ssh-keygen", "-lf", pub.toString()).split(" ")[1];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }
}
