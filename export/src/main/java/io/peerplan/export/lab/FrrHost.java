package io.peerplan.export.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FRR daemons of one namespace, started as frr-lab.md measured: each daemon directly with
 * {@code -N NS -d -P 0}, under {@code unshare --uts} with the host's name set first (FRR 8.4 ignores
 * {@code hostname} under {@code -N}, FRR issue 7583), then the whole config with {@code vtysh -f}.
 */
final class FrrHost {
    static final Path FRR_RUN = Path.of("/var/run/frr");
    static final Path FRR_LIBEXEC = Path.of("/usr/lib/frr");

    private final String namespace;
    private final Path dir;

    /**
     * @param namespace the host's namespace
     * @param dir       the host's run directory (config, logs, vtysh config dir)
     */
    FrrHost(String namespace, Path dir) {
        this.namespace = namespace;
        this.dir = dir;
    }

    String namespace() {
        return namespace;
    }

    Path frrDir() {
        return FRR_RUN.resolve(namespace);
    }

    /** The daemons a config needs: always zebra and bgpd; staticd for static routes, bfdd for BFD. */
    static List<String> daemonsFor(String config) {
        List<String> d = new ArrayList<>(List.of("zebra"));
        if (config.lines().anyMatch(l -> l.startsWith("ip route "))) {
            d.add("staticd");
        }
        if (config.lines().anyMatch(l -> l.strip().startsWith("bfd") || l.contains(" bfd"))) {
            d.add("bfdd");
        }
        d.add("bgpd");
        return d;
    }

    /** Creates the pathspace and run directories owned by the frr user the daemons drop to. */
    void prepare(String config) {
        try {
            Files.createDirectories(dir.resolve("vtysh").resolve(namespace));
            Files.writeString(dir.resolve("vtysh").resolve(namespace).resolve("vtysh.conf"), "");
            Files.writeString(dir.resolve("frr.conf"), config, StandardCharsets.UTF_8);
            Origination o = Origination.split(config);
            Files.writeString(dir.resolve("sessions.conf"), o.sessions(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("routes.conf"), o.routes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException(namespace + ": cannot write " + dir + ": " + e.getMessage(), e);
        }
        Exec.run(List.of("install", "-d", "-o", "frr", "-g", "frr", frrDir().toString())).orThrow();
        Exec.run(List.of("chown", "frr:frr", dir.toString())).orThrow();
    }

    /** Starts one daemon; {@code -d} returns once it is ready. Returns its PID from its pid file. */
    long start(String daemon, String hostname) {
        Path log = dir.resolve(daemon + ".log");
        Exec.run(List.of("ip", "netns", "exec", namespace, "unshare", "--uts", "--", "/bin/sh", "-c",
                "hostname \"$1\" && shift && exec \"$@\"", "sh", hostname,
                FRR_LIBEXEC.resolve(daemon).toString(), "-N", namespace, "-d", "-P", "0", "--log", "file:" + log),
                Duration.ofSeconds(20)).orThrow();
        return pid(daemon);
    }

    long pid(String daemon) {
        Path f = frrDir().resolve(daemon + ".pid");
        try {
            return Long.parseLong(Files.readString(f).strip());
        } catch (IOException | NumberFormatException e) {
            throw new LabException(namespace + ": " + daemon + " wrote no pid file " + f + " (see " + dir.resolve(
                    daemon + ".log") + ")");
        }
    }

    /** Applies the whole config at once. */
    void applyConfig() {
        apply("frr.conf");
    }

    /** Applies the session part of the config ({@link Origination}). */
    void applySessions() {
        apply("sessions.conf");
    }

    /** Applies the route-originating part of the config, if any ({@link Origination}). */
    void applyRoutes() {
        try {
            if (Files.size(dir.resolve("routes.conf")) > 0) {
                apply("routes.conf");
            }
        } catch (IOException e) {
            throw new LabException(namespace + ": " + e.getMessage(), e);
        }
    }

    /** Applies one config file; FRR reports each refused line on stdout/stderr. */
    private void apply(String file) {
        Exec.Result r = vtysh(List.of("-f", dir.resolve(file).toString()), Duration.ofSeconds(30));
        String complaints = (r.stdout() + r.stderr()).lines()
                .filter(l -> !l.contains("Can't open configuration file") && !l.isBlank()).reduce("",
                        (a, b) -> a + "\n  " + b);
        if (!r.ok() || complaints.contains("% ")) {
            throw new LabException(namespace + ": FRR refused the config " + dir.resolve(file) + ":" + complaints);
        }
    }

    /** One vtysh command; the answer's text. */
    String show(String command) {
        return vtysh(List.of("-c", command), Duration.ofSeconds(15)).orThrow().stdout();
    }

    Exec.Result vtysh(List<String> args, Duration timeout) {
        List<String> cmd = new ArrayList<>(List.of("vtysh", "--config_dir", dir.resolve("vtysh").toString(), "-N",
                namespace));
        cmd.addAll(args);
        return Exec.run(cmd, timeout);
    }

    /** Daemon name to PID for the daemons whose pid files exist. */
    Map<String, Long> runningPids() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String d : List.of("zebra", "staticd", "bfdd", "bgpd")) {
            if (Files.exists(frrDir().resolve(d + ".pid"))) {
                try {
                    out.put(d, pid(d));
                } catch (LabException e) {
                    // A half-written pid file: the daemon did not finish starting; nothing to record.
                }
            }
        }
        return out;
    }
}
