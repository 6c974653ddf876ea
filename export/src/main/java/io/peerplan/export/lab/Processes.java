package io.peerplan.export.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stops the lab's daemons by the PIDs it recorded, and only after checking that each PID still is
 * that FRR or Quagga daemon of that namespace ({@code /proc/PID/cmdline}), so a recycled PID is never hit.
 * SIGTERM first (bgpd then sends a Cease to its peers); what still runs after the grace time gets
 * SIGKILL. frr-lab.md: each daemon needs about 2 s to exit on SIGTERM, so all are signalled at once.
 */
final class Processes {
    private Processes() {
    }

    /** A recorded daemon. */
    record Daemon(String namespace, String name, long pid) {
    }

    static List<Daemon> daemons(Map<String, Map<String, Long>> pids) {
        List<Daemon> out = new ArrayList<>();
        pids.forEach((ns, m) -> m.forEach((d, pid) -> out.add(new Daemon(ns, d, pid))));
        return out;
    }

    /**
     * True when the PID runs {@code /usr/lib/frr/NAME ... -N NAMESPACE} (FRR), or Quagga's
     * {@code /opt/quagga/sbin/NAME} inside that network namespace ({@link QuaggaHost}; Quagga has no
     * {@code -N}, so the process's {@code /proc/PID/ns/net} must be the namespace's own).
     */
    static boolean isOurs(Daemon d) {
        Path cmdline = Path.of("/proc", Long.toString(d.pid()), "cmdline");
        try {
            List<String> args = List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
            if (args.isEmpty() || !args.getFirst().endsWith("/" + d.name())) {
                return false;
            }
            int n = args.indexOf("-N");
            if (n >= 0 && n + 1 < args.size()) {
                return args.get(n + 1).equals(d.namespace());
            }
            return args.getFirst().equals(QuaggaHost.QUAGGA_SBIN.resolve(d.name()).toString())
                    && inNamespace(d.pid(), d.namespace());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean inNamespace(long pid, String namespace) throws IOException {
        String link = Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "ns", "net")).toString();
        Object inode = Files.getAttribute(Path.of("/run/netns", namespace), "unix:ino");
        return link.equals("net:[" + inode + "]");
    }

    /** Stops the given daemons; returns those that could not be stopped (still running after SIGKILL). */
    static List<Daemon> stop(List<Daemon> daemons, long graceMillis) {
        List<ProcessHandle> live = new ArrayList<>();
        for (Daemon d : daemons) {
            if (isOurs(d)) {
                ProcessHandle.of(d.pid()).ifPresent(h -> {
                    h.destroy();
                    live.add(h);
                });
            }
        }
        long deadline = System.currentTimeMillis() + graceMillis;
        while (live.stream().anyMatch(Processes::running) && System.currentTimeMillis() < deadline) {
            sleep(25);
        }
        for (ProcessHandle h : live) {
            if (running(h)) {
                h.destroyForcibly();
            }
        }
        long killDeadline = System.currentTimeMillis() + 2000;
        while (live.stream().anyMatch(Processes::running) && System.currentTimeMillis() < killDeadline) {
            sleep(25);
        }
        return daemons.stream().filter(d -> ProcessHandle.of(d.pid()).map(Processes::running).orElse(false)
                && isOurs(d)).toList();
    }

    /**
     * Alive and not a zombie: daemonized FRR processes are reparented, and a container's init may
     * leave them unreaped for a while, which {@link ProcessHandle#isAlive()} still counts as alive.
     */
    static boolean running(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(h.pid()), "stat"));
            int close = stat.lastIndexOf(')');
            return close < 0 || close + 2 >= stat.length() || stat.charAt(close + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    /** Sets the scheduling priority of the given daemons (those still ours). */
    static void renice(List<Daemon> daemons, int nice) {
        List<String> cmd = new ArrayList<>(List.of("renice", "-n", Integer.toString(nice), "-p"));
        daemons.stream().filter(Processes::isOurs).forEach(d -> cmd.add(Long.toString(d.pid())));
        if (cmd.size() > 5) {
            Exec.run(cmd).orThrow();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabException("interrupted");
        }
    }
}
