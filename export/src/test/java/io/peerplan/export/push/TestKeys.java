package io.peerplan.export.push;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.TimeUnit;

/** Keys made by the real ssh-keygen, and its own view of fingerprints. */
final class TestKeys {
    private TestKeys() {
    }

    /** A new ECDSA key pair NAME and NAME.pub in the directory, with this passphrase ("" for none). */
    static Path generate(Path dir, String name, String passphrase) throws Exception {
        return generate(dir, name, passphrase, "ecdsa");
    }

    static Path generate(Path dir, String name, String passphrase, String type) throws Exception {
        Path key = dir.resolve(name);
        run("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "peerplan-test", "-f", key.toString());
        return key;
    }

    /** ssh-keygen -lf's SHA256 fingerprint of a public key. */
    static String sshKeygenFingerprint(Path dir, PublicKey key) {
        try {
            Path pub = Files.createTempFile(dir, "host", ".pub");
            Files.writeString(pub, MinaSshServer.openSshPublic(key) + " host\n");
            return run("ssh-keygen", "-lf", pub.toString()).split(" ")[1];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }
}
