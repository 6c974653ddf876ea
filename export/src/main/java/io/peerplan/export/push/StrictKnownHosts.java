package io.peerplan.export.push;

import java.io.File;
import java.io.IOException;
import java.security.PublicKey;
import net.schmizz.sshj.transport.verification.OpenSSHKnownHosts;

/**
 * known_hosts verification that never adds a key and remembers why it refused one, so the connector
 * can turn sshj's generic "could not verify host key" into the unknown/changed message the user
 * needs. Hashed entries and {@code [host]:port} names are handled by sshj's OpenSSHKnownHosts.
 */
final class StrictKnownHosts extends OpenSSHKnownHosts {
    private volatile PublicKey refused;
    private volatile boolean changed;

    StrictKnownHosts(File file) throws IOException {
        super(file);
    }

    @Override
    protected boolean hostKeyUnverifiableAction(String hostname, PublicKey key) {
        refused = key;
        changed = false;
        return false;
    }

    @Override
    protected boolean hostKeyChangedAction(String hostname, PublicKey key) {
        refused = key;
        changed = true;
        return false;
    }

    /** The key last refused, or null. */
    PublicKey refused() {
        return refused;
    }

    boolean refusedBecauseChanged() {
        return changed;
    }
}
