package io.peerplan.app.design;

import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.List;
import java.util.Optional;

/**
 * Where a router meets a cluster's speakers: its interface on the network the speakers sit on.
 * When the router has none there yet it gets one, at the next free address of that network, so a
 * peering drawn by mouse always points the speakers at an address they can reach (the
 * router id used to stand in for the peer address).
 *
 * @param topology      the topology, with the router's new interface when one was needed
 * @param subnet        the shared subnet (a listen range accepts it)
 * @param routerAddress the router's address on it (what every BGPPeer names)
 */
record SharedSubnet(Topology topology, IpPrefix subnet, Ip routerAddress) {

    /** The shared subnet, or empty when neither end has an address to start from. */
    static Optional<SharedSubnet> of(Topology t, Cluster cluster, String routerId) {
        Object router = Elements.find(t, routerId).orElseThrow();
        List<Interface> interfaces = Linking.interfaces(router);
        List<Node> speakers = cluster.nodes().stream().filter(Node::isSpeaker).toList();
        for (Interface i : interfaces) {
            for (Node n : speakers) {
                if ((i.network() != null && i.network().equals(n.network())) || i.address().network().contains(n.address())) {
                    return Optional.of(new SharedSubnet(t, i.address().network(), i.address().ip()));
                }
            }
        }
        if (speakers.isEmpty()) {
            return interfaces.stream().findFirst().map(i -> new SharedSubnet(t, i.address().network(), i.address().ip()));
        }
        Node first = speakers.getFirst();
        AddressAllocator allocator = new AddressAllocator(t);
        Optional<Network> network = t.networks().stream().filter(n -> n.id().equals(first.network()) && n.cidr() != null)
                .findFirst().or(() -> allocator.containingNetwork(first.address()));
        IpPrefix subnet = network.map(Network::cidr)
                .orElseGet(() -> new IpPrefix(first.address().address().setPrefixLength(24, false).toPrefixBlock(), false));
        return allocator.nextHost(subnet).map(address -> {
            Interface added = new Interface(freeName(router, interfaces),
                    new IpPrefix(address.address().setPrefixLength(subnet.length(), false), false),
                    network.map(Network::id).orElse(null));
            return new SharedSubnet(withInterface(t, router, added), subnet.network(), address);
        });
    }

    /** eth0, eth1, … on Linux (FRR, Quagga); ether1, ether2, … on RouterOS, as each names its ports. */
    private static String freeName(Object router, List<Interface> taken) {
        boolean routerOs = router instanceof Router r
                && (r.platform() == Platform.ROUTEROS_V6 || r.platform() == Platform.ROUTEROS_V7);
        IdAllocator names = new IdAllocator(taken.stream().map(Interface::name).toList());
        for (int i = routerOs ? 1 : 0; ; i++) {
            String name = (routerOs ? "ether" : "eth") + i;
            if (!names.isTaken(name)) {
                return name;
            }
        }
    }

    private static Topology withInterface(Topology t, Object router, Interface added) {
        return switch (router) {
            case Router r -> Elements.replace(t, r.id(), r.withInterfaces(Placement.append(r.interfaces(), added)));
            case Vantage v -> Elements.replace(t, v.id(), v.withInterfaces(Placement.append(v.interfaces(), added)));
            default -> throw new IllegalArgumentException(router + " has no interfaces");
        };
    }
}
