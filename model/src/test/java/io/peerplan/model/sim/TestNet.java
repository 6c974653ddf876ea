package io.peerplan.model.sim;

import io.peerplan.model.Action;
import io.peerplan.model.Asn;
import io.peerplan.model.BgpOptions;
import io.peerplan.model.Cluster;
import io.peerplan.model.CommunityList;
import io.peerplan.model.DefaultsProfile;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.ListenRange;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Platform;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Redistribution;
import io.peerplan.model.Region;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.Topology;
import io.peerplan.model.Vantage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small fluent builder of test topologies: routers with interfaces, policies and options, and
 * peerings between them whose two ends point at each other's link address.
 */
final class TestNet {
    private final Map<String, R> routers = new LinkedHashMap<>();
    private final List<Vantage> vantages = new ArrayList<>();
    private final List<Cluster> clusters = new ArrayList<>();
    private final List<Peering> peerings = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();

    R router(String id, long asn, String routerId) {
        R r = new R(id, asn, routerId);
        routers.put(id, r);
        return r;
    }

    TestNet vantage(String id, long asn, String routerId, String... interfaceAddresses) {
        List<Interface> ifs = new ArrayList<>();
        for (int i = 0; i < interfaceAddresses.length; i++) {
            ifs.add(new Interface("eth" + i, IpPrefix.parse(interfaceAddresses[i]), null));
        }
        vantages.add(new Vantage(id, null, null, Asn.of(asn), Ip.parse(routerId), ifs, null));
        return this;
    }

    TestNet region(String id) {
        regions.add(new Region(id, id, null, null, null, null));
        return this;
    }

    TestNet cluster(Cluster c) {
        clusters.add(c);
        return this;
    }

    /** A peering: each end's config points at the other end's address. */
    TestNet peer(String id, String a, String aAddr, N aCfg, String b, String bAddr, N bCfg) {
        peerings.add(new Peering(id, Peering.End.router(a, Ip.parse(bAddr), aCfg.build()),
                Peering.End.router(b, Ip.parse(aAddr), bCfg.build()), null));
        return this;
    }

    TestNet peering(Peering p) {
        peerings.add(p);
        return this;
    }

    /** A link subnet between two routers plus a peering with plain remote-as on both ends. */
    TestNet ebgp(String id, String a, String aAddrWithLen, String b, String bAddrWithLen) {
        return link(id, a, aAddrWithLen, n(), b, bAddrWithLen, n());
    }

    /** A link (interfaces on both routers) and a peering with the given extra settings; remote-as filled in. */
    TestNet link(String id, String a, String aAddrWithLen, N aCfg, String b, String bAddrWithLen, N bCfg) {
        R ra = routers.get(a);
        R rb = routers.get(b);
        if (ra != null) {
            ra.iface(aAddrWithLen);
        }
        if (rb != null) {
            rb.iface(bAddrWithLen);
        }
        long asA = ra != null ? ra.asn : vantageAsn(a);
        long asB = rb != null ? rb.asn : vantageAsn(b);
        if (aCfg.remoteAs == null) {
            aCfg.remoteAs = Long.toString(asB);
        }
        if (bCfg.remoteAs == null) {
            bCfg.remoteAs = Long.toString(asA);
        }
        return peer(id, a, IpPrefix.parse(aAddrWithLen).ip().toString(), aCfg, b, IpPrefix.parse(bAddrWithLen).ip().toString(), bCfg);
    }

    private long vantageAsn(String id) {
        return vantages.stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow().asn().value();
    }

    Map<String, R> routersForTest() {
        return routers;
    }

    Topology build() {
        return new Topology(Topology.SCHEMA_VERSION, "test", null, regions, null,
                routers.values().stream().map(R::build).toList(), vantages, clusters, peerings, null);
    }

    SimulationResult run() {
        return Simulator.run(build(), Scenario.BASELINE);
    }

    static N n() {
        return new N();
    }

    static PrefixList prefixList(String name, String prefix, Integer ge, Integer le, Action action) {
        return new PrefixList(name, List.of(new PrefixList.Entry(10, action, IpPrefix.parse(prefix), ge, le)));
    }

    static PrefixList permitAll(String name) {
        return new PrefixList(name, List.of(new PrefixList.Entry(10, Action.PERMIT, IpPrefix.ANY, null, null)));
    }

    static RouteMap routeMap(String name, RouteMap.Match match, RouteMap.Set set) {
        return new RouteMap(name, List.of(new RouteMap.Entry(10, Action.PERMIT, null, match, set)));
    }

    static RouteMap.Set set(List<Long> prepend, Long med, Long localPref, List<String> communities, Long weight) {
        return new RouteMap.Set(prepend, med, localPref, communities, false, weight, null);
    }

    /** A router under construction. */
    static final class R {
        final String id;
        final long asn;
        final String routerId;
        Platform platform = Platform.FRR;
        final List<Interface> interfaces = new ArrayList<>();
        final List<StaticRoute> statics = new ArrayList<>();
        final List<IpPrefix> networks = new ArrayList<>();
        final List<Redistribution> redistribute = new ArrayList<>();
        final List<PrefixList> prefixLists = new ArrayList<>();
        final List<CommunityList> communityLists = new ArrayList<>();
        final List<RouteMap> routeMaps = new ArrayList<>();
        final List<PeerGroup> peerGroups = new ArrayList<>();
        final List<ListenRange> listenRanges = new ArrayList<>();
        DefaultsProfile defaults = DefaultsProfile.TRADITIONAL;
        Boolean ebgpRequiresPolicy = false;
        Boolean importCheck;
        Integer maximumPaths;
        Integer maximumPathsIbgp;
        boolean alwaysCompareMed;
        Boolean deterministicMed;
        boolean compareRouterId;
        boolean asPathIgnore;
        boolean asPathMultipathRelax;
        boolean medMissingAsWorst;
        boolean peerTypeMultipathRelax;
        boolean nhtResolveViaDefault;
        Integer listenLimit;
        Ip clusterId;
        String region;

        R(String id, long asn, String routerId) {
            this.id = id;
            this.asn = asn;
            this.routerId = routerId;
        }

        R iface(String addressWithLength) {
            interfaces.add(new Interface("eth" + interfaces.size(), IpPrefix.parse(addressWithLength), null));
            return this;
        }

        /** {@code network P} backed by a blackhole static, so import-check passes. */
        R announce(String prefix) {
            networks.add(IpPrefix.parse(prefix));
            statics.add(new StaticRoute(IpPrefix.parse(prefix), null, null, true, null));
            return this;
        }

        R network(String prefix) {
            networks.add(IpPrefix.parse(prefix));
            return this;
        }

        R routeMap(RouteMap m) {
            routeMaps.add(m);
            return this;
        }

        R prefixList(PrefixList p) {
            prefixLists.add(p);
            return this;
        }

        R communityList(CommunityList c) {
            communityLists.add(c);
            return this;
        }

        Router build() {
            BgpOptions bgp = new BgpOptions(defaults, ebgpRequiresPolicy, importCheck, maximumPaths, maximumPathsIbgp,
                    alwaysCompareMed, deterministicMed, compareRouterId, null, listenLimit, listenRanges, null, null, clusterId,
                    asPathIgnore, asPathMultipathRelax, false, medMissingAsWorst, peerTypeMultipathRelax, nhtResolveViaDefault);
            return new Router(id, null, region, RouterRole.GATEWAY, platform, Asn.of(asn), Ip.parse(routerId), interfaces,
                    statics, networks, redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, null, null, null,
                    null, null);
        }
    }

    /** A neighbor config under construction. */
    static final class N {
        String remoteAs;
        String peerGroup;
        Integer ebgpMultihop;
        Boolean bfd;
        String bfdProfile;
        String prefixListIn;
        String prefixListOut;
        String routeMapIn;
        String routeMapOut;
        Integer allowasIn;
        Boolean rrClient;
        Boolean nextHopSelf;
        Boolean defaultOriginate;
        Integer weight;
        Boolean shutdown;
        Integer hold;
        String passwordRef;

        N remoteAs(String v) {
            remoteAs = v;
            return this;
        }

        N in(String routeMap) {
            routeMapIn = routeMap;
            return this;
        }

        N out(String routeMap) {
            routeMapOut = routeMap;
            return this;
        }

        N plIn(String list) {
            prefixListIn = list;
            return this;
        }

        N plOut(String list) {
            prefixListOut = list;
            return this;
        }

        N allowasIn(int n) {
            allowasIn = n;
            return this;
        }

        N rrClient() {
            rrClient = true;
            return this;
        }

        N nextHopSelf() {
            nextHopSelf = true;
            return this;
        }

        N defaultOriginate() {
            defaultOriginate = true;
            return this;
        }

        N weight(int w) {
            weight = w;
            return this;
        }

        N multihop() {
            ebgpMultihop = 255;
            return this;
        }

        N shutdown() {
            shutdown = true;
            return this;
        }

        N password(String secretName) {
            passwordRef = secretName;
            return this;
        }

        N bfd(String profile) {
            bfd = true;
            bfdProfile = profile;
            return this;
        }

        N peerGroup(String g) {
            peerGroup = g;
            return this;
        }

        NeighborConfig build() {
            return new NeighborConfig(remoteAs, null, peerGroup, null, null, null, ebgpMultihop, bfd, bfdProfile, null, hold, passwordRef,
                    prefixListIn, prefixListOut, routeMapIn, routeMapOut, allowasIn, rrClient, nextHopSelf, defaultOriginate,
                    weight, null, shutdown);
        }
    }
}
