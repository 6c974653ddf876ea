package io.peerplan.export.push;

/**
 * Asks the user for a key file's passphrase. The returned array is wiped as soon as the key is
 * decrypted; the passphrase is never stored, logged or written anywhere.
 */
@FunctionalInterface
public interface PassphrasePrompt {
    /** The passphrase for this key file, or null to give up. */
    char[] passphrase(String keyFile);

    /** For non-interactive runs: encrypted keys fail with a clear message (use ssh-agent instead). */
    PassphrasePrompt NONE = keyFile -> null;
}
