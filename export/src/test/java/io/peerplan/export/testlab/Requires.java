package io.peerplan.export.testlab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine: root, FRR, Quagga, OpenSSH, iproute2, Xvfb. On a developer's
 * machine a missing part skips the test with the reason. Under {@code CI=true} it fails the test:
 * {@code .ci/run} installs every part and runs as root, so a part missing there is a broken CI
 * image, and skipping would turn every real-component test into a silent pass.
 */
public final class Requires {
    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    private Requires() {
    }

    /** Skips (or, under CI, fails) unless {@code present}; {@code what} says what is missing and how to get it. */
    public static void that(boolean present, String what) {
        check(present, () -> what, CI);
    }

    /** The lab's own machine check ({@code Preflight.report()}): null when nothing is missing. */
    public static void nothingMissing(String missing) {
        check(missing == null, () -> missing, CI);
    }

    public static void root() {
        that("root".equals(System.getProperty("user.name")), "root (network namespaces, FRR daemons); CI runs as root");
    }

    public static void vtysh() {
        that(executable("/usr/bin/vtysh"), "vtysh (apt-get install frr)");
    }

    public static void frrReload() {
        vtysh();
        that(Files.isRegularFile(Path.of("/usr/lib/frr/frr-reload.py")), "frr-reload.py (apt-get install frr-pythontools)");
    }

    /** Root, FRR's daemons, frr-reload.py and iproute2: enough to run FRR routers in namespaces. */
    public static void frrRouters() {
        root();
        frrReload();
        that(executable("/usr/lib/frr/zebra") && executable("/usr/lib/frr/bgpd"), "FRR's daemons (apt-get install frr)");
        that(executable("/usr/sbin/ip") || executable("/sbin/ip"), "iproute2 (apt-get install iproute2)");
    }

    /** Quagga 1.2.3 under /opt/quagga (../shared/tools/install-quagga.sh; Debian no longer packages it). */
    public static void quagga() {
        that(executable("/opt/quagga/sbin/bgpd"), "Quagga's bgpd (bash ../shared/tools/install-quagga.sh)");
    }

    public static void sshKeygen() {
        that(executable("/usr/bin/ssh-keygen"), "ssh-keygen (apt-get install openssh-client)");
    }

    /** OpenSSH's real server and key tool. */
    public static void openSsh() {
        that(executable("/usr/sbin/sshd"), "OpenSSH's /usr/sbin/sshd (apt-get install openssh-server)");
        sshKeygen();
    }

    public static void xvfb() {
        that(executable("/usr/bin/xvfb-run"), "xvfb-run (apt-get install xvfb libgtk-3-0)");
    }

    static void check(boolean present, Supplier<String> what, boolean ci) {
        if (present) {
            return;
        }
        if (ci) {
            throw new AssertionError("CI=true, but this machine lacks " + what.get() + "; .ci/run installs it");
        }
        Assumptions.abort("skipped: needs " + what.get());
    }

    private static boolean executable(String path) {
        return Files.isExecutable(Path.of(path));
    }
}
