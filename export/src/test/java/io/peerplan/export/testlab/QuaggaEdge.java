package io.peerplan.export.testlab;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Quagga 1.2 router laid out as on OpenWrt, reached over a real OpenSSH server on 127.0.0.1,
 * without touching the machine's own /etc: sshd runs in a private mount namespace (unshare) where
 * /etc is an overlay whose upper layer is this test's directory, so {@code /etc/quagga/} and the
 * init script {@code /etc/init.d/quagga} exist only there, and this test's socket directory is
 * bind-mounted over {@code /run/quagga}, the vty path Quagga is built with. The init script starts
 * zebra and bgpd from {@code /opt/quagga/sbin} in {@link FrrPair}'s edge namespace (upstream runs FRR)
 * and stops them by their pid files, so only daemons this test started are ever stopped.
 */
public final class QuaggaEdge implements AutoCloseable {
    private static final String PATH = "/opt/quagga/bin:/opt/quagga/sbin:/usr/sbin:/usr/bin:/sbin:/bin";
    public final FrrPair lab;
    public final OpenSshServer ssh;
    private final Path dir;

    private QuaggaEdge(Path dir, FrrPair lab, OpenSshServer ssh) {
        this.dir = dir;
        this.lab = lab;
        this.ssh = ssh;
    }

    /** Starts upstream (FRR), sshd in its mount namespace, and edge's Quagga with these configs. */
    public static QuaggaEdge start(Path dir, String zebraConf, String bgpdConf) throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        FrrPair lab = FrrPair.upstreamOnly(dir);
        OpenSshServer ssh = null;
        try {
            Path upper = dir.resolve("etc-upper");
            Files.createDirectories(upper.resolve("quagga"));
            Files.createDirectories(upper.resolve("init.d"));
            Files.createDirectories(dir.resolve("etc-work"));
            Files.createDirectories(dir.resolve("run"));
            Files.writeString(upper.resolve("quagga/zebra.conf"), zebraConf);
            Files.writeString(upper.resolve("quagga/bgpd.conf"), bgpdConf);
            Path init = upper.resolve("init.d/quagga");
            Files.writeString(init, initScript(lab.edge()));
            Files.setPosixFilePermissions(init, PosixFilePermissions.fromString("rwxr-xr-x"));
            FrrPair.sh("chown", "-R", "quagga:quagga", upper.resolve("quagga").toString(), dir.resolve("run").toString());
            FrrPair.sh("chmod", "0640", upper.resolve("quagga/zebra.conf").toString(), upper.resolve("quagga/bgpd.conf").toString());
            String setup = "mount --make-rprivate / && mount -t overlay overlay -o lowerdir=/etc,upperdir=\"$1\",workdir=\"$2\" /etc"
                    + " && mount --bind \"$3\" /run/quagga && shift 3 && exec \"$@\"";
            ssh = OpenSshServer.start(Files.createDirectories(dir.resolve("sshd")), List.of("SetEnv PATH=" + PATH),
                    List.of("unshare", "--mount", "--", "/bin/sh", "-c", setup, "sh", upper.toString(), dir.resolve("etc-work").toString(),
                            dir.resolve("run").toString()));
            QuaggaEdge edge = new QuaggaEdge(dir, lab, ssh);
            edge.inside("/etc/init.d/quagga", "start");
            return edge;
        } catch (Exception e) {
            if (ssh != null) {
                ssh.close();
            }
            lab.close();
            throw e;
        }
    }

    /** A stand-in for OpenWrt's /etc/init.d/quagga (start, stop, restart) for this test's namespace. */
    private static String initScript(String namespace) {
        return """
                #!/bin/sh
                stop() {
                  for d in bgpd zebra; do
                    f=/run/quagga/$d.pid
                    if [ -s $f ]; then
                      pid=$(cat $f); kill $pid 2>/dev/null
                      i=0; while kill -0 $pid 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
                      rm -f $f
                    fi
                  done
                }
                start() {
                  ip netns exec %1$s /opt/quagga/sbin/zebra -d -f /etc/quagga/zebra.conf -i /run/quagga/zebra.pid || exit 1
                  ip netns exec %1$s /opt/quagga/sbin/bgpd -d -f /etc/quagga/bgpd.conf -i /run/quagga/bgpd.pid || exit 1
                }
                case "$1" in
                  start) start ;;
                  stop) stop ;;
                  restart) stop; start ;;
                  *) echo "usage: $0 start|stop|restart"; exit 2 ;;
                esac
                """.formatted(namespace);
    }

    /** Runs a command in sshd's mount namespace (where /etc/quagga and /run/quagga are the router's). */
    public String inside(String... command) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("nsenter", "--mount=/proc/" + ssh.pid() + "/ns/mnt", "--"));
        all.addAll(List.of(command));
        Process p = new ProcessBuilder(all).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    public String vtysh(String command) throws Exception {
        return inside("/opt/quagga/bin/vtysh", "-c", command);
    }

    public String running() throws Exception {
        return vtysh("show running-config");
    }

    /** A daemon's config file with its mode, owner and group, as the router has it. */
    public String file(String daemon) throws Exception {
        String path = "/etc/quagga/" + daemon + ".conf";
        return inside("stat", "-c", "%a %U:%G", path) + inside("cat", path);
    }

    /** Puts these configs in place and restarts the daemons, as an operator would. */
    public void reset(String zebraConf, String bgpdConf) throws Exception {
        for (var f : List.of(List.of("zebra", zebraConf), List.of("bgpd", bgpdConf))) {
            Path staged = dir.resolve("baseline-" + f.get(0) + ".conf");
            Files.writeString(staged, f.get(1));
            inside("sh", "-c", "cat \"$1\" > \"$2\"", "sh", staged.toString(), "/etc/quagga/" + f.get(0) + ".conf");
        }
        inside("/etc/init.d/quagga", "restart");
    }

    /** Waits until the session to upstream is Established (Quagga's summary prints the prefix count then). */
    public void awaitEstablished(int seconds) throws Exception {
        for (int i = 0; i < seconds * 4; i++) {
            if ("Established".equals(io.peerplan.export.lab.QuaggaShow.sessionStates(vtysh("show ip bgp summary")).get(FrrPair.UPSTREAM_IP))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Quagga edge: session to " + FrrPair.UPSTREAM_IP + " not Established within " + seconds + " s");
    }

    @Override
    public void close() throws Exception {
        try {
            inside("/etc/init.d/quagga", "stop");
        } finally {
            ssh.close();
            lab.close();
        }
    }
}
