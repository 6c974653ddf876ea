package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.model.BgpOptions;
import io.peerplan.model.Redistribution;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The router-wide BGP settings beyond AS, router id and the defaults profile: timers, limits,
 * multipath, route reflection, redistribution, the best-path knobs and next-hop tracking
 * ({@link BgpOptions}). Numbers are bounded as FRR's commands bound them (bgpd/bgp_vty.c).
 */
final class BgpOptionFields {
    private BgpOptionFields() {
    }

    static List<FieldSpec> bgp(Topology t, String key) {
        List<String> routeMaps = Fields.concat("", Fields.<Router>typed(t, key).routeMaps().stream().map(RouteMap::name).toList());
        return List.of(
                number(key, "Listen limit", BgpOptions::listenLimit, BgpOptions::withListenLimit, 1, 65535,
                        "bgp listen limit N: most sessions the listen ranges accept (FRR: 100)"),
                number(key, "Keepalive", BgpOptions::keepalive, BgpOptions::withKeepalive, 0, 65535,
                        "timers bgp KEEPALIVE HOLD, in seconds (empty: the defaults profile's)"),
                number(key, "Hold", BgpOptions::hold, BgpOptions::withHold, 0, 65535,
                        "timers bgp KEEPALIVE HOLD, in seconds (0 or 3..65535)"),
                tri(key, "BGP", "Network import-check", BgpOptions::networkImportCheck, BgpOptions::withNetworkImportCheck,
                        "[no] bgp network import-check: announce a network only with an exact route in the RIB"),
                number(key, "Maximum paths", BgpOptions::maximumPaths, BgpOptions::withMaximumPaths, 1, 256,
                        "maximum-paths N: eBGP multipath"),
                number(key, "Maximum paths iBGP", BgpOptions::maximumPathsIbgp, BgpOptions::withMaximumPathsIbgp, 1, 256,
                        "maximum-paths ibgp N"),
                number(key, "Route-map delay", BgpOptions::routeMapDelayTimer, BgpOptions::withRouteMapDelayTimer, 0, 600,
                        "bgp route-map delay-timer N, in seconds"),
                FieldSpec.text("BGP", "Cluster ID", "bgp cluster-id A.B.C.D, for route reflectors",
                        tt -> Parse.text(options(tt, key).clusterId()),
                        (tt, s) -> RouterTables.withBgp(tt, key, b -> b.withClusterId(Parse.ip(s)))),
                redistribution(key, routeMaps),
                check(key, "Best path", "Always compare MED", BgpOptions::alwaysCompareMed, BgpOptions::withAlwaysCompareMed,
                        "bgp always-compare-med: MEDs compared across neighbouring ASes"),
                tri(key, "Best path", "Deterministic MED", BgpOptions::deterministicMed, BgpOptions::withDeterministicMed,
                        "bgp deterministic-med"),
                check(key, "Best path", "Compare router-id", BgpOptions::compareRouterId, BgpOptions::withCompareRouterId,
                        "bgp bestpath compare-routerid: eBGP ties by router id, not by age"),
                check(key, "Best path", "AS-path ignore", BgpOptions::asPathIgnore, BgpOptions::withAsPathIgnore,
                        "bgp bestpath as-path ignore"),
                check(key, "Best path", "AS-path multipath-relax", BgpOptions::asPathMultipathRelax,
                        BgpOptions::withAsPathMultipathRelax, "bgp bestpath as-path multipath-relax"),
                check(key, "Best path", "MED confed", BgpOptions::medConfed, BgpOptions::withMedConfed, "bgp bestpath med confed"),
                check(key, "Best path", "MED missing-as-worst", BgpOptions::medMissingAsWorst, BgpOptions::withMedMissingAsWorst,
                        "bgp bestpath med missing-as-worst"),
                check(key, "Best path", "Peer-type multipath-relax", BgpOptions::peerTypeMultipathRelax,
                        BgpOptions::withPeerTypeMultipathRelax, "bgp bestpath peer-type multipath-relax"),
                check(key, "Best path", "NHT via default", BgpOptions::nhtResolveViaDefault, BgpOptions::withNhtResolveViaDefault,
                        "ip nht resolve-via-default (zebra): next hops may resolve through a default route"));
    }

    /** {@code redistribute connected|static [route-map NAME]}: one row per source. */
    private static FieldSpec redistribution(String key, List<String> routeMaps) {
        List<String> sources = Arrays.stream(Redistribution.Source.values()).map(Redistribution.Source::keyword).toList();
        return FieldSpec.table("BGP", "Redistribute", "redistribute SOURCE [route-map NAME] in the IPv4 unicast family",
                ListTable.<Redistribution>of("redistribution", t -> Fields.<Router>typed(t, key).redistribute(),
                        (t, list) -> Elements.replace(t, key, Fields.<Router>typed(t, key).withRedistribute(list)),
                        (t, list) -> new Redistribution(Arrays.stream(Redistribution.Source.values())
                                .filter(s -> list.stream().noneMatch(d -> d.source() == s)).findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("every source is already redistributed")), null))
                        .choice("Source", sources, "connected or static routes", d -> d.source().keyword(),
                                (t, d, s) -> new Redistribution(Fields.enumValue(Redistribution.Source.class, s), d.routeMap()))
                        .choice("Route map", routeMaps, "Filters what is redistributed", Redistribution::routeMap,
                                (t, d, s) -> new Redistribution(d.source(), Parse.optional(s)))
                        .unique("source", Redistribution::source));
    }

    private static BgpOptions options(Topology t, String key) {
        return Fields.<Router>typed(t, key).bgp();
    }

    private static FieldSpec number(String key, String label, Function<BgpOptions, Integer> get,
            BiFunction<BgpOptions, Integer, BgpOptions> with, int min, int max, String help) {
        return FieldSpec.text("BGP", label, help, t -> Parse.text(get.apply(options(t, key))), (t, s) -> {
            Integer v = Parse.integer(s, min, max, label.toLowerCase(java.util.Locale.ROOT));
            return RouterTables.withBgp(t, key, b -> with.apply(b, v));
        });
    }

    private static FieldSpec tri(String key, String section, String label, Function<BgpOptions, Boolean> get,
            BiFunction<BgpOptions, Boolean, BgpOptions> with, String help) {
        return FieldSpec.choice(section, label, Parse.TRI, help, t -> Parse.tri(get.apply(options(t, key))),
                (t, s) -> RouterTables.withBgp(t, key, b -> with.apply(b, Parse.tri(s))));
    }

    private static FieldSpec check(String key, String section, String label, java.util.function.Predicate<BgpOptions> get,
            BiFunction<BgpOptions, Boolean, BgpOptions> with, String help) {
        return FieldSpec.check(section, label, help, t -> Boolean.toString(get.test(options(t, key))),
                (t, s) -> RouterTables.withBgp(t, key, b -> with.apply(b, Boolean.parseBoolean(s))));
    }
}
