package io.peerplan.export.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Network namespaces and their links, made only with {@code ip -n NS ...} so that every interface is
 * born inside a lab namespace: veth pairs are created in a host namespace with their peer end put
 * straight into a switch namespace ({@code peer name P netns SW}), never in the root namespace, and
 * the host's own interfaces are never touched.
 */
final class Namespaces {
    private static final Path NETNS_DIR = Path.of("/run/netns");

    private Namespaces() {
    }

    static boolean exists(String ns) {
        return Files.exists(NETNS_DIR.resolve(ns));
    }

    /**
     * Runs many {@code ip} commands in one process ({@code ip [-n NS] -batch FILE}), stopping at the
     * first that fails; the file is kept in the run directory for the record.
     */
    static void batch(String ns, List<String> lines, java.nio.file.Path file) {
        try {
            Files.write(file, lines);
        } catch (java.io.IOException e) {
            throw new LabException("cannot write " + file + ": " + e.getMessage(), e);
        }
        List<String> cmd = ns == null ? List.of("ip", "-batch", file.toString())
                : List.of("ip", "-n", ns, "-batch", file.toString());
        Exec.run(cmd).orThrow();
    }

    static void add(String ns) {
        Exec.run(List.of("ip", "netns", "add", ns)).orThrow();
        Exec.run(List.of("ip", "-n", ns, "link", "set", "lo", "up")).orThrow();
    }

    /** Deletes a namespace if it exists (its veths and bridges go with it). */
    static void delete(String ns) {
        if (exists(ns)) {
            Exec.run(List.of("ip", "netns", "del", ns)).orThrow();
        }
    }
}
