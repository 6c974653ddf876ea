package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Management;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.QuaggaLayout;
import io.peerplan.model.Router;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.Grammar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The rest of a router: its peer-groups (each with every neighbor setting), static routes, and how
 * Peerplan reaches it to push ({@link Management}: never a password or key).
 */
final class DeviceFields {
    /** The heading of a peer-group's settings, before its name. */
    static final String PEER_GROUP = "Peer group ";

    private DeviceFields() {
    }

    static List<FieldSpec> peerGroups(Topology t, String key) {
        Router router = Fields.typed(t, key);
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.table("Peer groups", "Peer groups", "neighbor NAME peer-group: settings that neighbors and listen ranges share",
                new NamedTable<>(key, RouterNamed.PEER_GROUPS,
                        // FRR needs a remote-as before a peer-group takes members; internal is the samples' choice.
                        name -> new PeerGroup(name, NeighborConfig.remoteAs("internal")))));
        for (PeerGroup g : router.peerGroups()) {
            String name = g.name();
            out.addAll(NeighborFields.of(PEER_GROUP + name, t, key, new NeighborFields.Access(
                    tt -> group(tt, key, name).config(),
                    (tt, change) -> RouterNamed.PEER_GROUPS.update(tt, key, name,
                            p -> new PeerGroup(name, change.apply(p.config())))), false));
        }
        return out;
    }

    private static PeerGroup group(Topology t, String key, String name) {
        return RouterNamed.PEER_GROUPS.find(t, key, name);
    }

    /** {@code ip route PREFIX NEXTHOP|IF|blackhole [DISTANCE]} (FRR staticd, zebra). */
    static FieldSpec staticRoutes(String key) {
        return FieldSpec.table("Static routes", "Static routes", "ip route PREFIX NEXTHOP|INTERFACE|blackhole [DISTANCE]",
                ListTable.<StaticRoute>of("static route", t -> Fields.<Router>typed(t, key).staticRoutes(),
                        (t, list) -> Elements.replace(t, key, Fields.<Router>typed(t, key).withStaticRoutes(list)),
                        (t, list) -> freshRoute(t, key, list))
                        .text("Prefix", "The destination, e.g. 203.0.113.64/29", StaticRoute::prefix,
                                (t, r, s) -> route(RouterTables.requiredPrefix(s, "a destination, e.g. 203.0.113.64/29"),
                                        r.nextHop(), r.interfaceName(), r.blackhole(), r.distance()))
                        .text("Next hop", "A.B.C.D", StaticRoute::nextHop,
                                (t, r, s) -> route(r.prefix(), Parse.ip(s), r.interfaceName(), r.blackhole() && Parse.ip(s) == null,
                                        r.distance()))
                        .text("Interface", "One of this router's interfaces", StaticRoute::interfaceName,
                                (t, r, s) -> route(r.prefix(), r.nextHop(), Fields.interfaceName(t, key, s),
                                        r.blackhole() && Parse.optional(s) == null, r.distance()))
                        .check("Blackhole", "Drop the traffic (how a network statement passes import-check)", StaticRoute::blackhole,
                                (r, v) -> v ? new StaticRoute(r.prefix(), null, null, true, r.distance())
                                        : route(r.prefix(), r.nextHop(), r.interfaceName(), false, r.distance()))
                        .text("Distance", "Administrative distance 1..255 (empty: 1)", StaticRoute::distance,
                                (t, r, s) -> route(r.prefix(), r.nextHop(), r.interfaceName(), r.blackhole(),
                                        Parse.integer(s, 1, 255, "distance"))));
    }

    /**
     * A route must go somewhere: a next hop, an interface, or the blackhole, as 'ip route' requires
     * (one of them: a next hop or interface given replaces the blackhole, and ticking the blackhole
     * clears them).
     */
    private static StaticRoute route(IpPrefix prefix, Ip nextHop, String iface,
            boolean blackhole, Integer distance) {
        if (nextHop == null && iface == null && !blackhole) {
            throw new IllegalArgumentException("a static route needs a next hop, an interface or blackhole");
        }
        return new StaticRoute(prefix, nextHop, iface, blackhole, distance);
    }

    /**
     * A new route that is useful as added: a blackhole for the first announced network without a
     * route (what import-check wants), else the default route via the router's first neighbor.
     */
    private static StaticRoute freshRoute(Topology t, String key, List<StaticRoute> present) {
        Router r = Fields.typed(t, key);
        for (IpPrefix n : r.networks()) {
            if (present.stream().noneMatch(s -> s.prefix().equals(n))) {
                return new StaticRoute(n, null, null, true, null);
            }
        }
        IpPrefix any = IpPrefix.parse("0.0.0.0/0");
        return t.peerings().stream().map(p -> p.endOf(key)).filter(e -> e != null && e.peerAddress() != null)
                .map(e -> e.peerAddress()).filter(ip -> present.stream().noneMatch(s -> s.prefix().equals(any)))
                .findFirst().map(ip -> new StaticRoute(any, ip, null, false, null))
                .orElseThrow(() -> new IllegalArgumentException("every network has a route and there is a default route: "
                        + "edit one, or add a network statement first"));
    }

    static List<FieldSpec> management(String key) {
        List<String> layouts = Fields.concat("", Arrays.stream(QuaggaLayout.values()).map(QuaggaLayout::json).toList());
        return List.of(
                text(key, "Host", Management::host, Management::withHost, s -> Parse.optional(s, Grammar.HOST),
                        "SSH host name or address push connects to"),
                text(key, "Port", Management::port, Management::withPort, s -> Parse.integer(s, 1, 65535, "port"), "SSH port (22)"),
                text(key, "User", Management::user, Management::withUser, s -> Parse.optional(s, Grammar.USER), "SSH login"),
                text(key, "Command prefix", Management::commandPrefix, Management::withCommandPrefix,
                        s -> Parse.optional(s, Grammar.COMMAND_PREFIX), "Run the commands through it, e.g. sudo"),
                text(key, "FRR pathspace", Management::frrPathspace, Management::withFrrPathspace,
                        s -> Parse.optional(s, Grammar.PATHSPACE), "For FRR started with -N NAME"),
                FieldSpec.choice("Management", "Quagga layout", layouts, "Where a Quagga router keeps its files (openwrt when empty)",
                        t -> Parse.text(management(t, key).quaggaLayout()),
                        (t, s) -> withManagement(t, key, m -> m.withQuaggaLayout(Parse.optional(s)))));
    }

    private static <V> FieldSpec text(String key, String label, Function<Management, V> get,
            BiFunction<Management, V, Management> with, Function<String, V> parse, String help) {
        return FieldSpec.text("Management", label, help, t -> Parse.text(get.apply(management(t, key))), (t, s) -> {
            V value = parse.apply(s);
            return withManagement(t, key, m -> with.apply(m, value));
        });
    }

    private static final Management NONE = new Management(null, null, null, null, null, null);

    private static Management management(Topology t, String key) {
        Management m = Fields.<Router>typed(t, key).management();
        return m == null ? NONE : m;
    }

    /** Settings emptied of every value are no settings (the file then has no management block). */
    private static Topology withManagement(Topology t, String key, UnaryOperator<Management> change) {
        Management next = change.apply(management(t, key));
        return Elements.replace(t, key, Fields.<Router>typed(t, key).withManagement(next.equals(NONE) ? null : next));
    }
}
