package io.peerplan.export.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Network namespaces and their links, made only with {@code ip -n NS ...} so that every interface is
 * born inside a lab namespace: veth pairs join a host namespace to a switch namespace, never the
 * root namespace, and the host's own interfaces are never touched.
 */
final class Namespaces {
    private static final Path NETNS_DIR = Path.of("/run/netns");

    private Namespaces() {
    }

    static boolean exists(String ns) {
        return Files.exists(NETNS_DIR.resolve(ns));
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

    /** A bridge {@code br0} in a switch namespace; no STP, so ports forward at once. */
    static void bridge(String ns) {
        Exec.run(List.of("ip", "-n", ns, "link", "add", "br0", "type", "bridge")).orThrow();
        Exec.run(List.of("ip", "-n", ns, "link", "set", "br0", "up")).orThrow();
    }

    /** A veth pair: {@code ifName} in the host namespace, {@code switchPort} on the switch's bridge. */
    static void plug(String hostNs, String ifName, String switchNs, String switchPort) {
        Exec.run(List.of("ip", "-n", hostNs, "link", "add", ifName, "type", "veth", "peer", "name", switchPort,
                "netns", switchNs)).orThrow();
        Exec.run(List.of("ip", "-n", switchNs, "link", "set", switchPort, "master", "br0")).orThrow();
        Exec.run(List.of("ip", "-n", switchNs, "link", "set", switchPort, "up")).orThrow();
    }

    /**
     * An interface for an address on no modelled network (a loopback address): a bridge without
     * ports, which is up with carrier, since kernels without the dummy module exist (this one).
     */
    static void dummy(String hostNs, String ifName) {
        Exec.run(List.of("ip", "-n", hostNs, "link", "add", ifName, "type", "bridge")).orThrow();
    }

    static void address(String ns, String ifName, String cidr) {
        Exec.run(List.of("ip", "-n", ns, "addr", "add", cidr, "dev", ifName)).orThrow();
        Exec.run(List.of("ip", "-n", ns, "link", "set", ifName, "up")).orThrow();
    }
}
