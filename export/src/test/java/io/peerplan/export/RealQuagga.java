package io.peerplan.export;

import java.nio.file.Path;
import java.util.List;

/**
 * Real Quagga 1.2.3 on this machine, built by {@code install-quagga.sh} under {@code /opt/quagga}
 * (Debian 12 no longer packages Quagga). {@code bgpd -C -f FILE} and {@code zebra -C -f FILE}
 * parse a config and exit without starting (exit 0 = every line accepted).
 */
public final class RealQuagga {
    public static final Path SBIN = Path.of("/opt/quagga/sbin");

    private RealQuagga() {
    }

    /**
     * True when Quagga accepted every line: {@code -C} exits 0 also after a command that parsed but
     * was refused (lib/vty.c vty_read_file prints the command's "% ..." message and goes on).
     */
    public static boolean accepted(RealFrr.Run run) {
        return run.exit() == 0 && (run.stdout() + run.stderr()).lines().noneMatch(l -> l.startsWith("%")
                || l.startsWith("***"));
    }

    /** {@code DAEMON -C -f FILE}, DAEMON being {@code bgpd} or {@code zebra}. */
    public static RealFrr.Run check(String daemon, Path file) {
        return RealFrr.run(List.of(SBIN.resolve(daemon).toString(), "-C", "-f", file.toString()));
    }
}
