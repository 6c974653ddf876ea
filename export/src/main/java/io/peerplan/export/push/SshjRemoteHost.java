package io.peerplan.export.push;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.sftp.FileAttributes;
import net.schmizz.sshj.sftp.OpenMode;
import net.schmizz.sshj.sftp.RemoteFile;
import net.schmizz.sshj.sftp.SFTPClient;

/** One authenticated sshj connection: exec with timeout and cancellation, SFTP upload. */
final class SshjRemoteHost implements RemoteHost {
    private static final long POLL_MS = 100;
    private final Endpoint endpoint;
    private final SSHClient client;
    private final AgentClient agent;

    SshjRemoteHost(Endpoint endpoint, SSHClient client, AgentClient agent) {
        this.endpoint = endpoint;
        this.client = client;
        this.agent = agent;
    }

    @Override
    public ExecResult exec(String commandLine, Duration timeout, CancelToken cancel) throws PushFailure {
        cancel.check();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Session session = client.startSession();
                AutoCloseable unregister = cancel.onCancel(() -> closeQuietly(session))) {
            Session.Command cmd = session.exec(commandLine);
            Drain out = Drain.start(cmd.getInputStream());
            Drain err = Drain.start(cmd.getErrorStream());
            while (cmd.isOpen()) {
                cancel.check();
                if (System.nanoTime() > deadline) {
                    closeQuietly(session);
                    throw new PushFailure(PushFailure.Kind.TIMEOUT, endpoint.element() + ": '" + brief(commandLine)
                            + "' did not finish within " + timeout.toSeconds() + " s");
                }
                try {
                    cmd.join(POLL_MS, TimeUnit.MILLISECONDS);
                } catch (IOException stillRunningOrBroken) {
                    if (!client.isConnected()) {
                        throw lost(commandLine, stillRunningOrBroken);
                    }
                }
            }
            cancel.check();
            Integer status = cmd.getExitStatus();
            String stdout = out.text(deadline);
            String stderr = err.text(deadline);
            if (status == null && !client.isConnected()) {
                throw lost(commandLine, null);
            }
            return new ExecResult(status == null ? -1 : status, stdout, stderr);
        } catch (PushFailure e) {
            throw e;
        } catch (Exception e) {
            cancel.check();
            throw client.isConnected()
                    ? new PushFailure(PushFailure.Kind.REMOTE_ERROR, endpoint.element() + ": '" + brief(commandLine) + "' failed: " + SshjConnector.describe(e), e)
                    : lost(commandLine, e);
        }
    }

    @Override
    public void upload(String remotePath, byte[] content, Duration timeout, CancelToken cancel) throws PushFailure {
        cancel.check();
        try (SFTPClient sftp = client.newSFTPClient();
                AutoCloseable unregister = cancel.onCancel(() -> closeQuietly(sftp))) {
            sftp.getSFTPEngine().setTimeoutMs((int) timeout.toMillis());
            FileAttributes mode = new FileAttributes.Builder().withPermissions(0600).build();
            try (RemoteFile f = sftp.open(remotePath, EnumSet.of(OpenMode.WRITE, OpenMode.CREAT, OpenMode.TRUNC), mode)) {
                f.write(0, content, 0, content.length);
            }
        } catch (Exception e) {
            cancel.check();
            throw client.isConnected()
                    ? new PushFailure(PushFailure.Kind.REMOTE_ERROR, endpoint.element() + ": upload of " + remotePath + " failed: " + SshjConnector.describe(e)
                            + " (the SSH server needs the sftp subsystem)", e)
                    : lost("upload " + remotePath, e);
        }
    }

    @Override
    public boolean isConnected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        SshjConnector.disconnectQuietly(client);
        SshjConnector.closeQuietly(agent);
    }

    private PushFailure lost(String what, Exception cause) {
        return new PushFailure(PushFailure.Kind.CONNECTION_LOST, endpoint.element() + ": the SSH connection to " + endpoint.display()
                + " was lost during '" + brief(what) + "'" + (cause == null ? "" : ": " + SshjConnector.describe(cause)), cause);
    }

    private static String brief(String command) {
        return command.length() <= 120 ? command : command.substring(0, 117) + "...";
    }

    private static void closeQuietly(AutoCloseable c) {
        SshjConnector.closeQuietly(c);
    }

    /** Reads one output stream to the end on a virtual thread, so a chatty command never blocks on a full window. */
    private static final class Drain {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Thread thread;

        private Drain(InputStream in) {
            thread = Thread.ofVirtual().start(() -> {
                byte[] buf = new byte[8192];
                try {
                    for (int n; (n = in.read(buf)) >= 0; ) {
                        synchronized (bytes) {
                            bytes.write(buf, 0, n);
                        }
                    }
                } catch (IOException ignored) {
                    // The channel closed; what was read so far is the output.
                }
            });
        }

        static Drain start(InputStream in) {
            return new Drain(in);
        }

        String text(long deadlineNanos) throws InterruptedException {
            thread.join(Duration.ofNanos(Math.max(1_000_000, deadlineNanos - System.nanoTime())));
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
