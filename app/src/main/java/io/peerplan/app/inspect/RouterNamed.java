package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.PolicyNames;
import io.peerplan.model.BfdProfile;
import io.peerplan.model.CommunityList;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One of a router's lists of named things (peer groups, prefix-lists, community-lists, route-maps,
 * BFD profiles): how the inspector reads one by name and replaces it, in one place for the names
 * table and for each named thing's own section.
 *
 * @param <E> the named record
 */
record RouterNamed<E>(PolicyNames.Kind kind, Function<Router, List<E>> get, BiFunction<Router, List<E>, Router> with,
        Function<E, String> name, BiFunction<E, String, E> rename) {

    static final RouterNamed<PeerGroup> PEER_GROUPS = new RouterNamed<>(PolicyNames.Kind.PEER_GROUP,
            Router::peerGroups, Router::withPeerGroups, PeerGroup::name, (g, n) -> new PeerGroup(n, g.config()));
    static final RouterNamed<PrefixList> PREFIX_LISTS = new RouterNamed<>(PolicyNames.Kind.PREFIX_LIST,
            Router::prefixLists, Router::withPrefixLists, PrefixList::name, (p, n) -> new PrefixList(n, p.entries()));
    static final RouterNamed<CommunityList> COMMUNITY_LISTS = new RouterNamed<>(PolicyNames.Kind.COMMUNITY_LIST,
            Router::communityLists, Router::withCommunityLists, CommunityList::name, (c, n) -> new CommunityList(n, c.entries()));
    static final RouterNamed<RouteMap> ROUTE_MAPS = new RouterNamed<>(PolicyNames.Kind.ROUTE_MAP,
            Router::routeMaps, Router::withRouteMaps, RouteMap::name, (m, n) -> new RouteMap(n, m.entries()));
    static final RouterNamed<BfdProfile> BFD_PROFILES = new RouterNamed<>(PolicyNames.Kind.BFD_PROFILE,
            Router::bfdProfiles, Router::withBfdProfiles, BfdProfile::name, BfdProfile::withName);

    /** The named thing, or the inspector's refusal when an undo or another edit has taken it away. */
    E find(Topology t, String key, String wanted) {
        return get.apply(Fields.typed(t, key)).stream().filter(e -> name.apply(e).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind.words() + " '" + wanted + "' no longer exists"));
    }

    /** The design with the named thing changed in place, keeping the list's order. */
    Topology update(Topology t, String key, String target, UnaryOperator<E> change) {
        Router r = Fields.typed(t, key);
        return Elements.replace(t, key, with.apply(r, get.apply(r).stream()
                .map(e -> name.apply(e).equals(target) ? change.apply(e) : e).toList()));
    }
}
