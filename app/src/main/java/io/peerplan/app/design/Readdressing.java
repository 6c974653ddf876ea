package io.peerplan.app.design;

import io.peerplan.model.BfdPeer;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.ListenRange;
import io.peerplan.model.Management;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fresh addresses for a copy. A copied network takes the next free block of its size, and its
 * members keep their host offsets in it (a copied region is a second site with the same plan);
 * any other interface, router id or node address takes the next free host of its own subnet. Every
 * reference inside the fragment to an old address (a neighbor, a BGPPeer, a BFD peer, a listen
 * range, the SSH host) follows it. An address the target does not use is kept (cut and paste). Ctrl+D used to put the copy's
 * router id and addresses on the originals' (four errors at once).
 */
final class Readdressing {
    private final AddressAllocator allocator;
    private final Map<Ip, Ip> moved = new HashMap<>();
    /** Copied networks: old CIDR to the copy's. */
    private final Map<IpPrefix, IpPrefix> blocks = new HashMap<>();

    private Readdressing(Topology target) {
        this.allocator = new AddressAllocator(target);
    }

    /** The fragment's content with fresh addresses, free in {@code target}. */
    static Topology fresh(Topology target, Topology content) {
        return new Readdressing(target).run(target, content);
    }

    private Topology run(Topology target, Topology c) {
        List<Network> networks = c.networks().stream().map(n -> n.cidr() == null ? n : n.withCidr(block(n))).toList();
        List<Router> routers = c.routers().stream().map(r -> r.withInterfaces(interfaces(r.interfaces()))
                .withBgp(r.bgp().withListenRanges(r.bgp().listenRanges().stream()
                        .map(l -> new ListenRange(blocks.getOrDefault(l.range().network(), l.range()), l.peerGroup())).toList())))
                .toList();
        List<Vantage> vantages = c.vantages().stream().map(v -> v.withInterfaces(interfaces(v.interfaces()))).toList();
        List<Cluster> clusters = c.clusters().stream().map(cl -> cl.withNodes(cl.nodes().stream()
                .map(n -> n.withAddress(moveHost(n.address(), subnetOf(target, c, n)))).toList())).toList();
        routers = routers.stream().map(r -> r.withRouterId(routerId(r.routerId()))
                .withBfdPeers(r.bfdPeers().stream().map(this::bfdPeer).toList())
                .withManagement(management(r.management()))).toList();
        vantages = vantages.stream().map(v -> v.withRouterId(routerId(v.routerId()))).toList();
        clusters = clusters.stream().map(cl -> cl.withMetallb(cl.metallb().withPeers(cl.metallb().peers().stream()
                .map(this::bgpPeer).toList()))).toList();
        List<Peering> peerings = c.peerings().stream().map(p -> p.withA(end(p.a())).withB(end(p.b()))).toList();
        return c.withNetworks(networks).withRouters(routers).withVantages(vantages).withClusters(clusters)
                .withPeerings(peerings);
    }

    /** A copied network takes a free block of its size; its members keep their offsets in it. */
    private IpPrefix block(Network n) {
        IpPrefix copy = allocator.blockLike(n.cidr());
        blocks.put(n.cidr().network(), copy);
        return copy;
    }

    private List<Interface> interfaces(List<Interface> list) {
        return list.stream().map(i -> {
            Ip next = moveHost(i.address().ip(), i.address().network());
            return new Interface(i.name(), new IpPrefix(next.address().setPrefixLength(i.address().length(), false), false),
                    i.network());
        }).toList();
    }

    /**
     * The address itself when the target does not use it (a cut and paste keeps its addresses),
     * else the next free host of its subnet; the same answer every time for one address.
     */
    private Ip moveHost(Ip old, IpPrefix subnet) {
        IpPrefix copied = blocks.get(subnet.network());
        if (copied != null) {
            return moved.computeIfAbsent(old, o -> sameOffset(o, subnet.network(), copied));
        }
        return moved.computeIfAbsent(old, o -> (allocator.claim(o) ? Optional.of(o) : allocator.nextHost(subnet))
                .orElseGet(() -> wholeSubnet(o, subnet.network())));
    }

    /** A full subnet (a /30 between two copied routers) is copied whole: the copies get their own link. */
    private Ip wholeSubnet(Ip ip, IpPrefix subnet) {
        IpPrefix copy = allocator.blockLike(subnet);
        blocks.put(subnet, copy);
        return sameOffset(ip, subnet, copy);
    }

    private Ip sameOffset(Ip ip, IpPrefix from, IpPrefix to) {
        BigInteger offset = ip.address().getValue().subtract(from.address().getLower().getValue());
        Ip out = new Ip(to.address().getLower().withoutPrefixLength().increment(offset.longValueExact()));
        allocator.claim(out);
        return out;
    }

    /** A router id that was an interface's address follows it; a loopback id takes a free one in its /24. */
    private Ip routerId(Ip old) {
        if (old == null) {
            return null;
        }
        return moved.containsKey(old) ? moved.get(old) : moveHost(old, slash24(old));
    }

    private static IpPrefix subnetOf(Topology t, Topology content, Node n) {
        return java.util.stream.Stream.concat(content.networks().stream(), t.networks().stream()).filter(net -> net.id().equals(n.network()) && net.cidr() != null).map(Network::cidr)
                .findFirst().orElseGet(() -> slash24(n.address()));
    }

    private static IpPrefix slash24(Ip ip) {
        int length = ip.isIpv4() ? 24 : 64;
        return new IpPrefix(ip.address().setPrefixLength(length, false).toPrefixBlock(), false);
    }

    private Ip follow(Ip old) {
        return old == null ? null : moved.getOrDefault(old, old);
    }

    private BfdPeer bfdPeer(BfdPeer b) {
        return new BfdPeer(follow(b.address()), b.profile(), b.multihop(), follow(b.localAddress()), b.interfaceName());
    }

    private Management management(Management m) {
        if (m == null || m.host() == null) {
            return m;
        }
        String host = moved.entrySet().stream().filter(e -> e.getKey().toString().equals(m.host()))
                .map(e -> e.getValue().toString()).findFirst().orElse(m.host());
        return new Management(host, m.port(), m.user(), m.commandPrefix(), m.frrPathspace(), m.quaggaLayout());
    }

    private BgpPeer bgpPeer(BgpPeer p) {
        if (p.peerAddress() == null) {
            return p;
        }
        return moved.entrySet().stream().filter(e -> e.getKey().toString().equals(p.peerAddress())).findFirst()
                .map(e -> p.withPeerAddress(e.getValue().toString())).orElse(p);
    }

    private Peering.End end(Peering.End e) {
        return e.withPeerAddress(follow(e.peerAddress()));
    }
}
