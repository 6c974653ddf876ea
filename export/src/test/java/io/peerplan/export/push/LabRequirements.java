package io.peerplan.export.push;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Skips a lab test, with the reason, when this machine cannot run real OpenSSH and FRR (CI always can). */
final class LabRequirements {
    private LabRequirements() {
    }

    static void assumeOpenSsh() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/sshd")), "needs OpenSSH's /usr/sbin/sshd (apt-get install openssh-server)");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh-keygen")), "needs ssh-keygen (apt-get install openssh-client)");
    }

    static void assumeFrrLab() {
        assumeOpenSsh();
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "needs root to create network namespaces and run FRR daemons");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/lib/frr/bgpd")), "needs FRR (apt-get install frr)");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/lib/frr/frr-reload.py")), "needs frr-reload.py (apt-get install frr-pythontools)");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip")), "needs iproute2");
    }
}
