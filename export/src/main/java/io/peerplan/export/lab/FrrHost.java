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
import java.util.Optional;

/**
 * The FRR daemons of one namespace, started as frr-lab.md measured: each daemon directly with
 * {@code -N NS -d -P 0}, under {@code unshare --uts} with the host's name set first (FRR 8.4 ignores
 * {@code hostname} under {@code -N}, FRR issue 7583), then the whole config with {@code vtysh -f}.
 */
final class FrrHost implements LabHost {
    static final Path FRR_RUN = Path.of("/var/run/frr");
    static final Path FRR_LIBEXEC = Path.of("/usr/lib/frr");

    private final String namespace;
    private final Path dir;
    private final String config;

    /**
     * @param namespace the host's namespace
     * @param dir       the host's run directory (config, logs, vtysh config dir)
     * @param config    the complete frr.conf
     */
    FrrHost(String namespace, Path dir, String config) {
        this.namespace = namespace;
        this.dir = dir;
        this.config = config;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public Optional<Path> pathspace() {
        return Optional.of(frrDir());
    }

    @Override
    public List<String> daemons() {
        return daemonsFor(config);
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
    @Override
    public void prepare() {
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
    @Override
    public long start(String daemon, String hostname) {
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

    /** Applies the session part of the config ({@link Origination}). */
    @Override
    public void applySessions() {
        apply("sessions.conf");
    }

    /**
     * The route-originating part of the config ({@link Origination}): bgpd lines only, to be sent
     * straight to bgpd's vty socket, so that all hosts release their routes within microseconds
     * of each other. Empty when the host originates nothing.
     */
    @Override
    public List<String> routeLines() {
        return Origination.read(dir, "routes.conf", namespace);
    }

    @Override
    public Path bgpdSocket() {
        return frrDir().resolve("bgpd.vty");
    }

    @Override
    public LabRib rib(String elementId) {
        return FrrJson.rib(elementId, show("show bgp ipv4 unicast json"));
    }

    @Override
    public Map<String, String> sessionStates() {
        return FrrJson.sessionStates(show("show bgp summary json"));
    }

    @Override
    public void retryConnect(String neighbor) {
        show("clear bgp ipv4 unicast " + neighbor);
    }

    /** Through vtysh, as an operator would type it; {@code clear ... soft out} re-advertises at once. */
    @Override
    public void reconfigure(List<String> lines) {
        List<String> cmd = new ArrayList<>(List.of("-c", "configure terminal"));
        lines.forEach(l -> cmd.addAll(List.of("-c", l)));
        cmd.addAll(List.of("-c", "end", "-c", "clear bgp ipv4 unicast * soft out"));
        vtysh(cmd, Duration.ofSeconds(15)).orThrow();
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

    /**
     * One command to bgpd (or to bfdd for {@code show bfd ...}) over its vty socket; the answer's
     * text. Throws when FRR refuses the command.
     */
    String show(String command) {
        String daemon = command.startsWith("show bfd") ? "bfdd" : "bgpd";
        VtySocket.Answer a = VtySocket.run(frrDir().resolve(daemon + ".vty"), command);
        if (a.code() != 0) {
            throw new LabException(namespace + ": " + daemon + " refused '" + command + "': " + a.text().strip());
        }
        return a.text();
    }

    Exec.Result vtysh(List<String> args, Duration timeout) {
        List<String> cmd = new ArrayList<>(List.of("vtysh", "--config_dir", dir.resolve("vtysh").toString(), "-N",
                namespace));
        cmd.addAll(args);
        return Exec.run(cmd, timeout);
    }

    /** Daemon name to PID for the daemons whose pid files exist. */
    @Override
    public Map<String, Long> runningPids() {
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
