package io.peerplan.model;

import java.util.List;

/**
 * A {@code route-map}: entries in {@code seq} order; the first entry whose match clauses all hold
 * applies its sets and decides permit/deny; no match means deny (FRR lib/routemap.c).
 */
public record RouteMap(String name, List<Entry> entries) {

    public RouteMap {
        entries = Lists.copy(entries);
    }

    /** The entry with this sequence number, or null. */
    public Entry entry(int seq) {
        return entries.stream().filter(e -> e.seq() == seq).findFirst().orElse(null);
    }

    public record Entry(int seq, Action action, String description, Match match, Set set) {
        public Entry {
            match = match == null ? Match.NONE : match;
            set = set == null ? Set.NONE : set;
        }
    }

    /** {@code match ip address prefix-list NAME} and {@code match community NAME}; null means no clause. */
    public record Match(String prefixList, String community) {
        public static final Match NONE = new Match(null, null);

        public boolean isEmpty() {
            return prefixList == null && community == null;
        }
    }

    /**
     * {@code set as-path prepend ASN...}, {@code set metric}, {@code set local-preference},
     * {@code set community ... [additive]}, {@code set weight} and {@code set origin}; null or empty
     * means no clause.
     */
    public record Set(List<Long> asPathPrepend, Long med, Long localPreference, List<String> communities,
            boolean communityAdditive, Long weight, RouteOrigin origin) {
        public static final Set NONE = new Set(null, null, null, null, false, null, null);


        public Set {
            asPathPrepend = Lists.copy(asPathPrepend);
            communities = Lists.copy(communities);
        }

        public boolean isEmpty() {
            return asPathPrepend.isEmpty() && med == null && localPreference == null && communities.isEmpty()
                    && weight == null && origin == null;
        }
    }
}
