package io.peerplan.export.push;

import io.peerplan.export.text.ShellQuote;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;

/**
 * Host-key fingerprints in OpenSSH's own form ({@code SHA256:} + unpadded base64 of the SHA-256 of
 * the key blob, as {@code ssh-keygen -lf} prints) and the messages that tell the user how to trust a
 * key or why a changed one is refused.
 */
final class HostKeys {
    private HostKeys() {
    }

    static String fingerprint(PublicKey key) {
        byte[] blob = new Buffer.PlainBuffer().putPublicKey(key).getCompactData();
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The key type as ssh-keyscan's -t wants it: ed25519, ecdsa, rsa. */
    static String scanType(PublicKey key) {
        String t = KeyType.fromKey(key).toString();
        if (t.contains("ed25519")) {
            return "ed25519";
        }
        if (t.startsWith("ecdsa")) {
            return "ecdsa";
        }
        return t.equals("ssh-rsa") ? "rsa" : t;
    }

    /** The known_hosts name of the host: {@code host} on port 22, else {@code [host]:port} (sshd(8) SSH_KNOWN_HOSTS FILE FORMAT). */
    static String knownHostsName(Endpoint e) {
        return e.port() == 22 ? e.host().toLowerCase() : "[" + e.host().toLowerCase() + "]:" + e.port();
    }

    static String unknownMessage(Endpoint e, PublicKey key, Path knownHosts) {
        String scan = scanCommand(e, key);
        return e.element() + ": the host key of " + e.host() + ":" + e.port() + " is not in " + knownHosts + ", so Peerplan refuses to connect.\n"
                + "  Its " + KeyType.fromKey(key) + " key fingerprint is " + fingerprint(key) + ".\n"
                + "  Check that fingerprint against the device (on its console: ssh-keygen -lf /etc/ssh/ssh_host_"
                + scanType(key) + "_key.pub), or compare with:\n"
                + "    " + scan + " | ssh-keygen -lf -\n"
                + "  then trust it with:\n"
                + "    " + scan + " >> " + ShellQuote.quote(knownHosts.toString());
    }

    static String changedMessage(Endpoint e, PublicKey key, Path knownHosts) {
        String name = knownHostsName(e);
        return e.element() + ": WARNING: THE HOST KEY OF " + e.host() + ":" + e.port() + " HAS CHANGED. Peerplan refuses to connect.\n"
                + "  Someone could be intercepting the connection (man-in-the-middle attack), or the device was reinstalled.\n"
                + "  Offered " + KeyType.fromKey(key) + " key fingerprint: " + fingerprint(key) + "\n"
                + "  " + knownHosts + " holds a different key for " + name + ".\n"
                + "  Only if you know why the key changed, replace it:\n"
                + "    ssh-keygen -R " + ShellQuote.quote(name) + " -f " + ShellQuote.quote(knownHosts.toString()) + "\n"
                + "    " + scanCommand(e, key) + " >> " + ShellQuote.quote(knownHosts.toString());
    }

    private static String scanCommand(Endpoint e, PublicKey key) {
        return "ssh-keyscan " + (e.port() == 22 ? "" : "-p " + e.port() + " ") + "-t " + scanType(key) + " " + ShellQuote.quote(e.host());
    }
}
