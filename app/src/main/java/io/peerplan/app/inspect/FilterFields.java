package io.peerplan.app.inspect;

import io.peerplan.model.Action;
import io.peerplan.model.CommunityList;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.Grammar;
import java.util.ArrayList;
import java.util.List;

/**
 * A router's filters: prefix-lists and community-lists. Each kind is a table of names
 * ({@link NamedTable}), then one table of entries per list, in sequence order (FRR evaluates them
 * so; moving an entry trades sequence numbers, {@link ListTable#sequenced}).
 */
final class FilterFields {
    static final List<String> ACTIONS = List.of("permit", "deny");

    private FilterFields() {
    }

    static List<FieldSpec> prefixLists(Topology t, String key) {
        List<FieldSpec> out = new ArrayList<>();
        // A new list, and a new entry, deny everything: what FRR's implicit last entry does anyway,
        // so adding one changes no routing until the user says what it permits.
        out.add(FieldSpec.table("Prefix lists", "Prefix lists", "ip prefix-list NAME: filters by prefix and length",
                new NamedTable<>(key, RouterNamed.PREFIX_LISTS,
                        name -> new PrefixList(name, List.of(denyAny(5))))));
        for (PrefixList p : Fields.<Router>typed(t, key).prefixLists()) {
            out.add(prefixEntries(key, p.name()));
        }
        return out;
    }

    private static PrefixList.Entry denyAny(int seq) {
        return new PrefixList.Entry(seq, Action.DENY, IpPrefix.ANY, null, null);
    }

    /** {@code ip prefix-list NAME seq N permit|deny PREFIX [ge G] [le L]} (FRR lib/plist.c). */
    private static FieldSpec prefixEntries(String key, String name) {
        String title = "Prefix list " + name;
        return FieldSpec.table(title, title, "Entries in sequence order; the first that matches decides, the rest deny",
                ListTable.<PrefixList.Entry>of("entry", t -> prefixList(t, key, name).entries(),
                        (t, list) -> withPrefixList(t, key, new PrefixList(name, list)),
                        (t, list) -> denyAny(ListTable.nextSeq(list.stream().map(PrefixList.Entry::seq).toList())))
                        .text("Seq", "Sequence number, 1 or more: the order of evaluation", PrefixList.Entry::seq,
                                (t, e, s) -> new PrefixList.Entry(seq(s), e.action(), e.prefix(), e.ge(), e.le()))
                        .choice("Action", ACTIONS, null, e -> e.action().keyword(),
                                (t, e, s) -> new PrefixList.Entry(e.seq(), Fields.enumValue(Action.class, s), e.prefix(), e.ge(), e.le()))
                        .text("Prefix", "A.B.C.D/M, or any", PrefixList.Entry::prefix, (t, e, s) -> ranged(new PrefixList.Entry(
                                e.seq(), e.action(), RouterTables.requiredPrefix(s, "a prefix, e.g. 203.0.113.64/29, or any"), e.ge(), e.le())))
                        .text("ge", "Shortest length matched (more than the prefix's)", PrefixList.Entry::ge,
                                (t, e, s) -> ranged(new PrefixList.Entry(e.seq(), e.action(), e.prefix(), length(s, "ge"), e.le())))
                        .text("le", "Longest length matched", PrefixList.Entry::le,
                                (t, e, s) -> ranged(new PrefixList.Entry(e.seq(), e.action(), e.prefix(), e.ge(), length(s, "le"))))
                        .sequenced(PrefixList.Entry::seq, (e, n) -> new PrefixList.Entry(n, e.action(), e.prefix(), e.ge(), e.le())));
    }

    private static PrefixList.Entry ranged(PrefixList.Entry e) {
        e.rangeProblem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return e;
    }

    private static Integer length(String s, String what) {
        return Parse.integer(s, 0, 128, what);
    }

    static int seq(String s) {
        return Parse.integer(Parse.required(s, "a sequence number"), 1, Integer.MAX_VALUE, "sequence number");
    }

    static List<FieldSpec> communityLists(Topology t, String key) {
        List<FieldSpec> out = new ArrayList<>();
        out.add(FieldSpec.table("Community lists", "Community lists",
                "bgp community-list standard NAME: matched by route-map 'match community'",
                new NamedTable<>(key, RouterNamed.COMMUNITY_LISTS,
                        name -> new CommunityList(name, List.of(new CommunityList.Entry(5, Action.PERMIT, "no-export"))))));
        for (CommunityList c : Fields.<Router>typed(t, key).communityLists()) {
            String name = c.name();
            String title = "Community list " + name;
            out.add(FieldSpec.table(title, title, "bgp community-list standard NAME seq N permit|deny COMMUNITY",
                    ListTable.<CommunityList.Entry>of("entry", tt -> communityList(tt, key, name).entries(),
                            (tt, list) -> withCommunityList(tt, key, new CommunityList(name, list)),
                            (tt, list) -> new CommunityList.Entry(ListTable.nextSeq(list.stream().map(CommunityList.Entry::seq)
                                    .toList()), Action.PERMIT, "no-export"))
                            .text("Seq", "Sequence number: the order of evaluation", CommunityList.Entry::seq,
                                    (tt, e, s) -> new CommunityList.Entry(seq(s), e.action(), e.community()))
                            .choice("Action", ACTIONS, null, e -> e.action().keyword(),
                                    (tt, e, s) -> new CommunityList.Entry(e.seq(), Fields.enumValue(Action.class, s), e.community()))
                            .text("Community", "AA:NN, or a well-known name such as no-export", CommunityList.Entry::community,
                                    (tt, e, s) -> new CommunityList.Entry(e.seq(), e.action(),
                                            Parse.optional(Parse.required(s, "a community"), Grammar.WORD)))
                            .sequenced(CommunityList.Entry::seq, (e, n) -> new CommunityList.Entry(n, e.action(), e.community()))));
        }
        return out;
    }

    private static PrefixList prefixList(Topology t, String key, String name) {
        return RouterNamed.PREFIX_LISTS.find(t, key, name);
    }

    private static Topology withPrefixList(Topology t, String key, PrefixList list) {
        return RouterNamed.PREFIX_LISTS.update(t, key, list.name(), old -> list);
    }

    private static CommunityList communityList(Topology t, String key, String name) {
        return RouterNamed.COMMUNITY_LISTS.find(t, key, name);
    }

    private static Topology withCommunityList(Topology t, String key, CommunityList list) {
        return RouterNamed.COMMUNITY_LISTS.update(t, key, list.name(), old -> list);
    }
}
