package io.peerplan.model;

import java.util.List;

/** A standard {@code bgp community-list}, used by route-map {@code match community}. */
public record CommunityList(String name, List<Entry> entries) {

    public CommunityList {
        entries = Lists.copy(entries);
    }

    /** {@code seq N permit|deny COMMUNITY}: matches when a route carries the community (A:B or well-known name). */
    public record Entry(int seq, Action action, String community) {
    }
}
