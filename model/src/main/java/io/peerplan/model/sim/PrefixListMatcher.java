package io.peerplan.model.sim;

import io.peerplan.model.Action;
import io.peerplan.model.PrefixList;
import java.util.Comparator;
import java.util.List;

/**
 * A compiled {@code ip prefix-list}: entries in seq order, first match decides, implicit deny.
 * An entry matches a route whose prefix lies inside its prefix with a length in [ge, le]; without
 * ge/le the length must be equal, {@code ge} alone means up to /32 and {@code le} alone means from
 * the entry's own length (FRR lib/plist.c, prefix_list_entry_match). {@code any} is 0.0.0.0/0 le 32.
 */
final class PrefixListMatcher {
    private final String name;
    private final int[] net;
    private final int[] len;
    private final int[] lo;
    private final int[] hi;
    private final boolean[] permit;

    PrefixListMatcher(PrefixList list) {
        this.name = list.name();
        List<PrefixList.Entry> entries = list.entries().stream()
                .filter(e -> e.prefix() != null && e.prefix().isIpv4())
                .sorted(Comparator.comparingInt(PrefixList.Entry::seq)).toList();
        int n = entries.size();
        net = new int[n];
        len = new int[n];
        lo = new int[n];
        hi = new int[n];
        permit = new boolean[n];
        for (int i = 0; i < n; i++) {
            PrefixList.Entry e = entries.get(i);
            permit[i] = e.action() == Action.PERMIT;
            if (e.prefix().any()) {
                net[i] = 0;
                len[i] = 0;
                lo[i] = 0;
                hi[i] = 32;
                continue;
            }
            net[i] = V4.of(e.prefix().ip());
            len[i] = e.prefix().length();
            lo[i] = e.ge() != null ? e.ge() : len[i];
            hi[i] = e.le() != null ? e.le() : (e.ge() != null ? 32 : len[i]);
        }
    }

    String name() {
        return name;
    }

    /** True when the list permits the prefix. */
    boolean permits(long prefixKey) {
        int addr = V4.keyAddress(prefixKey);
        int plen = V4.keyLength(prefixKey);
        for (int i = 0; i < net.length; i++) {
            if (plen >= len[i] && V4.contains(net[i], len[i], addr) && plen >= lo[i] && plen <= hi[i]) {
                return permit[i];
            }
        }
        return false;
    }
}
