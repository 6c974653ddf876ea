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
    private final java.util.List<IpPrefix> reserved = new java.util.ArrayList<>();

    public AddressAllocator(Topology topology) {
        this.topology = topology;
        // Router ids too: a copy's loopback id must not land on another router's.
        for (Router r : topology.routers()) {
            r.interfaces().forEach(this::use);
            if (r.routerId() != null) {
                used.add(r.routerId().address());
            }
        }
        for (Vantage v : topology.vantages()) {
            v.interfaces().forEach(this::use);
            if (v.routerId() != null) {
                used.add(v.routerId().address());
            }
        }
        for (Cluster c : topology.clusters()) {
            c.nodes().forEach(n -> used.add(n.address().address()));
        }
    }

    /** Takes an address for a new element; false when something already has it. */
    public boolean claim(Ip ip) {
        return used.add(ip.address());
    }

    private void use(Interface i) {
        used.add(i.address().ip().address());
    }

    /** The next free host address in the network, skipping .0, the first address (gateway habit) and the broadcast. */
    public Optional<Ip> nextHost(IpPrefix network) {
        IPAddress block = network.network().address().toPrefixBlock();
        // .10 onwards in a LAN leaves room for gateways and servers; a link net has no such room.
        int skip = block.getCount().compareTo(java.math.BigInteger.valueOf(64)) >= 0 ? 10 : 1;
        IPAddress candidate = block.getLower().withoutPrefixLength().increment(skip);
        IPAddress last = block.getUpper().withoutPrefixLength();
        while (candidate != null && candidate.compareTo(last) < 0) {
            if (used.add(candidate)) {
                return Optional.of(new Ip(candidate));
            }
            candidate = candidate.increment(1);
        }
        return Optional.empty();
    }

    /**
     * A node address for a cluster: the next free host of the network the new node joins (null:
     * none), else of its nodes' network, else of a fresh /24.
     */
    public Ip nodeAddress(Cluster cluster, String network) {
        Optional<IpPrefix> joined = topology.networks().stream().filter(n -> n.id().equals(network) && n.cidr() != null)
                .map(Network::cidr).findFirst();
        if (joined.isPresent()) {
            Optional<Ip> ip = nextHost(joined.get());
            if (ip.isPresent()) {
                return ip.get();
            }
        }
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

    /**
     * The CIDR of a new network: the /24 of nodes that sit on no network yet when no network
     * overlaps it (nodes dropped before their network then lie inside it, instead of the network
     * taking the next /24 as it used to), else a /24 that overlaps nothing and holds no used address.
     */
    public IpPrefix networkCidr() {
        for (Cluster c : topology.clusters()) {
            for (Node n : c.nodes()) {
                if (n.network() == null && containingNetwork(n.address()).isEmpty()) {
                    IpPrefix around = new IpPrefix(n.address().address().setPrefixLength(24, false).toPrefixBlock(), false);
                    if (topology.networks().stream().noneMatch(net -> net.cidr() != null && net.cidr().overlaps(around))) {
                        return around;
                    }
                }
            }
        }
        return freeSubnet(NETWORK_SPACE, 24);
    }

    /** The network whose CIDR holds this address. */
    public Optional<Network> containingNetwork(Ip ip) {
        return topology.networks().stream().filter(n -> n.cidr() != null && n.cidr().contains(ip)).findFirst();
    }

    /** A /28 for a new address pool that overlaps no network and no pool. */
    public IpPrefix poolCidr() {
        return freeSubnet(POOL_SPACE, 28);
    }

    /** A block as long as {@code like}, after it in its /8 (v4) or /32 (v6), that overlaps nothing: a copied network's. */
    public IpPrefix blockLike(IpPrefix like) {
        int outer = like.isIpv4() ? 8 : 32;
        IPAddress space = like.network().address().setPrefixLength(Math.min(outer, like.length()), false).toPrefixBlock();
        var iterator = space.setPrefixLength(like.length(), false).prefixBlockIterator();
        while (iterator.hasNext()) {
            IpPrefix candidate = new IpPrefix(iterator.next(), false);
            if (candidate.compareTo(like.network()) > 0 && isFree(candidate)) {
                reserved.add(candidate);
                return candidate;
            }
        }
        throw new IllegalArgumentException("no free /" + like.length() + " left near " + like + " for the copy");
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
        if (reserved.stream().anyMatch(candidate::overlaps)) {
            return false;
        }
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
