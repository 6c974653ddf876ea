package io.peerplan.export.testlab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** One exec request: {@code /bin/sh -c COMMAND} (in a namespace when given), streams pumped, exit status returned. */
final class ShellCommand implements Command {
    /** Called before the command runs; may block (the server's gate). */
    interface Gate {
        void pass(String command) throws InterruptedException;
    }

    private final String command;
    private final String namespace;
    private final Gate gate;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private volatile Process process;
    private volatile boolean destroyed;

    ShellCommand(String command, String namespace, Gate gate) {
        this.command = command;
        this.namespace = namespace;
        this.gate = gate;
    }

    @Override
    public void setInputStream(InputStream in) {
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        Thread.ofVirtual().start(() -> {
            try {
                gate.pass(command);
                if (destroyed) {
                    return;
                }
                List<String> argv = namespace == null ? List.of("/bin/sh", "-c", command)
                        : List.of("ip", "netns", "exec", namespace, "/bin/sh", "-c", command);
                process = new ProcessBuilder(argv).start();
                process.getOutputStream().close();
                Thread o = Thread.ofVirtual().start(() -> pump(process.getInputStream(), out));
                Thread e = Thread.ofVirtual().start(() -> pump(process.getErrorStream(), err));
                int rc = process.waitFor();
                o.join();
                e.join();
                exit.onExit(rc);
            } catch (IOException e) {
                exit.onExit(127, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void pump(InputStream from, OutputStream to) {
        try (from) {
            from.transferTo(to);
            to.flush();
        } catch (IOException ignored) {
            // The client closed the channel (cancel): the process is stopped in destroy().
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        destroyed = true;
        Process p = process;
        if (p != null) {
            // Our own child, stopped by its handle.
            p.destroyForcibly();
        }
    }
}
