package io.peerplan.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away FRR instance (zebra, staticd, bfdd, bgpd) in a network namespace this test creates,
 * with no link to any host interface, so nothing it does leaves the namespace (brief: network
 * safety). Stopped by the PIDs in its own run directory, never by name. Started as frr-lab.md
 * describes; needs root and Debian's frr package.
 */
public final class ScratchFrr implements AutoCloseable {
    private static final List<String> DAEMONS = List.of("zebra", "staticd", "bfdd", "bgpd");
    private final String name;
    private final Path runDir;
    private final Path logDir;

    private ScratchFrr(String name, Path logDir) {
        this.name = name;
        this.runDir = Path.of("/var/run/frr", name);
        this.logDir = logDir;
    }

    /** Starts the daemons in a fresh namespace named {@code ppx-export-PID-SUFFIX}. */
    public static ScratchFrr start(String suffix, Path logDir) {
        String name = "ppx-export-" + ProcessHandle.current().pid() + "-" + suffix;
        ScratchFrr frr = new ScratchFrr(name, logDir);
        must(List.of("ip", "netns", "add", name));
        try {
            must(List.of("install", "-d", "-o", "frr", "-g", "frr", frr.runDir.toString()));
            for (String d : DAEMONS) {
                must(List.of("ip", "netns", "exec", name, "/usr/lib/frr/" + d, "-N", name, "-d", "-P", "0",
                        "--log", "file:" + logDir.resolve(name + "-" + d + ".log")));
            }
        } catch (RuntimeException e) {
            frr.close();
            throw e;
        }
        return frr;
    }

    /** {@code vtysh -N NS -f FILE}: loads the config; returns vtysh's messages. */
    public RealFrr.Run load(Path config) {
        return RealFrr.run(List.of("vtysh", "-N", name, "--config_dir", logDir.toString(), "-f", config.toString()));
    }

    /** {@code show running-config}, without the "Building configuration..." preamble vtysh prints. */
    public String runningConfig() {
        String out = RealFrr.run(List.of("vtysh", "-N", name, "--config_dir", logDir.toString(), "-c", "show running-config")).stdout();
        int start = out.indexOf("!\n");
        return start < 0 ? out : out.substring(start);
    }

    @Override
    public void close() {
        List<Long> pids = new ArrayList<>();
        try (var files = Files.list(runDir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                pids.add(Long.parseLong(Files.readString(p).trim()));
            }
        } catch (IOException | NumberFormatException ignored) {
            // nothing started, or already gone
        }
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).exceptionally(x -> {
                h.destroyForcibly();
                return h;
            }).join());
        }
        RealFrr.run(List.of("ip", "netns", "del", name));
        RealFrr.run(List.of("rm", "-rf", runDir.toString()));
    }

    private static void must(List<String> command) {
        RealFrr.Run r = RealFrr.run(command);
        if (r.exit() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + r.exit() + "): " + r.stderr());
        }
    }
}
