package io.peerplan.export.push;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A {@link DeviceDriver}'s view of the device during one push: commands and uploads over the
 * connection, inside the push's {@link WorkDir}, under the push's cancel token until the restore
 * begins and under none after (a restore stopped half-way would leave the device half-applied).
 * The connection itself (connect, reconnect, close) belongs to {@link DevicePush}.
 */
final class DeviceSession {
    private final Endpoint endpoint;
    private final SshConnector connector;
    private final PushOptions options;
    private final StepLog log;
    private CancelToken token;
    private RemoteHost host;
    private WorkDir dir;

    DeviceSession(Endpoint endpoint, SshConnector connector, PushOptions options, CancelToken cancel, StepLog log) {
        this.endpoint = endpoint;
        this.connector = connector;
        this.options = options;
        this.token = cancel;
        this.log = log;
    }

    ExecResult exec(String command) throws PushFailure {
        return exec(command, options.stepTimeout());
    }

    ExecResult exec(String command, Duration timeout) throws PushFailure {
        return host.exec(command, timeout, token);
    }

    /** Runs a command that must succeed and returns its output; {@code what} names it in the failure. */
    String require(String command, String what) throws PushFailure {
        return require(command, what, options.stepTimeout());
    }

    String require(String command, String what, Duration timeout) throws PushFailure {
        ExecResult r = exec(command, timeout);
        if (!r.ok()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "'" + what + "' failed (exit " + r.exitStatus() + "): " + r.failureText());
        }
        return r.stdout();
    }

    void upload(String path, String text) throws PushFailure {
        host.upload(path, text.getBytes(StandardCharsets.UTF_8), options.stepTimeout(), token);
    }

    /** The push's private directory on the device (made right after connecting). */
    WorkDir dir() {
        return dir;
    }

    PushOptions options() {
        return options;
    }

    /** The token commands run under now: the user's, or none once the restore began. */
    CancelToken cancel() {
        return token;
    }

    /** The live connection, for helpers that poll it (e.g. {@link FrrQueries}). */
    RemoteHost host() {
        return host;
    }

    void progress(String message) {
        log.progress(message);
    }

    // The connection's life cycle, driven by DevicePush only.

    void connect() throws PushFailure {
        host = connector.connect(endpoint, token);
    }

    void makeWorkDir() throws PushFailure {
        dir = WorkDir.of(require(WorkDir.MAKE, "mktemp").strip());
    }

    /** From now on nothing is cancellable. */
    void restoring() {
        token = CancelToken.never();
    }

    boolean connected() {
        return host != null && host.isConnected();
    }

    void reconnect() throws PushFailure {
        if (host != null) {
            host.close();
        }
        host = connector.connect(endpoint, token);
    }

    /** Removes the work directory unless asked to keep it, then disconnects. */
    void close(boolean keepWorkDir) {
        if (!keepWorkDir && dir != null && connected()) {
            try {
                host.exec(dir.remove(), options.stepTimeout(), CancelToken.never());
            } catch (PushFailure ignored) {
                // Leaving a temp directory behind is harmless; the report already says what matters.
            }
        }
        if (host != null) {
            host.close();
        }
    }
}
