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
    }
}
