package io.peerplan.model;

import java.util.List;

/** An {@code ip prefix-list}: entries are evaluated in {@code seq} order, implicit deny at the end. */
public record PrefixList(String name, List<Entry> entries) {

    public PrefixList {
        entries = Lists.copy(entries);
    }

    /**
     * {@code seq N permit|deny PREFIX [ge G] [le L]}. A route matches when it lies inside
     * {@code prefix} and its length is within [ge or prefix length, le or ge or prefix length];
     * {@code any} matches every IPv4 prefix (FRR lib/plist.c).
     */
    public record Entry(int seq, Action action, IpPrefix prefix, Integer ge, Integer le) {

        /**
         * Why FRR refuses this entry's length range, or empty when it accepts it (lib/plist.c
         * vty_prefix_list_install: ge and le lie within the family's lengths, {@code any} takes
         * neither, and len < ge <= le, len <= le), in FRR's own words.
         */
        public java.util.Optional<String> rangeProblem() {
            if (prefix == null || ge == null && le == null) {
                return java.util.Optional.empty();
            }
            if (prefix.any()) {
                return java.util.Optional.of("'any' takes no ge or le (it already means 0.0.0.0/0 le 32)");
            }
            int max = prefix.isIpv4() ? 32 : 128;
            for (Integer v : new Integer[] {ge, le}) {
                if (v != null && (v < 0 || v > max)) {
                    return java.util.Optional.of("ge and le are prefix lengths, 0.." + max + ", not " + v);
                }
            }
            int len = prefix.length();
            boolean bad = ge != null && ge <= len || le != null && le < len || ge != null && le != null && ge > le;
            return bad ? java.util.Optional.of("Invalid prefix range for " + prefix.network()
                    + ", make sure: len < ge-value <= le-value") : java.util.Optional.empty();
        }
    }
}
