package io.peerplan.app.inspect;

import io.peerplan.app.design.AddressAllocator;
import io.peerplan.app.design.Elements;
import io.peerplan.model.BgpOptions;
import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.ListenRange;
import io.peerplan.model.Network;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The list-valued fields of routers and vantages, as tables ({@link ListTable}). */
final class RouterTables {
    private RouterTables() {
    }

    /** Interfaces: name, ADDRESS/LENGTH, and the network (a drop-down of the design's networks). */
    static <R> FieldSpec interfaces(Topology topology, String key, Function<R, List<Interface>> get,
            BiFunction<R, List<Interface>, R> with) {
        List<String> networks = Fields.concat("", topology.networks().stream().map(Network::id).toList());
        return FieldSpec.table("Interfaces", "Interfaces", "The device's interfaces, each with its address and network",
                ListTable.<Interface>of("interface", t -> get.apply(Fields.typed(t, key)),
                        (t, list) -> Elements.replace(t, key, with.apply(Fields.typed(t, key), list)),
                        RouterTables::freshInterface)
                        .text("Name", "As the OS names it: eth0, ether1, br-lan", Interface::name,
                                (t, i, s) -> new Interface(Parse.required(s, "an interface name"), i.address(), i.network()))
                        .text("Address", "ADDRESS/LENGTH, e.g. 198.51.100.14/29", Interface::address,
                                (t, i, s) -> new Interface(i.name(), requiredPrefix(s, "an address, e.g. 198.51.100.14/29"),
                                        i.network()))
                        .choice("Network", networks, "The network the interface is on", Interface::network,
                                (t, i, s) -> new Interface(i.name(), i.address(), Parse.optional(s)))
                        .unique("name", Interface::name));
    }

    /** {@code bgp listen range PREFIX peer-group NAME}: the peer group is one of the router's. */
    static FieldSpec listenRanges(Topology topology, String key) {
        Router router = Fields.typed(topology, key);
        // FRR's grammar needs the peer-group (bgp listen range PREFIX peer-group NAME): no empty choice.
        List<String> groups = router.peerGroups().stream().map(PeerGroup::name).toList();
        return FieldSpec.table("BGP", "Listen ranges", "bgp listen range PREFIX peer-group NAME: accept sessions from a subnet",
                ListTable.<ListenRange>of("listen range", t -> Fields.<Router>typed(t, key).bgp().listenRanges(),
                        (t, list) -> withBgp(t, key, b -> b.withListenRanges(list)), (t, list) -> freshRange(t, key, list))
                        .text("Range", "The subnet the sessions come from, e.g. 192.168.247.0/24", ListenRange::range,
                                (t, l, s) -> new ListenRange(requiredPrefix(s, "a range, e.g. 192.168.247.0/24"), l.peerGroup()))
                        .choice("Peer group", groups, "The peer group whose settings the sessions take",
                                ListenRange::peerGroup, (t, l, s) -> new ListenRange(l.range(), Parse.required(s, "a peer group")))
                        .unique("range", ListenRange::range));
    }

    static Topology withBgp(Topology t, String key, UnaryOperator<BgpOptions> change) {
        Router r = Fields.typed(t, key);
        return Elements.replace(t, key, r.withBgp(change.apply(r.bgp())));
    }

    static IpPrefix requiredPrefix(String s, String what) {
        IpPrefix p = Parse.prefix(s);
        if (p == null) {
            throw new IllegalArgumentException("needs " + what);
        }
        return p;
    }

    /**
     * A new interface: the next free ethN, on the first network the element is not on yet, with
     * that network's next free host address, so the row is valid as added.
     */
    private static Interface freshInterface(Topology t, List<Interface> present) {
        int n = 0;
        while (nameTaken(present, "eth" + n)) {
            n++;
        }
        AddressAllocator addresses = new AddressAllocator(t);
        for (Network net : t.networks()) {
            if (present.stream().noneMatch(i -> net.id().equals(i.network()))) {
                var host = addresses.nextHost(net.cidr());
                if (host.isPresent()) {
                    return new Interface("eth" + n, IpPrefix.parse(host.get() + "/" + net.cidr().length()), net.id());
                }
            }
        }
        throw new IllegalArgumentException("every network already has an interface here (or no free address): "
                + "draw a network first");
    }

    private static boolean nameTaken(List<Interface> present, String name) {
        return present.stream().anyMatch(i -> i.name().equals(name));
    }

    /** A new listen range: the first of the router's subnets no range covers yet, for its first peer group. */
    private static ListenRange freshRange(Topology t, String key, List<ListenRange> present) {
        Router r = Fields.typed(t, key);
        if (r.peerGroups().isEmpty()) {
            throw new IllegalArgumentException("a listen range gives its sessions a peer group's settings: add a peer group first");
        }
        String group = r.peerGroups().getFirst().name();
        for (Interface i : r.interfaces()) {
            IpPrefix subnet = i.address().network();
            if (present.stream().noneMatch(l -> l.range().equals(subnet))) {
                return new ListenRange(subnet, group);
            }
        }
        throw new IllegalArgumentException("every subnet of the router already has a listen range: add an interface first");
    }
}
