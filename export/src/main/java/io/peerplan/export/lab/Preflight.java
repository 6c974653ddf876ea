package io.peerplan.export.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the lab needs from the machine, and how to get what is missing (Debian/Ubuntu package names). */
public final class Preflight {
    private Preflight() {
    }

    /**
     * What the lab asks of a machine; {@link #THIS} asks the running one. Callers that show the
     * requirements (the designer's lab panel) pass another to show what a machine without them sees.
     */
    public interface Machine {
        Machine THIS = new Machine() {
            @Override
            public boolean isRoot() {
                return Preflight.isRoot();
            }

            @Override
            public boolean isExecutable(Path file) {
                return Files.isExecutable(file);
            }

            @Override
            public boolean onPath(String tool) {
                return Preflight.onPath(tool);
            }

            @Override
            public boolean hasUser(String name) {
                return Preflight.userExists(name);
            }
        };

        boolean isRoot();

        boolean isExecutable(Path file);

        boolean onPath(String tool);

        boolean hasUser(String name);
    }

    /** Missing requirements, each a full sentence with the fix; empty when the lab can run. */
    public static List<String> missing() {
        return missing(Machine.THIS);
    }

    /** What {@code machine} lacks for the lab, each a full sentence with the fix. */
    public static List<String> missing(Machine machine) {
        List<String> out = new ArrayList<>();
        if (!machine.isRoot()) {
            out.add("root: creating network namespaces and starting FRR needs root (run with sudo)");
        }
        for (String d : List.of("zebra", "staticd", "bfdd", "bgpd")) {
            if (!machine.isExecutable(FrrHost.FRR_LIBEXEC.resolve(d))) {
                out.add("FRR: " + FrrHost.FRR_LIBEXEC.resolve(d) + " is missing; install FRR 8.4 or newer: "
                        + "apt-get install -y frr frr-pythontools");
                break;
            }
        }
        if (!machine.onPath("vtysh")) {
            out.add("vtysh: not on PATH; it comes with FRR: apt-get install -y frr");
        }
        if (!machine.onPath("ip")) {
            out.add("ip: not on PATH; apt-get install -y iproute2");
        }
        if (!machine.onPath("nft")) {
            out.add("nft: not on PATH (needed for silent link failures); apt-get install -y nftables");
        }
        if (!machine.onPath("unshare")) {
            out.add("unshare: not on PATH; apt-get install -y util-linux");
        }
        if (!machine.hasUser("frr")) {
            out.add("user frr: missing (FRR's daemons drop to it); reinstall the frr package: apt-get install --reinstall frr");
        }
        return out;
    }

    /** One message for all that is missing, or null when nothing is. */
    public static String report() {
        return report(missing());
    }

    /** As {@link #report()}, adding Quagga when the plan has a Quagga router. */
    public static String report(LabPlan plan) {
        List<String> m = new ArrayList<>(missing());
        if (plan.hosts().stream().anyMatch(LabPlan.Host::runsQuagga)) {
            m.addAll(missingQuagga(Machine.THIS));
        }
        return report(m);
    }

    /** What a machine lacks to run Quagga routers as real Quagga 1.2. */
    public static List<String> missingQuagga(Machine machine) {
        List<String> out = new ArrayList<>();
        String install = "build it with install-quagga.sh (Quagga 1.2.3 under /opt/quagga; CI runs it in .ci/run)";
        for (String d : List.of("zebra", "bgpd")) {
            if (!machine.isExecutable(QuaggaHost.QUAGGA_SBIN.resolve(d))) {
                out.add("Quagga: " + QuaggaHost.QUAGGA_SBIN.resolve(d) + " is missing; " + install);
                return out;
            }
        }
        if (!machine.isExecutable(QuaggaHost.QUAGGA_RUN)) {
            out.add("Quagga: its run directory " + QuaggaHost.QUAGGA_RUN + " is missing; " + install);
        }
        if (!machine.hasUser("quagga")) {
            out.add("user quagga: missing (Quagga's daemons drop to it); " + install);
        }
        return out;
    }

    private static String report(List<String> m) {
        return m.isEmpty() ? null : "the lab cannot run here:\n  - " + String.join("\n  - ", m);
    }

    static boolean isRoot() {
        try {
            return Files.readString(Path.of("/proc/self/status")).lines()
                    .filter(l -> l.startsWith("Uid:")).findFirst()
                    .map(l -> l.split("\\s+")[2].equals("0")).orElse(false);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin").stream().anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    private static boolean userExists(String name) {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(l -> l.startsWith(name + ":"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
