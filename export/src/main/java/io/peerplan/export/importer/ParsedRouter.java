package io.peerplan.export.importer;

import io.peerplan.model.Asn;
import io.peerplan.model.BfdPeer;
import io.peerplan.model.BfdProfile;
import io.peerplan.model.BgpOptions;
import io.peerplan.model.CommunityList;
import io.peerplan.model.DefaultsProfile;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.ListenRange;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Platform;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Redistribution;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.StaticRoute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A router being read from one or more config files (frr.conf, or Quagga's zebra.conf + bgpd.conf). */
final class ParsedRouter {
    String source;
    /** The file and line of {@code router bgp ASN} (Quagga's is in bgpd.conf, not zebra.conf). */
    String bgpFile;
    int bgpLine;
    /** The router's id in the design (set when the design is assembled). */
    String elementId;
    String id;
    String hostname;
    RouterRole role;
    Platform platform = Platform.FRR;
    Asn asn;
    Ip routerId;
    Ip bgpRouterId;
    String log;
    final List<Interface> interfaces = new ArrayList<>();
    boolean interfacesFromHeader;
    final List<StaticRoute> staticRoutes = new ArrayList<>();
    final List<IpPrefix> networks = new ArrayList<>();
    final List<Redistribution> redistribute = new ArrayList<>();
    final Map<String, List<PrefixList.Entry>> prefixLists = new LinkedHashMap<>();
    final Map<String, List<CommunityList.Entry>> communityLists = new LinkedHashMap<>();
    final Map<String, List<RouteMapEntryBuilder>> routeMaps = new LinkedHashMap<>();
    final Map<String, MutableNeighbor> peerGroups = new LinkedHashMap<>();
    final Map<Ip, MutableNeighbor> neighbors = new LinkedHashMap<>();
    final List<BfdProfileBuilder> bfdProfiles = new ArrayList<>();
    final List<BfdPeer> bfdPeers = new ArrayList<>();
    final List<ListenRange> listenRanges = new ArrayList<>();
    // router bgp options
    DefaultsProfile defaults;
    Boolean ebgpRequiresPolicy;
    Boolean networkImportCheck;
    Integer maximumPaths;
    Integer maximumPathsIbgp;
    boolean alwaysCompareMed;
    Boolean deterministicMed;
    boolean compareRouterId;
    Integer routeMapDelayTimer;
    Integer listenLimit;
    Integer keepalive;
    Integer hold;
    Ip clusterId;
    boolean asPathIgnore;
    boolean asPathMultipathRelax;
    boolean medConfed;
    boolean medMissingAsWorst;
    boolean peerTypeMultipathRelax;
    boolean nhtResolveViaDefault;

    /** A route-map entry while read. */
    static final class RouteMapEntryBuilder {
        int seq;
        io.peerplan.model.Action action;
        String description;
        String matchPrefixList;
        String matchCommunity;
        List<Long> prepend = List.of();
        Long med;
        Long localPreference;
        List<String> communities = List.of();
        boolean additive;
        Long weight;
        io.peerplan.model.RouteOrigin origin;

        RouteMap.Entry build() {
            return new RouteMap.Entry(seq, action, description, new RouteMap.Match(matchPrefixList, matchCommunity),
                    new RouteMap.Set(prepend, med, localPreference, communities, additive, weight, origin));
        }
    }

    /** A BFD profile while read. */
    static final class BfdProfileBuilder {
        String name;
        Integer multiplier;
        Integer rx;
        Integer tx;
        Boolean echoMode;
        Integer echoTx;
        Integer echoRx;
        Integer minimumTtl;
        Boolean passive;
        boolean logSessionChanges;

        BfdProfile build() {
            Integer echo = echoTx != null ? echoTx : echoRx;
            return new BfdProfile(name, multiplier, rx, tx, echoMode, echo, minimumTtl, passive, logSessionChanges);
        }
    }

    String id() {
        return id != null ? id : hostname;
    }

    Router build() {
        List<PrefixList> pls = new ArrayList<>();
        prefixLists.forEach((n, e) -> pls.add(new PrefixList(n, e)));
        List<CommunityList> cls = new ArrayList<>();
        communityLists.forEach((n, e) -> cls.add(new CommunityList(n, e)));
        List<RouteMap> rms = new ArrayList<>();
        routeMaps.forEach((n, e) -> rms.add(new RouteMap(n, e.stream().map(RouteMapEntryBuilder::build).toList())));
        List<PeerGroup> groups = new ArrayList<>();
        peerGroups.forEach((n, g) -> groups.add(new PeerGroup(n, g.freeze())));
        BgpOptions bgp = new BgpOptions(defaults, ebgpRequiresPolicy, networkImportCheck, maximumPaths, maximumPathsIbgp,
                alwaysCompareMed, deterministicMed, compareRouterId, routeMapDelayTimer, listenLimit, listenRanges, keepalive, hold,
                clusterId, asPathIgnore, asPathMultipathRelax, medConfed, medMissingAsWorst, peerTypeMultipathRelax,
                nhtResolveViaDefault);
        String name = hostname != null ? hostname : id();
        return new Router(id(), name, null, role, platform, asn, routerId != null ? routerId : bgpRouterId, interfaces,
                staticRoutes, networks, redistribute, pls, cls, rms, bgp, groups,
                bfdProfiles.stream().map(BfdProfileBuilder::build).toList(), bfdPeers, null, log, null);
    }
}
