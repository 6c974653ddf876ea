package io.peerplan.model.io;

import io.peerplan.model.Action;
import io.peerplan.model.AddressPool;
import io.peerplan.model.Asn;
import io.peerplan.model.BfdProfile;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpOptions;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.DefaultsProfile;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.Layout;
import io.peerplan.model.ListenRange;
import io.peerplan.model.Management;
import io.peerplan.model.MetalLb;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Platform;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Redistribution;
import io.peerplan.model.Region;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Service;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Random structurally valid topologies (ids unique, references resolve) that exercise every record
 * type and optional field, with free text from the property's generator.
 */
final class RandomTopologies {
    private final Random r;
    private final List<String> texts;

    private RandomTopologies(long seed, List<String> texts) {
        this.r = new Random(seed);
        this.texts = texts;
    }

    static Topology generate(long seed, List<String> texts) {
        return new RandomTopologies(seed, texts).topology();
    }

    private String text() {
        return r.nextInt(4) == 0 ? null : texts.get(r.nextInt(texts.size()));
    }

    private Boolean maybeBool() {
        return switch (r.nextInt(3)) {
            case 0 -> null;
            case 1 -> Boolean.TRUE;
            default -> Boolean.FALSE;
        };
    }

    private Integer maybeInt(int bound) {
        return r.nextBoolean() ? null : r.nextInt(bound);
    }

    private Topology topology() {
        List<Region> regions = new ArrayList<>();
        List<Network> networks = new ArrayList<>();
        List<Router> routers = new ArrayList<>();
        List<Cluster> clusters = new ArrayList<>();
        List<Peering> peerings = new ArrayList<>();
        Map<String, Layout.Point> positions = new TreeMap<>();
        Map<String, Layout.Bounds> bounds = new TreeMap<>();
        int nRegions = 1 + r.nextInt(3);
        for (int i = 0; i < nRegions; i++) {
            String id = "region-" + i;
            regions.add(new Region(id, text(), text(), text(), text(), text()));
            if (r.nextBoolean()) {
                bounds.put(id, new Layout.Bounds(r.nextInt(1000), r.nextInt(1000), 100 + r.nextInt(500), 100 + r.nextDouble() * 500));
            }
            String net = "net-" + i;
            networks.add(new Network(net, text(), id, IpPrefix.parse("10." + i + ".0.0/16"), Network.Kind.values()[r.nextInt(3)], text()));
            String rid = "router-" + i;
            routers.add(router(rid, id, net, i));
            positions.put(rid, new Layout.Point(r.nextDouble() * 2000 - 500, r.nextInt(2000)));
            String cid = "cluster-" + i;
            clusters.add(cluster(cid, id, net, i));
            peerings.add(new Peering("peering-" + i, Peering.End.cluster(cid, "peer-" + i),
                    new Peering.End(rid, r.nextBoolean() ? null : Ip.parse("10." + i + ".0.1"), r.nextBoolean(), neighbor(), null), text()));
        }
        Vantage vantage = new Vantage("vantage", text(), r.nextBoolean() ? "region-0" : null, Asn.of(64496), Ip.parse("198.18.0.2"),
                List.of(new Interface("eth0", IpPrefix.parse("198.18.0.2/30"), null)), text());
        peerings.add(new Peering("up", Peering.End.router("router-0", Ip.parse("198.18.0.2"), neighbor()),
                Peering.End.router("vantage", Ip.parse("198.18.0.1"), neighbor()), null));
        return new Topology(Topology.SCHEMA_VERSION, text(), text(), regions, networks, routers, List.of(vantage), clusters, peerings,
                Layout.of(positions, bounds));
    }

    private Router router(String id, String region, String net, int i) {
        List<Long> prepend = new ArrayList<>();
        for (int k = r.nextInt(4); k > 0; k--) {
            prepend.add(64512L + r.nextInt(1000));
        }
        RouteMap rm = new RouteMap("rm-" + i, List.of(new RouteMap.Entry(10, Action.values()[r.nextInt(2)], text(),
                r.nextBoolean() ? null : new RouteMap.Match("pl", r.nextBoolean() ? null : "cl"),
                new RouteMap.Set(prepend, r.nextBoolean() ? null : (long) r.nextInt(1000), r.nextBoolean() ? null : 200L,
                        r.nextBoolean() ? List.of() : List.of("64512:" + r.nextInt(65536)), r.nextBoolean(),
                        r.nextBoolean() ? null : (long) r.nextInt(65536), null))));
        PrefixList pl = new PrefixList("pl", List.of(new PrefixList.Entry(5, Action.PERMIT, IpPrefix.parse("203.0.113.0/24"),
                maybeInt(33), r.nextBoolean() ? null : 32), new PrefixList.Entry(10, Action.DENY, IpPrefix.ANY, null, null)));
        BgpOptions bgp = new BgpOptions(r.nextBoolean() ? null : DefaultsProfile.values()[r.nextInt(2)], maybeBool(), maybeBool(),
                maybeInt(64), maybeInt(64), r.nextBoolean(), maybeBool(), r.nextBoolean(), maybeInt(600), r.nextBoolean() ? null : 1 + r.nextInt(5000),
                r.nextBoolean() ? List.of() : List.of(new ListenRange(IpPrefix.parse("10." + i + ".0.0/16"), "pg")), maybeInt(60),
                maybeInt(180), r.nextBoolean() ? null : Ip.parse("1.1.1." + i), r.nextBoolean(), r.nextBoolean(),
                r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), r.nextBoolean());
        return new Router(id, text(), region, RouterRole.values()[r.nextInt(3)], Platform.values()[r.nextInt(5)],
                Asn.of(r.nextBoolean() ? 64512 + r.nextInt(1000) : 4_200_000_000L + r.nextInt(1000)),
                r.nextBoolean() ? null : Ip.parse("10." + i + ".0.1"),
                List.of(new Interface("eth" + i, IpPrefix.parse("10." + i + ".0.1/16"), net),
                        new Interface("v6", IpPrefix.parse("2001:db8:" + i + "::1/64"), null)),
                r.nextBoolean() ? List.of() : List.of(new StaticRoute(IpPrefix.parse("203.0.113.0/24"), null, null, true, maybeInt(255)),
                        new StaticRoute(IpPrefix.parse("0.0.0.0/0"), Ip.parse("10." + i + ".0.254"), "eth" + i, false, null)),
                r.nextBoolean() ? List.of() : List.of(IpPrefix.parse("203.0.113.0/24")),
                r.nextBoolean() ? List.of() : List.of(new Redistribution(Redistribution.Source.CONNECTED, r.nextBoolean() ? null : "rm-" + i)),
                List.of(pl), List.of(), List.of(rm), bgp,
                List.of(new PeerGroup("pg", neighbor())),
                r.nextBoolean() ? List.of() : List.of(new BfdProfile("bfd", maybeInt(255), maybeInt(60000), maybeInt(60000), maybeBool(),
                        maybeInt(60000), maybeInt(254), maybeBool(), r.nextBoolean())),
                List.of(), r.nextBoolean() ? null : new Management(text(), maybeInt(65536), text(), text(), text()), text(), text());
    }

    private NeighborConfig neighbor() {
        if (r.nextInt(5) == 0) {
            return NeighborConfig.EMPTY;
        }
        return new NeighborConfig(r.nextBoolean() ? "internal" : Integer.toString(64512 + r.nextInt(100)),
                r.nextBoolean() ? null : 65000L, r.nextBoolean() ? null : "pg", text(), r.nextBoolean() ? null : "eth0", text(),
                maybeInt(256), maybeBool(), r.nextBoolean() ? null : "bfd", maybeInt(60), maybeInt(180), text(), "pl", null,
                r.nextBoolean() ? null : "rm-0", null, maybeInt(10), maybeBool(), maybeBool(), maybeBool(), maybeInt(65536),
                maybeInt(16384), maybeBool());
    }

    private Cluster cluster(String id, String region, String net, int i) {
        List<Node> nodes = new ArrayList<>();
        for (int k = 0; k < 1 + r.nextInt(3); k++) {
            Map<String, String> labels = new TreeMap<>();
            if (r.nextBoolean()) {
                labels.put("zone", text() == null ? "" : "z" + k);
            }
            if (r.nextBoolean()) {
                labels.put(Node.EXCLUDE_LABEL, "");
            }
            nodes.add(new Node(id + "-node-" + k, "node-" + k, Ip.parse("10." + i + ".1." + (k + 1)), Node.Role.values()[r.nextInt(2)],
                    new TreeMap<>(labels), r.nextBoolean() ? net : null));
        }
        LabelSelector selector = new LabelSelector(new TreeMap<>(Map.of("zone", "z0")),
                List.of(new LabelSelector.Requirement("zone", "In", List.of("z0", "z1"))));
        MetalLb metallb = new MetalLb(
                List.of(new AddressPool("pool", List.of("203.0.113." + (i * 16) + "/28", "198.51.100.10-198.51.100.20"), maybeBool(),
                        maybeBool(), r.nextBoolean() ? null : "bgp",
                        r.nextBoolean() ? null : new AddressPool.ServiceAllocation(maybeInt(10), List.of("default"), List.of(),
                                List.of(selector)))),
                List.of(new BgpPeer("peer-" + i, 65000L, r.nextBoolean() ? 65000L : null, r.nextBoolean() ? "external" : null, null,
                        "10." + i + ".0.1", null, null, maybeInt(16385), r.nextBoolean() ? "90s" : null, null, null, null, null,
                        r.nextBoolean() ? "secret-name" : null, r.nextBoolean() ? "bfd" : null, maybeBool(), null, maybeBool(), null,
                        r.nextBoolean() ? List.of() : List.of(selector))),
                List.of(new BgpAdvertisement("adv", List.of("pool"), List.of(), maybeInt(33), maybeInt(129),
                        r.nextBoolean() ? null : 100L, List.of("64512:1", "large:1:2:3"), List.of(), List.of())),
                List.of(new MetalLbBfdProfile("bfd", 300, 300, 3, maybeInt(60000), maybeBool(), maybeBool(), maybeInt(255))),
                List.of(new Community("communities", List.of(new Community.Alias("no-export", "65535:65281")))));
        List<Service> services = List.of(new Service(text() == null ? null : "default", "svc-" + i, r.nextBoolean() ? "pool" : null,
                r.nextBoolean() ? List.of("203.0.113." + (i * 16 + 1)) : List.of(), r.nextBoolean() ? "203.0.113.9" : null,
                r.nextBoolean() ? List.of("203.0.113.5") : List.of(), text(),
                r.nextBoolean() ? null : Service.TrafficPolicy.values()[r.nextInt(2)],
                List.of(new Service.Port(text(), 80, r.nextBoolean() ? null : "http", "TCP", maybeInt(32768))),
                new TreeMap<>(Map.of("app", "x")), List.of(nodes.get(0).name()),
                new TreeMap<>(Map.of("example.com/k", text() == null ? "v" : "w"))));
        return new Cluster(id, text(), region, r.nextBoolean() ? null : Cluster.Backend.values()[r.nextInt(3)],
                r.nextBoolean() ? null : Cluster.ConfigStyle.values()[r.nextInt(2)], r.nextBoolean() ? null : "metallb-system", nodes,
                metallb, services, r.nextBoolean() ? null : new Management("bastion", 22, "ops", "sudo", null), text(), text());
    }
}
