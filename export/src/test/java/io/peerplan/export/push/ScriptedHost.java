package io.peerplan.export.push;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A device that answers each command line with a scripted result and records everything it was
 * asked to run, so a test can tell exactly which commands reached it.
 */
final class ScriptedHost implements RemoteHost, SshConnector {
    final List<String> commands = new CopyOnWriteArrayList<>();
    final List<String> uploads = new CopyOnWriteArrayList<>();
    int connects;
    private final Function<String, ExecResult> script;

    ScriptedHost(Function<String, ExecResult> script) {
        this.script = script;
    }

    /** FRR's answers for a push up to the diff; {@code reloadTest} is what frr-reload.py --test prints. */
    static ScriptedHost frr(String reloadTest) {
        return new ScriptedHost(c -> {
            if (c.startsWith("mktemp")) {
                return new ExecResult(0, "/tmp/peerplan-push.AbCdEfGh\n", "");
            }
            if (c.startsWith("for p in")) {
                return new ExecResult(0, "/usr/lib/frr/frr-reload.py\n", "");
            }
            if (c.contains("--test")) {
                return new ExecResult(0, reloadTest, "");
            }
            if (c.endsWith("'show version'")) {
                return new ExecResult(0, "FRRouting 8.4.4 (gw) on Linux(6.1.0-28-amd64).\nCopyright 1996-2005 Kunihiro Ishiguro, et al.\n", "");
            }
            return new ExecResult(0, "", "");
        });
    }

    @Override
    public RemoteHost connect(Endpoint endpoint, CancelToken cancel) {
        connects++;
        return this;
    }

    @Override
    public ExecResult exec(String commandLine, Duration timeout, CancelToken cancel) {
        commands.add(commandLine);
        return script.apply(commandLine);
    }

    @Override
    public void upload(String remotePath, byte[] content, Duration timeout, CancelToken cancel) {
        uploads.add(remotePath);
    }

    @Override
    public boolean isConnected() {
        return true;
    }

    @Override
    public void close() {
    }
}
