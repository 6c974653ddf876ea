package io.peerplan.export.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real Quagga 1.2 daemons (zebra and bgpd, from {@code install-quagga.sh} under
 * {@code /opt/quagga}) of a Quagga router's namespace. Quagga has no pathspace option: bgpd always
 * listens on the vty socket compiled in ({@code BGP_VTYSH_PATH}, {@code /run/quagga/bgpd.vty},
 * bgpd/bgp_main.c), so each host's daemons run in a private mount namespace where the host's own
 * socket directory is bind-mounted over {@code /run/quagga}; the sockets then stay reachable from
 * the lab at their real path under the run directory. zebra starts with the exported zebra.conf;
 * bgpd starts empty and gets the exported bgpd.conf over its vty socket in the lab's two steps
 * (sessions, then routes, {@link Origination}), as FRR hosts do.
 */
final class QuaggaHost implements LabHost {
    static final Path QUAGGA_SBIN = Path.of("/opt/quagga/sbin");
    /** The vty directory Quagga's daemons are built with ({@code --localstatedir}, install-quagga.sh). */
    static final Path QUAGGA_RUN = Path.of("/run/quagga");
    private static final List<String> DAEMONS = List.of("zebra", "bgpd");

    private final String namespace;
    private final Path dir;
    private final String bgpdConfig;
    private final String zebraConfig;

    /**
     * @param namespace   the host's namespace
     * @param dir         the host's run directory (the config parts, and {@code quagga/}: what the
     *                    daemons see as {@code /run/quagga}, their configs, pid files and sockets)
     * @param bgpdConfig  the exported bgpd.conf
     * @param zebraConfig the exported zebra.conf
     */
    QuaggaHost(String namespace, Path dir, String bgpdConfig, String zebraConfig) {
        this.namespace = namespace;
        this.dir = dir;
        this.bgpdConfig = bgpdConfig;
        this.zebraConfig = zebraConfig;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    private Path sockets() {
        return dir.resolve("quagga");
    }

    @Override
    public void prepare() {
        try {
            Files.createDirectories(sockets());
            Files.writeString(sockets().resolve("zebra.conf"), zebraConfig, StandardCharsets.UTF_8);
            Files.writeString(sockets().resolve("bgpd.conf"), "", StandardCharsets.UTF_8);
            Origination o = Origination.split(bgpdConfig);
            Files.writeString(dir.resolve("sessions.conf"), o.sessions(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("routes.conf"), o.routes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException(namespace + ": cannot write " + dir + ": " + e.getMessage(), e);
        }
        // The daemons drop to the quagga user (--enable-user=quagga) and must read their configs
        // and write their pid files and sockets here.
        Exec.run(List.of("chown", "-R", "quagga:quagga", sockets().toString())).orThrow();
    }

    @Override
    public List<String> daemons() {
        return DAEMONS;
    }

    /**
     * Every path the daemon is given is under {@code /run/quagga}, i.e. inside its own bind-mounted
     * directory: Quagga reads its config and writes its pid file after dropping to the quagga user,
     * who may not be able to reach the lab's run directory itself.
     */
    @Override
    public long start(String daemon, String hostname) {
        // Before -d detaches, Quagga reports a config it cannot read on stderr: orThrow shows it.
        Exec.run(List.of("ip", "netns", "exec", namespace, "unshare", "--mount", "--uts", "--", "/bin/sh", "-c",
                "mount --bind \"$1\" \"$2\" && hostname \"$3\" && shift 3 && exec \"$@\"", "sh",
                sockets().toString(), QUAGGA_RUN.toString(), hostname, QUAGGA_SBIN.resolve(daemon).toString(), "-d",
                "-f", QUAGGA_RUN.resolve(daemon + ".conf").toString(), "-i", QUAGGA_RUN.resolve(daemon + ".pid").toString(),
                "-z", QUAGGA_RUN.resolve("zserv.api").toString(), "-P", "0"), Duration.ofSeconds(20)).orThrow();
        return pid(daemon);
    }

    private Path pidFile(String daemon) {
        return sockets().resolve(daemon + ".pid");
    }

    private long pid(String daemon) {
        Path f = pidFile(daemon);
        // -d returns once the daemon has forked; the child writes its pid file a moment later, and
        // Quagga's pid_output (lib/pid_output.c) creates the file before it writes the number: an
        // empty file is read again until the number is there (a CI run read it empty).
        for (int i = 0; i < 100; i++) {
            try {
                String text = Files.readString(f).strip();
                if (!text.isEmpty()) {
                    return Long.parseLong(text);
                }
            } catch (IOException | NumberFormatException e) {
                // not there yet, or half written
            }
            Processes.sleep(20);
        }
        throw new LabException(namespace + ": Quagga's " + daemon + " wrote no pid file " + f);
    }

    @Override
    public Map<String, Long> runningPids() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String d : DAEMONS) {
            if (Files.exists(pidFile(d))) {
                try {
                    out.put(d, pid(d));
                } catch (LabException e) {
                    // A half-written pid file: the daemon did not finish starting; nothing to record.
                }
            }
        }
        return out;
    }

    /** The sockets live in the run directory, which the lab removes as a whole. */
    @Override
    public Optional<Path> pathspace() {
        return Optional.empty();
    }

    @Override
    public void applySessions() {
        VtySocket.configure(bgpdSocket(), Origination.read(dir, "sessions.conf", namespace));
    }

    @Override
    public List<String> routeLines() {
        return Origination.read(dir, "routes.conf", namespace);
    }

    @Override
    public Path bgpdSocket() {
        return sockets().resolve("bgpd.vty");
    }

    private String show(String command) {
        VtySocket.Answer a = VtySocket.run(bgpdSocket(), command);
        if (a.code() != 0) {
            throw new LabException(namespace + ": Quagga's bgpd refused '" + command + "': " + a.text().strip());
        }
        return a.text();
    }

    /**
     * Quagga 1.2 prints no JSON: the table lists the prefixes, and each prefix's detail view
     * (bgp_route.c route_vty_out_detail) its paths, one query per prefix on one connection.
     */
    @Override
    public LabRib rib(String elementId) {
        List<String> prefixes = QuaggaShow.prefixes(show("show ip bgp"));
        String[] commands = prefixes.stream().map(p -> "show ip bgp " + p).toArray(String[]::new);
        List<VtySocket.Answer> answers = VtySocket.runEach(bgpdSocket(), commands);
        return QuaggaShow.rib(elementId, answers.stream().filter(a -> a.code() == 0).map(VtySocket.Answer::text)
                .toList());
    }

    @Override
    public Map<String, String> sessionStates() {
        return QuaggaShow.sessionStates(show("show ip bgp summary"));
    }

    @Override
    public void retryConnect(String neighbor) {
        show("clear ip bgp " + neighbor);
    }

    @Override
    public void reconfigure(List<String> lines) {
        VtySocket.configure(bgpdSocket(), lines);
        show("clear ip bgp * soft out");
    }
}
