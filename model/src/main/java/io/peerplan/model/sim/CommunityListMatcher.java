package io.peerplan.model.sim;

import io.peerplan.model.Action;
import io.peerplan.model.CommunityList;
import java.util.Comparator;
import java.util.List;

/**
 * A compiled standard {@code bgp community-list}: an entry matches when the route carries every
 * community it names; first match decides; no match denies (FRR bgpd/bgp_clist.c).
 */
final class CommunityListMatcher {
    private final List<List<String>> values;
    private final boolean[] permit;

    CommunityListMatcher(CommunityList list) {
        List<CommunityList.Entry> entries = list.entries().stream()
                .sorted(Comparator.comparingInt(CommunityList.Entry::seq)).toList();
        values = entries.stream().map(e -> Communities.of(List.of(e.community() == null ? "" : e.community()))).toList();
        permit = new boolean[entries.size()];
        for (int i = 0; i < permit.length; i++) {
            permit[i] = entries.get(i).action() == Action.PERMIT;
        }
    }

    boolean permits(List<String> communities) {
        for (int i = 0; i < permit.length; i++) {
            if (!values.get(i).isEmpty() && communities.containsAll(values.get(i))) {
                return permit[i];
            }
        }
        return false;
    }
}
