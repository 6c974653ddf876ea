package io.peerplan.export.push;

import java.io.IOException;

/**
 * Why a remote operation failed, in words a network engineer can act on. The {@link Kind} lets the
 * push engine decide what is safe next: nothing was changed before {@link Kind#HOST_KEY_UNKNOWN} or
 * {@link Kind#AUTH_FAILED}, whereas {@link Kind#CONNECTION_LOST} during an apply needs a rollback.
 */
public final class PushFailure extends IOException {
    private final Kind kind;

    public PushFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PushFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public enum Kind {
        /** The host's key is not in known_hosts: refused, nothing sent. */
        HOST_KEY_UNKNOWN,
        /** The host's key differs from the one in known_hosts: refused loudly (possible MITM). */
        HOST_KEY_CHANGED,
        /** No offered key (agent or key file) was accepted, or a key file could not be read. */
        AUTH_FAILED,
        /** TCP connect or SSH handshake failed. */
        CONNECT_FAILED,
        /** A step did not finish within its timeout. */
        TIMEOUT,
        /** The user cancelled. */
        CANCELLED,
        /** The SSH connection broke while a step ran. */
        CONNECTION_LOST,
        /** A topology value is not safe to put in a remote command. */
        INVALID_VALUE,
        /** A remote command ran and failed (non-zero exit), or its output made no sense. */
        REMOTE_ERROR
    }
}
