package io.peerplan.app.inspect;

import io.peerplan.model.Action;
import io.peerplan.model.CommunityList;
import io.peerplan.model.PrefixList;
import io.peerplan.model.RouteMap;
import io.peerplan.model.RouteOrigin;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.Grammar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A router's route-maps: the table of names, one table of entries per map (sequence, permit or
 * deny, description), and under it each entry's match and set clauses as fields: every clause the
 * model has ({@link RouteMap.Match}, {@link RouteMap.Set}), with the lists it matches as drop-downs.
 * Numbers are bounded as FRR's route-map commands bound them (bgpd/bgp_routemap.c).
 */
final class RouteMapFields {
    private static final long U32 = 4_294_967_295L;

    private RouteMapFields() {
    }

    static List<FieldSpec> of(Topology t, String key) {
        Router router = Fields.typed(t, key);
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.table("Route maps", "Route maps", "route-map NAME: filters and changes routes, used by neighbors and redistribution",
                new NamedTable<>(key, RouterNamed.ROUTE_MAPS,
                        name -> new RouteMap(name, List.of(entry(10))))));
        for (RouteMap m : router.routeMaps()) {
            out.add(entries(key, m.name()));
        }
        List<String> prefixLists = Fields.concat("", router.prefixLists().stream().map(PrefixList::name).toList());
        List<String> communityLists = Fields.concat("", router.communityLists().stream().map(CommunityList::name).toList());
        for (RouteMap m : router.routeMaps()) {
            for (RouteMap.Entry e : m.entries()) {
                out.addAll(clauses(key, m.name(), e.seq(), prefixLists, communityLists));
            }
        }
        return out;
    }

    /** A new entry permits and changes nothing: {@code route-map NAME permit N} alone. */
    private static RouteMap.Entry entry(int seq) {
        return new RouteMap.Entry(seq, Action.PERMIT, null, null, null);
    }

    private static FieldSpec entries(String key, String name) {
        String title = "Route map " + name;
        return FieldSpec.table(title, title, "Entries in sequence order: the first whose matches hold applies its sets and decides",
                ListTable.<RouteMap.Entry>of("entry", t -> map(t, key, name).entries(),
                        (t, list) -> withMap(t, key, new RouteMap(name, list)),
                        (t, list) -> entry(ListTable.nextSeq(list.stream().map(RouteMap.Entry::seq).toList())))
                        .text("Seq", "1..65535: the order of evaluation", RouteMap.Entry::seq,
                                (t, e, s) -> e.withSeq(Parse.integer(Parse.required(s, "a sequence number"), 1, 65535, "sequence number")))
                        .choice("Action", FilterFields.ACTIONS, null, e -> e.action().keyword(),
                                (t, e, s) -> e.withAction(Fields.enumValue(Action.class, s)))
                        .text("Description", "description TEXT", RouteMap.Entry::description,
                                (t, e, s) -> e.withDescription(Parse.freeText(s)))
                        .sequenced(RouteMap.Entry::seq, RouteMap.Entry::withSeq));
    }

    private static List<FieldSpec> clauses(String key, String map, int seq, List<String> prefixLists, List<String> communityLists) {
        String section = "Route map " + map + ", entry " + seq;
        Clause c = new Clause(key, map, seq, section);
        return List.of(
                c.choice("Match prefix-list", prefixLists, e -> e.match().prefixList(),
                        (e, v) -> e.withMatch(e.match().withPrefixList(v)), "match ip address prefix-list NAME"),
                c.choice("Match community", communityLists, e -> e.match().community(),
                        (e, v) -> e.withMatch(e.match().withCommunity(v)), "match community NAME"),
                c.set("AS-path prepend", s -> s.asPathPrepend(), RouteMap.Set::withAsPathPrepend, Parse::asns,
                        "set as-path prepend ASN…: AS numbers separated by spaces, e.g. 64859 64859"),
                c.set("Metric", RouteMap.Set::med, RouteMap.Set::withMed, s -> Parse.longValue(s, 0, U32, "metric"),
                        "set metric N (MED)"),
                c.set("Local preference", RouteMap.Set::localPreference, RouteMap.Set::withLocalPreference,
                        s -> Parse.longValue(s, 0, U32, "local preference"), "set local-preference N"),
                c.set("Communities", RouteMap.Set::communities, RouteMap.Set::withCommunities,
                        s -> Parse.list(s).stream().map(v -> Parse.optional(v, Grammar.WORD)).toList(),
                        "set community AA:NN …, separated by spaces"),
                FieldSpec.check(section, "Additive", "set community … additive: add to the route's communities, not replace them",
                        t -> Boolean.toString(c.entry(t).set().communityAdditive()),
                        (t, s) -> c.update(t, e -> e.withSet(e.set().withCommunityAdditive(Boolean.parseBoolean(s))))),
                c.set("Weight", RouteMap.Set::weight, RouteMap.Set::withWeight, s -> Parse.longValue(s, 0, U32, "weight"),
                        "set weight N"),
                FieldSpec.choice(section, "Origin", Fields.concat("", List.of("igp", "egp", "incomplete")), "set origin",
                        t -> c.entry(t).set().origin() == null ? "" : c.entry(t).set().origin().keyword(),
                        (t, s) -> c.update(t, e -> e.withSet(e.set().withOrigin(origin(s))))));
    }

    private static RouteOrigin origin(String s) {
        return Parse.optional(s) == null ? null : Fields.enumValue(RouteOrigin.class, s);
    }

    /** The fields of one entry, found by its map's name and its sequence number. */
    private record Clause(String key, String mapName, int seq, String section) {
        RouteMap.Entry entry(Topology t) {
            RouteMap.Entry e = map(t, key, mapName).entry(seq);
            if (e == null) {
                throw new IllegalArgumentException("route-map '" + mapName + "' has no entry " + seq + " any more");
            }
            return e;
        }

        Topology update(Topology t, UnaryOperator<RouteMap.Entry> change) {
            RouteMap m = map(t, key, mapName);
            return withMap(t, key, new RouteMap(mapName, m.entries().stream().map(e -> e.seq() == seq ? change.apply(e) : e).toList()));
        }

        FieldSpec choice(String label, List<String> choices, Function<RouteMap.Entry, String> get,
                BiFunction<RouteMap.Entry, String, RouteMap.Entry> with, String help) {
            return FieldSpec.choice(section, label, choices, help, t -> Parse.text(get.apply(entry(t))),
                    (t, s) -> update(t, e -> with.apply(e, Parse.optional(s))));
        }

        <V> FieldSpec set(String label, Function<RouteMap.Set, V> get, BiFunction<RouteMap.Set, V, RouteMap.Set> with,
                Function<String, V> parse, String help) {
            return FieldSpec.text(section, label, help, t -> Fields.format(get.apply(entry(t).set())), (t, s) -> {
                V value = parse.apply(s);
                return update(t, e -> e.withSet(with.apply(e.set(), value)));
            });
        }
    }

    private static RouteMap map(Topology t, String key, String name) {
        return RouterNamed.ROUTE_MAPS.find(t, key, name);
    }

    private static Topology withMap(Topology t, String key, RouteMap map) {
        return RouterNamed.ROUTE_MAPS.update(t, key, map.name(), old -> map);
    }
}
