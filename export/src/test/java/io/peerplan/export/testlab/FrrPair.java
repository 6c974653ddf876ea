package io.peerplan.export.testlab;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Two real FRR routers in network namespaces this test creates, linked only to each other by a
 * veth pair: "edge" 198.18.10.1/30 and "upstream" 198.18.10.2/30 (RFC 2544 benchmarking range,
 * never a documentation or real address). Daemons are started with {@code -N NAMESPACE} and stopped
 * by the PIDs in their pid files; the namespaces and their FRR directories are removed on close.
 * Call {@link Requires#frrRouters()} first.
 */
public final class FrrPair implements AutoCloseable {
    public static final String EDGE_IP = "198.18.10.1";
    public static final String UPSTREAM_IP = "198.18.10.2";
    private static final List<String> DAEMONS = List.of("zebra", "staticd", "bgpd");

    private final String edge;
    private final String upstream;
    private final Path logs;
    private final boolean frrOnEdge;
    private final List<String> created = new ArrayList<>();

    private FrrPair(Path logs, boolean frrOnEdge) {
        this.frrOnEdge = frrOnEdge;
        String tag = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        this.edge = "pp" + tag + "e";
        this.upstream = "pp" + tag + "u";
        this.logs = logs;
    }

    public static FrrPair start(Path logs) throws Exception {
        return start(logs, true);
    }

    /**
     * The pair with FRR on upstream only: edge's namespace and link exist, and the test starts
     * another router there (Quagga, for the Quagga push).
     */
    public static FrrPair upstreamOnly(Path logs) throws Exception {
        return start(logs, false);
    }

    private static FrrPair start(Path logs, boolean frrOnEdge) throws Exception {
        FrrPair lab = new FrrPair(logs, frrOnEdge);
        try {
            lab.create();
        } catch (Exception e) {
            lab.close();
            throw e;
        }
        return lab;
    }

    /** The edge router's namespace (its FRR pathspace). */
    public String edge() {
        return edge;
    }

    public String upstream() {
        return upstream;
    }

    private void create() throws Exception {
        for (String ns : List.of(edge, upstream)) {
            sh("ip", "netns", "add", ns);
            created.add(ns);
            sh("ip", "-n", ns, "link", "set", "lo", "up");
        }
        sh("ip", "link", "add", edge + "0", "type", "veth", "peer", "name", upstream + "0");
        sh("ip", "link", "set", edge + "0", "netns", edge);
        sh("ip", "link", "set", upstream + "0", "netns", upstream);
        sh("ip", "-n", edge, "addr", "add", EDGE_IP + "/30", "dev", edge + "0");
        sh("ip", "-n", upstream, "addr", "add", UPSTREAM_IP + "/30", "dev", upstream + "0");
        sh("ip", "-n", edge, "link", "set", edge + "0", "up");
        sh("ip", "-n", upstream, "link", "set", upstream + "0", "up");
        for (String ns : frrOnEdge ? List.of(edge, upstream) : List.of(upstream)) {
            sh("install", "-d", "-o", "frr", "-g", "frr", "/var/run/frr/" + ns, "/etc/frr/" + ns);
            String hostname = ns.equals(edge) ? "edge" : "upstream";
            for (String d : DAEMONS) {
                // FRR run with -N ignores `hostname` (FRR issue 7583); its own UTS namespace makes the
                // running config show the router's name, as on a real device.
                sh("ip", "netns", "exec", ns, "unshare", "--uts", "sh", "-c", "hostname " + hostname
                        + " && exec /usr/lib/frr/" + d + " -N " + ns + " -d -P 0 --log file:" + logs.resolve(ns + "-" + d + ".log"));
            }
        }
    }

    /** Loads a config into a router with vtysh -f (adds to what runs). */
    public void load(String ns, String config) throws Exception {
        Path f = Files.createTempFile(logs, ns, ".conf");
        Files.writeString(f, config);
        sh("vtysh", "-N", ns, "-f", f.toString());
    }

    /** Replaces a router's config with this one (frr-reload.py --reload, as a device would be set up). */
    public void reload(String ns, String config) throws Exception {
        Path f = Files.createTempFile(logs, ns, ".conf");
        Files.writeString(f, config);
        sh("/usr/lib/frr/frr-reload.py", "-N", ns, "--reload", "--stdout", "--rundir", logs.toString(), f.toString());
        vtysh(ns, "clear bgp * soft");
    }

    /** {@code show running-config} as the push reads it. */
    public String running(String ns) throws Exception {
        return vtysh(ns, "show running-config");
    }

    public String vtysh(String ns, String command) throws Exception {
        return sh("vtysh", "-N", ns, "-c", command);
    }

    /** The AS-path length of the router's best path to a prefix (-1 when it has none). */
    public int pathLength(String ns, String prefix) throws Exception {
        var json = new ObjectMapper().readTree(vtysh(ns, "show bgp ipv4 unicast " + prefix + " json"));
        for (var p : json.path("paths")) {
            if (p.path("bestpath").path("overall").asBoolean()) {
                return p.path("aspath").path("length").asInt();
            }
        }
        return -1;
    }

    /** Waits up to 20 s until the router's best path to the prefix has this AS-path length; returns the last length seen. */
    public int awaitPathLength(String ns, String prefix, int length) throws Exception {
        int now = pathLength(ns, prefix);
        for (int i = 0; i < 80 && now != length; i++) {
            Thread.sleep(250);
            now = pathLength(ns, prefix);
        }
        return now;
    }

    /** Waits until the session to the peer is Established. */
    public void awaitEstablished(String ns, String peer, int seconds) throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < seconds * 4; i++) {
            var summary = json.readTree(vtysh(ns, "show bgp ipv4 unicast summary json"));
            if ("Established".equals(summary.path("peers").path(peer).path("state").asText())) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(ns + ": session to " + peer + " not Established within " + seconds + " s");
    }

    public static String sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "): " + out);
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        List<ProcessHandle> daemons = new ArrayList<>();
        for (String ns : created) {
            for (String d : DAEMONS) {
                Path pid = Path.of("/var/run/frr", ns, d + ".pid");
                if (Files.exists(pid)) {
                    ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(daemons::add);
                }
            }
        }
        // SIGTERM all at once: each daemon takes about 2 s to exit, so waiting one by one would add up.
        daemons.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : daemons) {
            try {
                h.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stuck) {
                h.destroyForcibly();
            }
        }
        for (String ns : created) {
            sh("ip", "netns", "del", ns);
            sh("rm", "-rf", "--", "/var/run/frr/" + ns, "/etc/frr/" + ns);
        }
    }
}
