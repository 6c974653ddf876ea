package io.peerplan.model;

import java.util.List;
import java.util.Optional;

/**
 * A BGP router: a gateway, a provider's router or a site core. It holds its whole routing config
 * as the device would; the sessions it takes part in are {@link Peering}s, whose router ends carry
 * the per-neighbor settings.
 *
 * @param networks the prefixes announced with {@code network} statements
 * @param log      FRR's log destination line, e.g. {@code syslog informational}
 * @param standIn  true for a router an import invented for a peer whose config it did not have: a
 *                 guess, whose own findings are shown but never make a design fail
 */
public record Router(
        String id,
        String name,
        String region,
        RouterRole role,
        Platform platform,
        Asn asn,
        Ip routerId,
        List<Interface> interfaces,
        List<StaticRoute> staticRoutes,
        List<IpPrefix> networks,
        List<Redistribution> redistribute,
        List<PrefixList> prefixLists,
        List<CommunityList> communityLists,
        List<RouteMap> routeMaps,
        BgpOptions bgp,
        List<PeerGroup> peerGroups,
        List<BfdProfile> bfdProfiles,
        List<BfdPeer> bfdPeers,
        Management management,
        String log,
        String description,
        Boolean standIn) {

    /** A router without the stand-in mark (the form every earlier caller used). */
    public Router(String id, String name, String region, RouterRole role, Platform platform, Asn asn, Ip routerId,
            List<Interface> interfaces, List<StaticRoute> staticRoutes, List<IpPrefix> networks,
            List<Redistribution> redistribute, List<PrefixList> prefixLists, List<CommunityList> communityLists,
            List<RouteMap> routeMaps, BgpOptions bgp, List<PeerGroup> peerGroups, List<BfdProfile> bfdProfiles,
            List<BfdPeer> bfdPeers, Management management, String log, String description) {
        this(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks, redistribute, prefixLists,
                communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers, management, log, description, null);
    }

    /** True when the importer invented this router to stand for a peer whose config was not imported. */
    public boolean isStandIn() {
        return Boolean.TRUE.equals(standIn);
    }

    public Router {
        interfaces = Lists.copy(interfaces);
        staticRoutes = Lists.copy(staticRoutes);
        networks = Lists.copy(networks);
        redistribute = Lists.copy(redistribute);
        prefixLists = Lists.copy(prefixLists);
        communityLists = Lists.copy(communityLists);
        routeMaps = Lists.copy(routeMaps);
        bgp = bgp == null ? BgpOptions.DEFAULT : bgp;
        peerGroups = Lists.copy(peerGroups);
        bfdProfiles = Lists.copy(bfdProfiles);
        bfdPeers = Lists.copy(bfdPeers);
    }

    /** The name shown to users: the name when set, else the id. */
    public String displayName() {
        return name != null ? name : id;
    }

    public Optional<PrefixList> prefixList(String listName) {
        return prefixLists.stream().filter(p -> p.name().equals(listName)).findFirst();
    }

    public Optional<RouteMap> routeMap(String mapName) {
        return routeMaps.stream().filter(r -> r.name().equals(mapName)).findFirst();
    }

    public Optional<CommunityList> communityList(String listName) {
        return communityLists.stream().filter(c -> c.name().equals(listName)).findFirst();
    }

    public Optional<PeerGroup> peerGroup(String groupName) {
        return peerGroups.stream().filter(p -> p.name().equals(groupName)).findFirst();
    }

    public Optional<BfdProfile> bfdProfile(String profileName) {
        return bfdProfiles.stream().filter(p -> p.name().equals(profileName)).findFirst();
    }

    public Optional<Interface> iface(String ifName) {
        return interfaces.stream().filter(i -> i.name().equals(ifName)).findFirst();
    }

    /** True when one of the router's interfaces has this address. */
    public boolean hasAddress(Ip ip) {
        // A plain loop: the simulator asks this for every speaker session it compiles.
        for (Interface i : interfaces) {
            if (i.address().ip().equals(ip)) {
                return true;
            }
        }
        return false;
    }

    /** A copy with the route maps replaced (what-if overrides, editor commands). */
    public Router withRouteMaps(List<RouteMap> maps) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, maps, bgp, peerGroups, bfdProfiles, bfdPeers, management,
                log, description, standIn);
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public Router withId(String value) {
        return new Router(value, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, log, description, standIn);
    }

    public Router withName(String value) {
        return new Router(id, value, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, log, description, standIn);
    }

    public Router withRegion(String value) {
        return new Router(id, name, value, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, log, description, standIn);
    }

    public Router withRole(RouterRole value) {
        return new Router(id, name, region, value, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, log, description, standIn);
    }

    public Router withPlatform(Platform value) {
        return new Router(id, name, region, role, value, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, log, description, standIn);
    }

    public Router withAsn(Asn value) {
        return new Router(id, name, region, role, platform, value, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, log, description, standIn);
    }

    public Router withRouterId(Ip value) {
        return new Router(id, name, region, role, platform, asn, value, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, log, description, standIn);
    }

    public Router withInterfaces(List<Interface> value) {
        return new Router(id, name, region, role, platform, asn, routerId, value, staticRoutes, networks, redistribute,
                prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers, management, log,
                description, standIn);
    }

    public Router withNetworks(List<IpPrefix> value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, value,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, log, description, standIn);
    }

    public Router withBgp(BgpOptions value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, value, peerGroups, bfdProfiles, bfdPeers,
                management, log, description, standIn);
    }

    public Router withStandIn(Boolean value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, log, description, value);
    }

    public Router withDescription(String value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, log, value, standIn);
    }

    public Router withPeerGroups(List<PeerGroup> value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, value, bfdProfiles, bfdPeers, management,
                log, description, standIn);
    }

    public Router withBfdPeers(List<BfdPeer> value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, value, management,
                log, description, standIn);
    }

    public Router withManagement(Management value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers, value,
                log, description, standIn);
    }

    public Router withStaticRoutes(List<StaticRoute> value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, value, networks, redistribute,
                prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers, management, log,
                description, standIn);
    }

    public Router withRedistribute(List<Redistribution> value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks, value,
                prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers, management, log,
                description, standIn);
    }

    public Router withPrefixLists(List<PrefixList> value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, value, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers, management,
                log, description, standIn);
    }

    public Router withCommunityLists(List<CommunityList> value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, value, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers, management, log,
                description, standIn);
    }

    public Router withBfdProfiles(List<BfdProfile> value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, value, bfdPeers, management,
                log, description, standIn);
    }

    public Router withLog(String value) {
        return new Router(id, name, region, role, platform, asn, routerId, interfaces, staticRoutes, networks,
                redistribute, prefixLists, communityLists, routeMaps, bgp, peerGroups, bfdProfiles, bfdPeers,
                management, value, description, standIn);
    }
}
