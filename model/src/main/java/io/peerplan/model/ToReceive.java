package io.peerplan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * frr-k8s's {@code toReceive} of a neighbor (frrk8s.metallb.io/v1beta1 {@code Receive}): which
 * routes the node's FRR accepts from this peer. Without it frr-k8s denies every route inbound, as
 * MetalLB does; {@code mode: all} accepts all of them, {@code filtered} the ones a selector matches
 * (frr-k8s internal/controller/api_to_config.go toReceiveToFRR renders each selector as a permit
 * entry of the neighbor's inbound prefix-list). Only a cluster whose speaker is frr-k8s reads it.
 *
 * @param mode     {@value #ALL} or {@value #FILTERED} (frr-k8s' default)
 * @param prefixes the selectors of {@code filtered}
 */
public record ToReceive(String mode, List<Selector> prefixes) {
    public static final String ALL = "all";
    public static final String FILTERED = "filtered";

    public ToReceive {
        prefixes = Lists.copy(prefixes);
    }

    /**
     * frr-k8s's {@code PrefixSelector}: a prefix, with the lengths it accepts ({@code le}, {@code ge};
     * 0 or unset means none, and then only the prefix itself matches).
     */
    public record Selector(String prefix, Integer le, Integer ge) {
    }

    public boolean acceptsAll() {
        return ALL.equals(mode);
    }

    /** Whether any route gets through: mode all, or at least one selector. */
    public boolean acceptsAny() {
        return acceptsAll() || !prefixes.isEmpty();
    }

    /**
     * The neighbor's inbound prefix-list as frr-k8s renders it: a permit per selector, in order, an
     * implicit deny after them ({@code any} for mode all). A selector whose prefix does not parse
     * is left out (the validator reports it).
     */
    public PrefixList asPrefixList(String name) {
        List<PrefixList.Entry> entries = new ArrayList<>();
        if (acceptsAll()) {
            entries.add(new PrefixList.Entry(5, Action.PERMIT, IpPrefix.ANY, null, null));
            return new PrefixList(name, entries);
        }
        int seq = 5;
        for (Selector s : prefixes) {
            IpPrefix p = parse(s.prefix());
            if (p != null) {
                entries.add(new PrefixList.Entry(seq, Action.PERMIT, p, positive(s.ge()), positive(s.le())));
                seq += 5;
            }
        }
        return new PrefixList(name, entries);
    }

    private static Integer positive(Integer v) {
        return v == null || v == 0 ? null : v;
    }

    private static IpPrefix parse(String text) {
        try {
            return text == null || text.trim().equals("any") ? null : IpPrefix.parse(text); // frr-k8s wants a CIDR
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
