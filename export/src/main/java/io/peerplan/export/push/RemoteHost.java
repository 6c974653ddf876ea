package io.peerplan.export.push;

import io.peerplan.export.text.ShellQuote;
import java.time.Duration;

/**
 * An authenticated connection to one managed device. The push engine speaks only this interface,
 * so sshj stays an implementation detail (stack.md: keep sshj types out of the module's API) and a
 * test can wrap it to inject faults.
 */
public interface RemoteHost extends AutoCloseable {

    /** Runs one command line (already quoted, see {@link ShellQuote}) and waits for it within the timeout. */
    ExecResult exec(String commandLine, Duration timeout, CancelToken cancel) throws PushFailure;

    /** Writes a file (mode 0600) over SFTP, replacing it. */
    void upload(String remotePath, byte[] content, Duration timeout, CancelToken cancel) throws PushFailure;

    /** True while the SSH transport is up. */
    boolean isConnected();

    @Override
    void close();
}
