package io.peerplan.export.lab;

import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Network;
import io.peerplan.model.Peering;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-drawn lab for one FRR fact: FRR routers ({@link RandomTopology.RouterDraft}, so
 * {@code bgp ebgp-requires-policy} off and every {@code network} backed by a blackhole unless
 * added bare) joined by point-to-point links in 198.18.0.0/15.
 */
final class FactLab {
    private final Map<String, RandomTopology.RouterDraft> routers = new LinkedHashMap<>();
    private final List<Network> networks = new ArrayList<>();
    private final List<Peering> peerings = new ArrayList<>();

    RandomTopology.RouterDraft router(String id, long asn, int ridLastByte) {
        RandomTopology.RouterDraft r = new RandomTopology.RouterDraft(id, asn, Ip.parse("10.0.0." + ridLastByte));
        // Ties between eBGP paths go by router-id, not by which arrived first (ArrivalOrder).
        r.compareRouterId = true;
        routers.put(id, r);
        return r;
    }

    /** The address {@code a} has on its link to {@code b}. */
    Ip address(String a, String b) {
        return addresses.get(a + "|" + b);
    }

    private final Map<String, Ip> addresses = new LinkedHashMap<>();

    /** A link and a session between two routers; returns the peering so ends can be adjusted. */
    int session(String a, String b, NeighborConfig atA, NeighborConfig atB) {
        int k = networks.size();
        IpPrefix cidr = IpPrefix.parse("198.18." + (k / 32) + "." + (k % 32) * 8 + "/29");
        networks.add(new Network("link" + k, null, null, cidr, Network.Kind.LINK, null));
        Ip ia = plug(routers.get(a), cidr, 1, "link" + k);
        Ip ib = plug(routers.get(b), cidr, 2, "link" + k);
        addresses.put(a + "|" + b, ia);
        addresses.put(b + "|" + a, ib);
        peerings.add(new Peering("p" + peerings.size(), Peering.End.router(a, ib, atA), Peering.End.router(b, ia, atB),
                a + "-" + b));
        return peerings.size() - 1;
    }

    /** An eBGP session with plain {@code remote-as} on both ends. */
    int ebgp(String a, String b) {
        return session(a, b, NeighborConfig.remoteAs(Long.toString(routers.get(b).asn)),
                NeighborConfig.remoteAs(Long.toString(routers.get(a).asn)));
    }

    private static Ip plug(RandomTopology.RouterDraft r, IpPrefix cidr, int host, String network) {
        String base = cidr.ip().toString();
        int last = Integer.parseInt(base.substring(base.lastIndexOf('.') + 1));
        Ip ip = Ip.parse(base.substring(0, base.lastIndexOf('.') + 1) + (last + host));
        r.interfaces.add(new Interface(r.nextInterface(), IpPrefix.parse(ip + "/" + cidr.length()), network));
        return ip;
    }

    Topology build(String name) {
        return new Topology(Topology.SCHEMA_VERSION, name, "one FRR fact", null, networks,
                routers.values().stream().map(RandomTopology.RouterDraft::toRouter).toList(), List.of(), List.of(),
                peerings, null);
    }
}
