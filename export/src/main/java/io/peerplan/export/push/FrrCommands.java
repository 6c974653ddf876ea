package io.peerplan.export.push;

import io.peerplan.export.text.ShellQuote;
import io.peerplan.model.Management;
import java.util.ArrayList;
import java.util.List;

/**
 * The remote command lines of an FRR push, every argument quoted ({@link ShellQuote}) and every
 * topology value validated ({@link RemoteValues}). Flags follow frr-lab.md: {@code -N} for a
 * pathspace; {@code frr-reload.py --stdout --rundir} always (its default log file and rundir need
 * root); {@code --confdir} pointed at the push's own directory when the login is neither root nor
 * prefixed (e.g. with sudo), since frr-reload's final {@code write} could not save to /etc/frr then.
 */
final class FrrCommands {
    /** Where distributions install frr-reload.py: Debian/Ubuntu, then RHEL/Alma/Fedora. */
    static final List<String> RELOAD_SCRIPTS = List.of("/usr/lib/frr/frr-reload.py", "/usr/libexec/frr/frr-reload.py");

    static final int NOT_STARTED = 3;
    private final List<String> prefix;
    private final String pathspace;
    private final boolean persists;
    private WorkDir workDir;
    private String reloadScript;

    FrrCommands(String element, Management m, String user) throws PushFailure {
        this.prefix = RemoteValues.commandPrefix(element, m == null ? null : m.commandPrefix());
        this.pathspace = m == null || m.frrPathspace() == null ? null : RemoteValues.pathspace(element, m.frrPathspace());
        this.persists = !prefix.isEmpty() || "root".equals(user);
    }

    /** True when frr-reload.py's closing {@code write} saves the applied config to the startup config. */
    boolean persists() {
        return persists;
    }

    static String makeWorkDir() {
        return WorkDir.MAKE;
    }

    /** Accepts the directory mktemp printed (checked, since it becomes part of later commands). */
    void workDir(String dir) throws PushFailure {
        workDir(WorkDir.of(dir));
    }

    void workDir(WorkDir dir) {
        workDir = dir;
    }

    String workDir() {
        return workDir.path();
    }

    String file(String name) {
        return workDir.file(name);
    }

    /** Prepares the private confdir used when frr-reload cannot write to /etc/frr. */
    String prepareConfDir() {
        String nsDir = pathspace == null ? file("conf") : file("conf") + "/" + pathspace;
        return ShellQuote.join("mkdir", "-p", nsDir) + " && " + ShellQuote.join("touch", nsDir + "/vtysh.conf");
    }

    static String locateReloadScript() {
        StringBuilder s = new StringBuilder("for p in");
        RELOAD_SCRIPTS.forEach(p -> s.append(' ').append(ShellQuote.quote(p)));
        return s.append("; do if [ -x \"$p\" ]; then echo \"$p\"; exit 0; fi; done; exit 1").toString();
    }

    void reloadScript(String path) throws PushFailure {
        if (!RELOAD_SCRIPTS.contains(path)) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "unexpected frr-reload.py location '" + path + "'");
        }
        reloadScript = path;
    }

    String syntaxCheck(String file) {
        return prefixed(List.of("vtysh", "-C", "-f", file));
    }

    String vtysh(String command) {
        List<String> args = new ArrayList<>(List.of("vtysh"));
        if (pathspace != null) {
            args.addAll(List.of("-N", pathspace));
        }
        args.addAll(List.of("-c", command));
        return prefixed(args);
    }

    String showVersion() {
        return vtysh("show version");
    }

    String showRunning() {
        return vtysh("show running-config");
    }

    /** frr-reload.py --test: "Lines To Delete / Lines To Add" between the running config and the file. */
    String reloadTest(String file) {
        return prefixed(reloadArgs("--test", file));
    }

    /**
     * Starts frr-reload.py --reload detached from the SSH session ({@code setsid}, output to files),
     * so a dropped connection cannot kill it half-way: the engine waits for its exit status file and
     * rolls back after it finished, never while it still runs.
     */
    String reloadDetached(String file, String tag) {
        String inner = prefixed(reloadArgs("--reload", file)) + " > " + ShellQuote.quote(file(tag + ".log")) + " 2>&1; echo $? > "
                + ShellQuote.quote(file(tag + ".rc"));
        // The marker is written before the job starts, so after a dropped connection the engine can
        // tell "never started" (no marker) from "started, maybe still running" (marker, no .rc yet).
        return ": > " + ShellQuote.quote(file(tag + ".started")) + " && setsid sh -c " + ShellQuote.quote(inner)
                + " < /dev/null > /dev/null 2>&1 &";
    }

    /**
     * Waits for a detached job's exit status file and prints the status, then its log; exits
     * {@value #NOT_STARTED} when the job was never started.
     */
    String awaitJob(String tag) {
        String rc = ShellQuote.quote(file(tag + ".rc"));
        return "[ -e " + ShellQuote.quote(file(tag + ".started")) + " ] || exit " + NOT_STARTED + "; while [ ! -s " + rc
                + " ]; do sleep 0.2; done; cat " + rc + "; cat " + ShellQuote.quote(file(tag + ".log"));
    }

    String softClear() {
        // A route-map change acts on routes already sent only after the delay timer, or never with
        // the timer at 0, unless the peers are soft-cleared (frr-lab.md "Convergence time").
        return vtysh("clear bgp * soft");
    }

    String summaryJson(boolean ipv6) {
        return vtysh("show bgp " + afi(ipv6) + " unicast summary json");
    }

    String advertisedJson(String neighbor) {
        return vtysh("show bgp " + afi(neighbor.contains(":")) + " unicast neighbors " + neighbor + " advertised-routes json");
    }

    String localRouteJson(String prefix) {
        return vtysh("show bgp " + afi(prefix.contains(":")) + " unicast " + prefix + " json");
    }

    private static String afi(boolean ipv6) {
        return ipv6 ? "ipv6" : "ipv4";
    }

    String removeWorkDir() {
        return workDir.remove();
    }

    private List<String> reloadArgs(String mode, String file) {
        List<String> args = new ArrayList<>(List.of(reloadScript));
        if (pathspace != null) {
            args.addAll(List.of("-N", pathspace));
        }
        args.addAll(List.of(mode, "--stdout", "--rundir", workDir.path()));
        if (!persists) {
            args.addAll(List.of("--confdir", file("conf")));
        }
        args.add(file);
        return args;
    }

    private String prefixed(List<String> args) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(args);
        return ShellQuote.join(all);
    }
}
