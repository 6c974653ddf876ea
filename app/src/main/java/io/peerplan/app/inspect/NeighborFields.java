package io.peerplan.app.inspect;

import io.peerplan.model.BfdProfile;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.Grammar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Every BGP neighbor setting ({@link NeighborConfig}), for wherever a router holds one: a
 * peering's router end ({@code neighbor ADDRESS ...}) or a peer-group ({@code neighbor NAME
 * peer-group}). Names the router defines (peer-groups, prefix-lists, route-maps, BFD profiles,
 * interfaces) are drop-downs of the ones it has; numbers are bounded as FRR's command grammar
 * bounds them (bgpd/bgp_vty.c).
 */
final class NeighborFields {
    private NeighborFields() {
    }

    /** How the settings are read from and written back into the topology. */
    record Access(Function<Topology, NeighborConfig> read, BiFunction<Topology, UnaryOperator<NeighborConfig>, Topology> update) {
    }

    /**
     * @param key       the router or vantage the settings belong to (a router's names fill the drop-downs)
     * @param peerGroup whether to offer the peer-group field (a peer-group has none of its own)
     */
    static List<FieldSpec> of(String section, Topology t, String key, Access at, boolean peerGroup) {
        // A vantage defines no names: its drop-downs offer only "none".
        Router router = Fields.element(t, key) instanceof Router r ? r : null;
        List<FieldSpec> out = new ArrayList<>();
        out.add(text(section, at, "Remote AS", NeighborConfig::remoteAs, NeighborConfig::withRemoteAs, NeighborFields::remoteAs,
                "A number, or FRR's internal / external"));
        out.add(text(section, at, "Local AS", NeighborConfig::localAs, NeighborConfig::withLocalAs, Parse::asnNumber,
                "neighbor … local-as"));
        if (peerGroup) {
            out.add(choice(section, at, "Peer group", names(router, Router::peerGroups, PeerGroup::name),
                    NeighborConfig::peerGroup, NeighborConfig::withPeerGroup, "neighbor … peer-group: the settings it inherits"));
        }
        out.add(text(section, at, "Neighbor description", NeighborConfig::description, NeighborConfig::withDescription,
                Parse::freeText, "neighbor … description"));
        out.add(FieldSpec.text(section, "Interface", "neighbor … interface: the session's interface, one of this router's",
                tt -> Parse.text(at.read().apply(tt).interfaceName()), (tt, s) -> {
                    String name = Fields.interfaceName(tt, key, s);
                    return at.update().apply(tt, c -> c.withInterfaceName(name));
                }));
        out.add(text(section, at, "Update source", NeighborConfig::updateSource, NeighborConfig::withUpdateSource,
                s -> Parse.optional(s, Grammar.WORD), "Interface or address the session is sourced from"));
        out.add(text(section, at, "eBGP multihop", NeighborConfig::ebgpMultihop, NeighborConfig::withEbgpMultihop,
                s -> Parse.integer(s, 1, 255, "TTL"), "Needed when the peers share no subnet"));
        out.add(tri(section, at, "BFD", NeighborConfig::bfd, NeighborConfig::withBfd, "neighbor … bfd"));
        out.add(choice(section, at, "BFD profile", names(router, Router::bfdProfiles, BfdProfile::name),
                NeighborConfig::bfdProfile, NeighborConfig::withBfdProfile, "neighbor … bfd profile NAME"));
        out.add(text(section, at, "Keepalive time", NeighborConfig::keepalive, NeighborConfig::withKeepalive,
                s -> Parse.integer(s, 0, 65535, "keepalive"), "neighbor … timers KEEPALIVE HOLD, in seconds"));
        out.add(text(section, at, "Hold time", NeighborConfig::hold, NeighborConfig::withHold,
                s -> Parse.integer(s, 0, 65535, "hold time"), "neighbor … timers KEEPALIVE HOLD, in seconds (0 or 3..65535)"));
        out.add(text(section, at, "Password secret", NeighborConfig::passwordRef, NeighborConfig::withPasswordRef,
                s -> Parse.optional(s, Grammar.SECRET_NAME), "Name of the secret holding the TCP-MD5 password (never the password)"));
        List<String> prefixLists = names(router, Router::prefixLists, PrefixList::name);
        List<String> routeMaps = names(router, Router::routeMaps, RouteMap::name);
        out.add(choice(section, at, "Prefix-list in", prefixLists, NeighborConfig::prefixListIn, NeighborConfig::withPrefixListIn, null));
        out.add(choice(section, at, "Prefix-list out", prefixLists, NeighborConfig::prefixListOut, NeighborConfig::withPrefixListOut, null));
        out.add(choice(section, at, "Route-map in", routeMaps, NeighborConfig::routeMapIn, NeighborConfig::withRouteMapIn, null));
        out.add(choice(section, at, "Route-map out", routeMaps, NeighborConfig::routeMapOut, NeighborConfig::withRouteMapOut, null));
        out.add(text(section, at, "Allowas-in", NeighborConfig::allowasIn, NeighborConfig::withAllowasIn,
                s -> Parse.integer(s, 1, 10, "allowas-in"), "neighbor … allowas-in N: accept N of its own AS in a path"));
        out.add(tri(section, at, "Next-hop-self", NeighborConfig::nextHopSelf, NeighborConfig::withNextHopSelf, null));
        out.add(tri(section, at, "Default originate", NeighborConfig::defaultOriginate, NeighborConfig::withDefaultOriginate,
                "Send this neighbor a default route"));
        out.add(tri(section, at, "Route-reflector client", NeighborConfig::routeReflectorClient,
                NeighborConfig::withRouteReflectorClient, null));
        out.add(text(section, at, "Weight", NeighborConfig::weight, NeighborConfig::withWeight,
                s -> Parse.integer(s, 0, 65535, "weight"), "neighbor … weight N: every route from it"));
        out.add(text(section, at, "Port", NeighborConfig::port, NeighborConfig::withPort,
                s -> Parse.integer(s, 0, 65535, "port"), "neighbor … port N (179 when empty)"));
        out.add(tri(section, at, "Shutdown", NeighborConfig::shutdown, NeighborConfig::withShutdown,
                "neighbor … shutdown: configured, administratively down"));
        return out;
    }

    /** A number, or FRR's {@code internal} / {@code external} keyword (bgpd/bgp_vty.c neighbor_remote_as). */
    static String remoteAs(String s) {
        String v = Parse.optional(s);
        if (v == null || v.equals("internal") || v.equals("external")) {
            return v;
        }
        return String.valueOf(Parse.asnNumber(v));
    }

    private static <T> List<String> names(Router router, Function<Router, List<T>> list, Function<T, String> name) {
        return Fields.concat("", router == null ? List.of() : list.apply(router).stream().map(name).toList());
    }

    private static <V> FieldSpec text(String section, Access at, String label, Function<NeighborConfig, V> get,
            BiFunction<NeighborConfig, V, NeighborConfig> with, Function<String, V> parse, String help) {
        return FieldSpec.text(section, label, help, t -> Fields.format(get.apply(at.read().apply(t))), (t, s) -> {
            V value = parse.apply(s);
            return at.update().apply(t, c -> with.apply(c, value));
        });
    }

    private static FieldSpec choice(String section, Access at, String label, List<String> choices,
            Function<NeighborConfig, String> get, BiFunction<NeighborConfig, String, NeighborConfig> with, String help) {
        return FieldSpec.choice(section, label, choices, help, t -> Parse.text(get.apply(at.read().apply(t))),
                (t, s) -> at.update().apply(t, c -> with.apply(c, Parse.optional(s))));
    }

    private static FieldSpec tri(String section, Access at, String label, Function<NeighborConfig, Boolean> get,
            BiFunction<NeighborConfig, Boolean, NeighborConfig> with, String help) {
        return FieldSpec.choice(section, label, Parse.TRI, help, t -> Parse.tri(get.apply(at.read().apply(t))),
                (t, s) -> at.update().apply(t, c -> with.apply(c, Parse.tri(s))));
    }
}
