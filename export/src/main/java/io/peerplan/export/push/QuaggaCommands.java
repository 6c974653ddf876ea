package io.peerplan.export.push;

import io.peerplan.export.text.ShellQuote;
import io.peerplan.model.Management;
import io.peerplan.model.QuaggaLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The remote command lines of a Quagga push, every argument quoted ({@link ShellQuote}) and every
 * value from the design validated ({@link RemoteValues}). Quagga has one config file per daemon
 * (no integrated config, no pathspace, no frr-reload.py); its vty sockets are at the path compiled
 * in, so vtysh needs no option to find them. The files and the restart command come from the
 * router's {@link QuaggaLayout}, never from free text in the project.
 */
final class QuaggaCommands {
    /** The daemons Peerplan configures, in start order (bgpd needs zebra's socket). */
    static final List<String> DAEMONS = List.of("zebra", "bgpd");
    /** Where both layouts keep the daemon configs: OpenWrt's quagga packages and Quagga's redhat/*.service units. */
    static final String CONF_DIR = "/etc/quagga";
    /** Where distributions install the daemons, after the login's PATH: OpenWrt and RHEL, Debian's old quagga package, a source build. */
    static final List<String> SBIN_DIRS = List.of("/usr/sbin", "/usr/lib/quagga", "/usr/local/sbin");
    private static final Pattern DIRECTORY = Pattern.compile("(/[A-Za-z0-9._+-]+)+");

    private final List<String> prefix;
    private final QuaggaLayout layout;
    private WorkDir workDir;
    private String sbin;

    QuaggaCommands(String element, Management m) throws PushFailure {
        this.prefix = RemoteValues.commandPrefix(element, m == null ? null : m.commandPrefix());
        this.layout = QuaggaLayout.of(m);
        if (m != null && m.quaggaLayout() != null && QuaggaLayout.parse(m.quaggaLayout()).isEmpty()) {
            throw new PushFailure(PushFailure.Kind.INVALID_VALUE, element + ": management.quaggaLayout '"
                    + m.quaggaLayout().replaceAll("\\p{Cntrl}", "?") + "' is not usable: expected " + QuaggaLayout.names());
        }
    }

    QuaggaLayout layout() {
        return layout;
    }

    void workDir(WorkDir dir) {
        workDir = dir;
    }

    String file(String name) {
        return workDir.file(name);
    }

    /** The daemon's config file on the device, e.g. /etc/quagga/bgpd.conf. */
    static String config(String daemon) {
        return CONF_DIR + "/" + daemon + ".conf";
    }

    /** Prints the directory holding both daemons: the one on the login's PATH first, then {@link #SBIN_DIRS}. */
    static String locateDaemons() {
        StringBuilder s = new StringBuilder("for d in \"$(dirname -- \"$(command -v bgpd || echo /nonexistent/bgpd)\")\"");
        SBIN_DIRS.forEach(d -> s.append(' ').append(ShellQuote.quote(d)));
        return s.append("; do case \"$d\" in /*) if [ -x \"$d/bgpd\" ] && [ -x \"$d/zebra\" ]; then echo \"$d\"; exit 0; fi;; esac; done; exit 1")
                .toString();
    }

    /** Accepts the directory the device printed (it becomes part of later commands). */
    void sbin(String dir) throws PushFailure {
        if (!DIRECTORY.matcher(dir).matches()) {
            throw new PushFailure(PushFailure.Kind.REMOTE_ERROR, "unexpected directory of Quagga's daemons: '" + dir + "'");
        }
        sbin = dir;
    }

    /**
     * Lets the daemons read the staged candidates: they open their config after dropping to their
     * own user (lib/privs.c zprivs_init), so the work directory becomes traversable (0711, still not
     * listable) and the candidates readable by the group that owns the device's bgpd.conf, mode 0640,
     * exactly as readable as the file they are to replace.
     */
    String shareWithDaemons() {
        List<String> files = DAEMONS.stream().map(d -> file(d + ".conf")).toList();
        List<String> chmod = new ArrayList<>(List.of("chmod", "0640"));
        chmod.addAll(files);
        return "g=$(stat -c %g " + ShellQuote.quote(config("bgpd")) + " 2>/dev/null || stat -c %g " + ShellQuote.quote(CONF_DIR) + ") && "
                + prefixed(List.of("chmod", "0711", workDir.path())) + " && " + prefixed(List.of("chgrp", "--")) + " \"$g\" " + ShellQuote.join(files) + " && " + prefixed(chmod);
    }

    /** {@code bgpd -C -f FILE}: parses the file the way the daemon reads it at start, and exits. */
    String syntaxCheck(String daemon, String file) {
        return prefixed(List.of(sbin + "/" + daemon, "-C", "-f", file));
    }

    /** One vtysh command, e.g. {@code show running-config}. */
    String vtysh(String command) {
        return prefixed(List.of("vtysh", "-c", command));
    }

    /** vtysh running these commands in order: it stops at the first one refused and exits 1 (vtysh_main.c). */
    String vtysh(List<String> commands) {
        List<String> args = new ArrayList<>(List.of("vtysh"));
        commands.forEach(c -> args.addAll(List.of("-c", c)));
        return prefixed(args);
    }

    String showRunning() {
        return vtysh("show running-config");
    }

    String softClear() {
        return vtysh("clear ip bgp * soft");
    }

    /** Copies the daemon configs into the work directory with their mode, owner and times; a missing file is noted as such. */
    String saveFiles() {
        List<String> parts = new ArrayList<>();
        for (String d : DAEMONS) {
            parts.add("if [ -e " + ShellQuote.quote(config(d)) + " ]; then " + prefixed(List.of("cp", "-p", config(d), file("saved-" + d + ".conf")))
                    + "; else : > " + ShellQuote.quote(file("absent-" + d + ".conf")) + "; fi");
        }
        return String.join(" && ", parts);
    }

    /** Puts the saved configs back with their mode, owner and times (removing one that did not exist), then checks the bytes. */
    String restoreFiles() {
        List<String> parts = new ArrayList<>();
        for (String d : DAEMONS) {
            parts.add("if [ -e " + ShellQuote.quote(file("absent-" + d + ".conf")) + " ]; then " + prefixed(List.of("rm", "-f", "--", config(d)))
                    + "; else " + prefixed(List.of("cp", "-p", file("saved-" + d + ".conf"), config(d))) + " && "
                    + prefixed(List.of("cmp", "-s", file("saved-" + d + ".conf"), config(d))) + "; fi");
        }
        return String.join(" && ", parts);
    }

    /** Writes the candidates over the daemon configs (cp keeps an existing file's mode and owner). */
    String installCandidates() {
        List<String> parts = new ArrayList<>();
        for (String d : DAEMONS) {
            parts.add(prefixed(List.of("cp", file(d + ".conf"), config(d))));
        }
        return String.join(" && ", parts);
    }

    /**
     * Restarts both daemons the layout's way, then waits until each answers on its vty socket
     * (vtysh -d connects to that daemon only and exits 1 while it is not up), at most 30 s.
     */
    String restartAndWait() {
        String up = prefixed(List.of("vtysh", "-d", "zebra", "-c", "show version")) + " > /dev/null 2>&1 && "
                + prefixed(List.of("vtysh", "-d", "bgpd", "-c", "show version")) + " > /dev/null 2>&1";
        return prefixed(restartArgs(layout)) + " && i=0; until " + up + "; do i=$((i+1)); if [ $i -ge 150 ]; then "
                + "echo 'Quagga did not answer within 30 s of the restart'; exit 1; fi; sleep 0.2; done";
    }

    /** The restart as shown in the plan and the diff. */
    String restartShown() {
        return String.join(" ", restartArgs(layout));
    }

    static List<String> restartArgs(QuaggaLayout layout) {
        return switch (layout) {
            case OPENWRT -> List.of("/etc/init.d/quagga", "restart");
            // bgpd.service is BindsTo=zebra.service (Quagga redhat/bgpd.service): both restart together.
            case LINUX -> List.of("systemctl", "restart", "zebra.service", "bgpd.service");
        };
    }

    private String prefixed(List<String> args) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(args);
        return ShellQuote.join(all);
    }
}
