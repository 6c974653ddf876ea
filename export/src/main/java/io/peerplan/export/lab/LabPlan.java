package io.peerplan.export.lab;

import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import java.util.List;
import java.util.Optional;

/**
 * What a lab is made of, computed from a topology before anything is created: one host per router
 * (FRR, or real Quagga for a Quagga router), speaker node and vantage (FRR), and one switch per L3 network. Pure data; {@link Lab} builds it.
 *
 * @param labId    six hex digits that prefix every namespace, so labs never collide with each other
 *                 or with anything else on the machine
 * @param name     the topology's name (for status output)
 * @param source   the file or {@code sample:NAME} the topology came from
 * @param hosts    the FRR instances
 * @param switches the bridges, one per network that has members
 * @param sessions the BGP sessions the topology asks for (what convergence waits for)
 */
public record LabPlan(String labId, String name, String source, List<Host> hosts, List<Switch> switches,
        List<Session> sessions) {

    public LabPlan {
        hosts = List.copyOf(hosts);
        switches = List.copyOf(switches);
        sessions = List.copyOf(sessions);
    }

    public Optional<Host> host(String elementId) {
        return hosts.stream().filter(h -> h.elementId().equals(elementId)).findFirst();
    }

    /** Every namespace the lab creates: hosts first, then switches. */
    public List<String> namespaces() {
        return java.util.stream.Stream.concat(hosts.stream().map(Host::namespace),
                switches.stream().map(Switch::namespace)).toList();
    }

    /** What an FRR host stands for. */
    public enum Role {
        ROUTER, SPEAKER, VANTAGE
    }

    /**
     * One FRR instance in its own namespace.
     *
     * @param elementId the router, node or vantage id (the simulator's RIB key)
     * @param hostname  what peers see (FRR ignores {@code hostname} under {@code -N}, so the lab sets
     *                  the UTS name, frr-lab.md)
     * @param config    the complete frr.conf applied with {@code vtysh -f}, or Quagga's bgpd.conf
     * @param quagga    for a Quagga router, which runs real Quagga: its zebra.conf; null for FRR
     */
    public record Host(String elementId, Role role, String namespace, String hostname, List<Port> ports,
            String config, Quagga quagga) {
        public Host {
            ports = List.copyOf(ports);
        }

        /** A host running FRR. */
        public Host(String elementId, Role role, String namespace, String hostname, List<Port> ports, String config) {
            this(elementId, role, namespace, hostname, ports, config, null);
        }

        public boolean runsQuagga() {
            return quagga != null;
        }
    }

    /** What only a Quagga host has: zebra's own config file (FRR keeps zebra's lines in frr.conf). */
    public record Quagga(String zebraConf) {
    }

    /**
     * An interface of a host.
     *
     * @param name     the interface name the config uses (eth0, br-lan...)
     * @param address  address and prefix length as in the topology
     * @param networkId the network it is plugged into, or null for a dummy (loopback-like) interface
     */
    public record Port(String name, IpPrefix address, String networkId) {
    }

    /** A network's bridge {@code br0}, alone in its namespace; hosts plug in with veth pairs. */
    public record Switch(String networkId, String namespace, IpPrefix cidr) {
    }

    /**
     * A BGP session both ends of the topology configure.
     *
     * @param a        one host's element id
     * @param aAddress the address {@code a} sees its neighbor at
     * @param b        the other host's element id
     * @param bAddress the address {@code b} sees its neighbor at
     * @param peering  the peering id it comes from
     */
    public record Session(String a, Ip aAddress, String b, Ip bAddress, String peering) {
    }
}
