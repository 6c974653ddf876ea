package io.peerplan.app.design;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Picks addresses for new elements so that a design built by mouse starts without duplicate IPs
 * or overlapping subnets: the next free host of a node's network, the next free /24 for a new
 * network. All CIDR math goes through the IPAddress library (stack.md: no hand-written CIDR math).
 */
public final class AddressAllocator {
    /** Where new networks and nodes go when nothing else says: RFC 1918 space, one /24 each. */
    private static final IpPrefix NETWORK_SPACE = IpPrefix.parse("10.0.0.0/8");
    /** New address pools: 10.255.0.0/16 carved into /28s, away from the node networks above. */
    private static final IpPrefix POOL_SPACE = IpPrefix.parse("10.255.0.0/16");

    private final Topology topology;
    private final Set<IPAddress> used = new HashSet<>();

    public AddressAllocator(Topology topology) {
        this.topology = topology;
        for (Router r : topology.routers()) {
            r.interfaces().forEach(this::use);
        }
        for (Vantage v : topology.vantages()) {
            v.interfaces().forEach(this::use);
        }
        for (Cluster c : topology.clusters()) {
            c.nodes().forEach(n -> used.add(n.address().address()));
        }
    }

    private void use(Interface i) {
        used.add(i.address().ip().address());
    }

    /** The next free host address in the network, skipping .0, the first address (gateway habit) and the broadcast. */
    public Optional<Ip> nextHost(IpPrefix network) {
        IPAddress block = network.network().address().toPrefixBlock();
        IPAddress candidate = block.getLower().withoutPrefixLength().increment(10);
        IPAddress last = block.getUpper().withoutPrefixLength();
        while (candidate != null && candidate.compareTo(last) < 0) {
            if (used.add(candidate)) {
                return Optional.of(new Ip(candidate));
            }
            candidate = candidate.increment(1);
        }
        return Optional.empty();
    }

    /** A node address for a cluster: next free host of its nodes' network, or of a fresh /24. */
    public Ip nodeAddress(Cluster cluster) {
        for (Node n : cluster.nodes()) {
            Optional<IpPrefix> net = networkOf(n);
            if (net.isPresent()) {
                Optional<Ip> ip = nextHost(net.get());
                if (ip.isPresent()) {
                    return ip.get();
                }
            }
        }
        if (!cluster.nodes().isEmpty()) {
            IpPrefix guess = new IpPrefix(cluster.nodes().getFirst().address().address().setPrefixLength(24, false), false);
            Optional<Ip> ip = nextHost(guess);
            if (ip.isPresent()) {
                return ip.get();
            }
        }
        return nextHost(freeSubnet(NETWORK_SPACE, 24)).orElseThrow();
    }

    private Optional<IpPrefix> networkOf(Node n) {
        return topology.networks().stream().filter(net -> net.id().equals(n.network())).map(Network::cidr).findFirst();
    }

    /** A /24 that overlaps no existing network and holds no used address. */
    public IpPrefix networkCidr() {
        return freeSubnet(NETWORK_SPACE, 24);
    }

    /** A /28 for a new address pool that overlaps no network and no pool. */
    public IpPrefix poolCidr() {
        return freeSubnet(POOL_SPACE, 28);
    }

    private IpPrefix freeSubnet(IpPrefix space, int length) {
        var iterator = space.address().toPrefixBlock().setPrefixLength(length, false).prefixBlockIterator();
        while (iterator.hasNext()) {
            IPAddress block = iterator.next();
            IpPrefix candidate = new IpPrefix(block, false);
            if (isFree(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free /" + length + " left in " + space);
    }

    private boolean isFree(IpPrefix candidate) {
        for (Network n : topology.networks()) {
            if (n.cidr() != null && n.cidr().overlaps(candidate)) {
                return false;
            }
        }
        for (Cluster c : topology.clusters()) {
            for (var pool : c.metallb().pools()) {
                for (String a : pool.addresses()) {
                    IPAddress p = new IPAddressString(a.contains("-") ? a.substring(0, a.indexOf('-')) : a).getAddress();
                    if (p != null && candidate.address().toPrefixBlock().contains(p.getLower().withoutPrefixLength())) {
                        return false;
                    }
                }
            }
        }
        IPAddress block = candidate.address().toPrefixBlock();
        return used.stream().noneMatch(block::contains);
    }
}
