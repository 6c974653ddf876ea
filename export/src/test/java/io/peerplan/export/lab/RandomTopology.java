package io.peerplan.export.lab;

import io.peerplan.model.AddressPool;
import io.peerplan.model.Asn;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpOptions;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.ListenRange;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Service;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random topologies from a seed, for comparing the simulator with real FRR (the differential test,
 * {@link RandomAgreementTest}): 3–7 ASes, public or private, two- and four-byte, of one or two FRR
 * routers (3–12 in all; two make an iBGP pair, with or without next-hop-self), eBGP links along a
 * random tree plus extra ones (a router linked to both routers of another AS gets eBGP multipath),
 * peer-groups, anycast prefixes, {@code network} statements with and without a route behind them,
 * route maps with every {@code set} and {@code match} the model has ({@link RandomPolicies}),
 * allowas-in, ECMP and best-path knobs, static, blackhole and default routes, {@code ip nht
 * resolve-via-default} and {@code default-originate} ({@link RandomRouting}), a MetalLB cluster over
 * iBGP or eBGP (listen range and peer-group, or one neighbor per node) and a vantage.
 */
final class RandomTopology {
    private final Random rnd;
    final List<RouterDraft> routers = new ArrayList<>();
    private final List<Network> networks = new ArrayList<>();
    final List<Peering> peerings = new ArrayList<>();
    final List<IpPrefix> prefixes = new ArrayList<>();
    /** Peerings from each router of a two-router AS to one common neighbor (where MED counts). */
    final Set<String> medPairs = new HashSet<>();
    /** The iBGP pairs, and the LAN address of each router of a pair without next-hop-self. */
    final List<RouterDraft[]> ibgpPairs = new ArrayList<>();
    final java.util.Map<String, Ip> lanAddress = new java.util.HashMap<>();
    private int links;
    private int peeringCount;

    private RandomTopology(long seed) {
        rnd = new Random(seed);
    }

    static Topology generate(long seed) {
        return new RandomTopology(seed).build("random-" + seed);
    }

    /** A router under construction. */
    static final class RouterDraft {
        final String id;
        final long asn;
        final Ip routerId;
        final List<Interface> interfaces = new ArrayList<>();
        final List<IpPrefix> networks = new ArrayList<>();
        Integer maximumPaths;
        Integer maximumPathsIbgp;
        boolean compareRouterId;
        boolean alwaysCompareMed;
        Boolean deterministicMed;
        boolean asPathIgnore;
        boolean asPathMultipathRelax;
        boolean medMissingAsWorst;
        boolean peerTypeMultipathRelax;
        boolean nhtResolveViaDefault;
        Boolean networkImportCheck;
        /** Announced with {@code network} but without a route behind it (import-check keeps them back). */
        final List<IpPrefix> bareNetworks = new ArrayList<>();
        final List<StaticRoute> statics = new ArrayList<>();
        final List<ListenRange> listenRanges = new ArrayList<>();
        final List<PeerGroup> peerGroups = new ArrayList<>();
        final RandomPolicies.Builder policies;

        RouterDraft(String id, long asn, Ip routerId) {
            this.id = id;
            this.asn = asn;
            this.routerId = routerId;
            this.policies = new RandomPolicies.Builder(id);
        }

        String nextInterface() {
            return "eth" + interfaces.size();
        }

        Router toRouter() {
            BgpOptions bgp = new BgpOptions(null, false, networkImportCheck, maximumPaths, maximumPathsIbgp,
                    alwaysCompareMed, deterministicMed, compareRouterId, null, null, listenRanges, null, null, null,
                    asPathIgnore, asPathMultipathRelax, false, medMissingAsWorst, peerTypeMultipathRelax,
                    nhtResolveViaDefault);
            List<StaticRoute> all = new ArrayList<>(networks.stream().map(p -> new StaticRoute(p, null, null, true, null)).toList());
            all.addAll(statics);
            List<IpPrefix> announced = new ArrayList<>(networks);
            announced.addAll(bareNetworks);
            return new Router(id, id, null, RouterRole.CORE, Platform.FRR, Asn.of(asn), routerId, interfaces, all,
                    announced, null, policies.prefixLists(), policies.communityLists(), policies.routeMaps(), bgp, peerGroups, null, null,
                    null, null, null);
        }
    }

    private Topology build(String name) {
        int ases = 3 + rnd.nextInt(5);
        List<List<RouterDraft>> byAs = new ArrayList<>();
        List<Integer> ridOrder = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            ridOrder.add(i);
        }
        Collections.shuffle(ridOrder, rnd);
        List<Long> asns = RandomRouting.asns(rnd, ases);
        for (int a = 0; a < ases; a++) {
            long asn = asns.get(a);
            List<RouterDraft> as = new ArrayList<>();
            int count = rnd.nextInt(3) == 0 && routers.size() + (ases - a) < 12 ? 2 : 1;
            for (int k = 0; k < count; k++) {
                RouterDraft r = new RouterDraft("as" + (a + 1) + (char) ('a' + k), asn,
                        Ip.parse("10.0.0." + ridOrder.get(routers.size())));
                if (rnd.nextInt(5) == 0) {
                    r.maximumPaths = 1;
                }
                // Routers decide eBGP ties by router-id: without it the tie goes to the path that
                // arrived first (FrrFactsTest, SampleAgreementTest), which no random lab run can pin
                // down (ArrivalOrder).
                r.compareRouterId = true;
                routers.add(r);
                as.add(r);
            }
            byAs.add(as);
            if (count == 2) {
                ibgpPair(a, as.get(0), as.get(1));
            }
        }
        Set<String> linked = new HashSet<>();
        for (int a = 1; a < ases; a++) {
            ebgp(pick(byAs.get(a)), pick(byAs.get(rnd.nextInt(a))), linked);
        }
        for (int extra = rnd.nextInt(ases / 2 + 1); extra > 0; extra--) {
            int a = rnd.nextInt(ases);
            int b = rnd.nextInt(ases);
            if (a != b) {
                ebgp(pick(byAs.get(a)), pick(byAs.get(b)), linked);
            }
        }
        for (int a = 0; a < ases; a++) {
            if (byAs.get(a).size() == 2 && rnd.nextInt(4) > 0) {
                int b = (a + 1 + rnd.nextInt(ases - 1)) % ases;
                RouterDraft x = pick(byAs.get(b));
                int before = peerings.size();
                ebgp(x, byAs.get(a).get(0), linked);
                ebgp(x, byAs.get(a).get(1), linked);
                // MED decides between the pair's paths; with always-compare-med the comparison is
                // transitive, so it does so whatever order the paths arrived in
                // (ArrivalOrder.medOrderDependent).
                x.alwaysCompareMed = true;
                peerings.subList(before, peerings.size()).forEach(p -> medPairs.add(p.id()));
            }
        }
        originate();
        List<Cluster> clusters = new ArrayList<>();
        if (rnd.nextInt(10) < 7) {
            clusters.add(cluster(pick(routers)));
        }
        Vantage v = vantage(linked);
        RandomPolicies.decorate(rnd, this);
        RandomRouting.decorate(rnd, this);
        return new Topology(Topology.SCHEMA_VERSION, name, "generated from a seed for the lab agreement tests", null,
                networks, routers.stream().map(RouterDraft::toRouter).toList(), List.of(v), clusters, peerings, null);
    }

    private RouterDraft pick(List<RouterDraft> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private Network link() {
        int k = links++;
        IpPrefix cidr = IpPrefix.parse("198.18." + (k / 32) + "." + (k % 32) * 8 + "/29");
        Network n = new Network("link" + k, null, null, cidr, Network.Kind.LINK, null);
        networks.add(n);
        return n;
    }

    private static Ip host(Network n, int i) {
        String base = n.cidr().ip().toString();
        int last = Integer.parseInt(base.substring(base.lastIndexOf('.') + 1));
        return Ip.parse(base.substring(0, base.lastIndexOf('.') + 1) + (last + i));
    }

    private Ip plug(RouterDraft r, Network n, int i) {
        Ip ip = host(n, i);
        r.interfaces.add(new Interface(r.nextInterface(), IpPrefix.parse(ip + "/" + n.cidr().length()), n.id()));
        return ip;
    }

    private void ibgpPair(int as, RouterDraft a, RouterDraft b) {
        Network lan = new Network("as" + (as + 1) + "-lan", null, null, IpPrefix.parse("198.19." + (as + 1) + ".0/24"),
                Network.Kind.LAN, null);
        networks.add(lan);
        Ip ia = plug(a, lan, 1);
        Ip ib = plug(b, lan, 2);
        String remote = rnd.nextBoolean() ? "internal" : Long.toString(a.asn);
        // Without next-hop-self the eBGP next hops a partner passes on resolve only through a
        // default route, and that only with `ip nht resolve-via-default` (RandomRouting).
        Boolean nextHopSelf = rnd.nextInt(4) > 0 ? Boolean.TRUE : null;
        NeighborConfig c = new NeighborConfig(remote, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, nextHopSelf, null, null, null, null);
        peerings.add(new Peering("p" + (peeringCount++), Peering.End.router(a.id, ib, c), Peering.End.router(b.id, ia, c),
                "iBGP"));
        ibgpPairs.add(new RouterDraft[] {a, b});
        if (nextHopSelf == null) {
            lanAddress.put(a.id, ia);
            lanAddress.put(b.id, ib);
        }
    }

    /** An eBGP link between two routers of different ASes, once per pair. */
    void ebgp(RouterDraft a, RouterDraft b, Set<String> linked) {
        if (a.asn == b.asn || !linked.add(a.id + "|" + b.id) || !linked.add(b.id + "|" + a.id)) {
            return;
        }
        Network n = link();
        Ip ia = plug(a, n, 1);
        Ip ib = plug(b, n, 2);
        peerings.add(new Peering("p" + (peeringCount++), Peering.End.router(a.id, ib, RandomRouting.ebgpEnd(rnd, a, b)),
                Peering.End.router(b.id, ia, RandomRouting.ebgpEnd(rnd, b, a)), "eBGP"));
    }

    /** 0–2 /28s of 203.0.113.0/24 per router; some are anycast from a second AS. */
    private void originate() {
        List<IpPrefix> pool = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            pool.add(IpPrefix.parse("203.0.113." + i * 16 + "/28"));
        }
        Collections.shuffle(pool, rnd);
        for (RouterDraft r : routers) {
            for (int n = rnd.nextInt(3); n > 0 && !pool.isEmpty(); n--) {
                IpPrefix p = pool.removeFirst();
                r.networks.add(p);
                prefixes.add(p);
                if (rnd.nextInt(10) < 2) {
                    RouterDraft other = pick(routers);
                    if (other.asn != r.asn && !other.networks.contains(p)) {
                        other.networks.add(p);
                    }
                }
            }
            // A `network` with no route of exactly that prefix: import-check keeps it back, unless
            // the router turns import-check off (then it is announced all the same).
            if (rnd.nextInt(5) == 0 && !pool.isEmpty()) {
                IpPrefix p = pool.removeFirst();
                r.bareNetworks.add(p);
                prefixes.add(p);
                if (rnd.nextInt(3) == 0) {
                    r.networkImportCheck = false;
                }
            }
        }
    }

    private Cluster cluster(RouterDraft gw) {
        Network lan = new Network("k8s-lan", null, null, IpPrefix.parse("198.19.100.0/24"), Network.Kind.LAN, null);
        networks.add(lan);
        gw.interfaces.add(new Interface(gw.nextInterface(), IpPrefix.parse("198.19.100.1/24"), lan.id()));
        boolean ibgp = rnd.nextBoolean();
        long clusterAs = ibgp ? gw.asn : 64900;
        int count = 2 + rnd.nextInt(2);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(new Node("node" + (i + 1), "node" + (i + 1), Ip.parse("198.19.100." + (11 + i)), Node.Role.WORKER,
                    null, lan.id()));
        }
        BgpPeer peer = new BgpPeer("gw", clusterAs, gw.asn, null, null, "198.19.100.1", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        List<Service> services = new ArrayList<>();
        for (int s = 0; s < 1 + rnd.nextInt(2); s++) {
            List<String> endpoints = new ArrayList<>();
            for (Node n : nodes) {
                if (rnd.nextBoolean() || endpoints.isEmpty() && n == nodes.getLast()) {
                    endpoints.add(n.name());
                }
            }
            String ip = "198.51.100." + (10 + s);
            prefixes.add(IpPrefix.parse(ip + "/32"));
            services.add(new Service("default", "svc" + s, "pool", List.of(ip), null, null, null,
                    rnd.nextBoolean() ? Service.TrafficPolicy.LOCAL : Service.TrafficPolicy.CLUSTER, null, null,
                    endpoints, null));
        }
        Long localPref = ibgp && rnd.nextBoolean() ? (long) (100 + rnd.nextInt(200)) : null;
        var metallb = new io.peerplan.model.MetalLb(
                List.of(new AddressPool("pool", List.of("198.51.100.0/26"), null, null, null, null)), List.of(peer),
                List.of(new BgpAdvertisement("adv", List.of("pool"), null, null, null, localPref, null, null, null)),
                null, null);
        NeighborConfig remote = NeighborConfig.remoteAs(Long.toString(clusterAs));
        if (rnd.nextBoolean()) {
            gw.peerGroups.add(new PeerGroup("speakers", remote));
            gw.listenRanges.add(new ListenRange(lan.cidr(), "speakers"));
            NeighborConfig member = new NeighborConfig(null, null, "speakers", null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null);
            peerings.add(new Peering("p" + (peeringCount++), Peering.End.cluster("k8s", "gw"),
                    new Peering.End(gw.id, null, true, member, null), "speakers via listen range"));
        } else {
            for (Node n : nodes) {
                peerings.add(new Peering("p" + (peeringCount++), Peering.End.cluster("k8s", "gw"),
                        Peering.End.router(gw.id, n.address(), remote), "speaker " + n.name()));
            }
        }
        return new Cluster("k8s", "k8s", null, Cluster.Backend.FRR, Cluster.ConfigStyle.CRDS, null, nodes, metallb,
                services, null, null, null);
    }

    private Vantage vantage(Set<String> linked) {
        List<Interface> ifs = new ArrayList<>();
        List<RouterDraft> shuffled = new ArrayList<>(routers);
        Collections.shuffle(shuffled, rnd);
        // One link: a vantage (FRR without compare-routerid) would decide ties between two by arrival.
        int count = 1;
        for (int i = 0; i < count; i++) {
            RouterDraft r = shuffled.get(i);
            Network n = link();
            Ip ir = plug(r, n, 1);
            Ip iv = host(n, 2);
            ifs.add(new Interface("eth" + i, IpPrefix.parse(iv + "/" + n.cidr().length()), n.id()));
            peerings.add(new Peering("p" + (peeringCount++),
                    Peering.End.router(r.id, iv, NeighborConfig.remoteAs("64496")),
                    Peering.End.router("internet", ir, NeighborConfig.remoteAs(Long.toString(r.asn))), "to the vantage"));
        }
        return new Vantage("internet", "internet", null, Asn.of(64496), Ip.parse("10.0.0.200"), ifs, null);
    }
}
