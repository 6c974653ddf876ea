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

        public Entry withSeq(int value) {
            return new Entry(value, action, description, match, set);
        }

        public Entry withAction(Action value) {
            return new Entry(seq, value, description, match, set);
        }

        public Entry withDescription(String value) {
            return new Entry(seq, action, value, match, set);
        }

        public Entry withMatch(Match value) {
            return new Entry(seq, action, description, value, set);
        }

        public Entry withSet(Set value) {
            return new Entry(seq, action, description, match, value);
        }
    }

    /** {@code match ip address prefix-list NAME} and {@code match community NAME}; null means no clause. */
    public record Match(String prefixList, String community) {
        public static final Match NONE = new Match(null, null);

        public boolean isEmpty() {
            return prefixList == null && community == null;
        }

        public Match withPrefixList(String value) {
            return new Match(value, community);
        }

        public Match withCommunity(String value) {
            return new Match(prefixList, value);
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

        public Set withAsPathPrepend(List<Long> value) {
            return new Set(value, med, localPreference, communities, communityAdditive, weight, origin);
        }

        public Set withMed(Long value) {
            return new Set(asPathPrepend, value, localPreference, communities, communityAdditive, weight, origin);
        }

        public Set withLocalPreference(Long value) {
            return new Set(asPathPrepend, med, value, communities, communityAdditive, weight, origin);
        }

        public Set withCommunities(List<String> value) {
            return new Set(asPathPrepend, med, localPreference, value, communityAdditive, weight, origin);
        }

        public Set withCommunityAdditive(boolean value) {
            return new Set(asPathPrepend, med, localPreference, communities, value, weight, origin);
        }

        public Set withWeight(Long value) {
            return new Set(asPathPrepend, med, localPreference, communities, communityAdditive, value, origin);
        }

        public Set withOrigin(RouteOrigin value) {
            return new Set(asPathPrepend, med, localPreference, communities, communityAdditive, weight, value);
        }
    }
}
