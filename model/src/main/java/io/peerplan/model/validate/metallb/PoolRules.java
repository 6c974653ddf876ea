package io.peerplan.model.validate.metallb;

import static io.peerplan.model.validate.metallb.Where.q;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Cluster;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.ClusterView;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.session.Ips;
import io.peerplan.model.validate.core.PoolView;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** IPAddressPool rules of MetalLB's {@code internal/config/config.go} ({@code poolsFor}, {@code addressPoolFromCR}). */
public final class PoolRules {
    private static final String CONFIG_GO = "MetalLB internal/config/config.go";

    public static final RuleInfo NO_ADDRESSES = RuleInfo.error("METALLB-POOL-NO-ADDRESSES", RuleFamily.METALLB,
            "An IPAddressPool has no addresses", CONFIG_GO + " addressPoolFromCR: \"pool has no prefixes defined\"");
    public static final RuleInfo INVALID_ADDRESS = RuleInfo.error("METALLB-POOL-INVALID-ADDRESS", RuleFamily.METALLB,
            "A pool entry is neither a CIDR nor a start-end range", CONFIG_GO + " ParseCIDR");
    public static final RuleInfo RANGE_REVERSED = RuleInfo.error("METALLB-POOL-RANGE-REVERSED", RuleFamily.METALLB,
            "A pool range starts after it ends", CONFIG_GO + " ParseCIDR: \"start IP ... is after the end IP\"");
    public static final RuleInfo OVERLAP = RuleInfo.error("METALLB-POOL-OVERLAP", RuleFamily.METALLB,
            "Two pool CIDRs overlap (containment counts)", CONFIG_GO + " poolsFor / cidrsOverlap");
    public static final RuleInfo DUPLICATE_NAME = RuleInfo.error("METALLB-POOL-DUPLICATE-NAME", RuleFamily.METALLB,
            "Two pools have the same name", CONFIG_GO + " poolsFor: \"duplicate definition of pool\"");
    public static final RuleInfo NOT_ADVERTISED = RuleInfo.warning("METALLB-POOL-NOT-ADVERTISED", RuleFamily.METALLB,
            "A pool is covered by no BGPAdvertisement, so its IPs are never announced over BGP",
            CONFIG_GO + " setBGPAdvertisementsToPools; legacy ConfigMap pools with protocol bgp get a default advertisement");

    private PoolRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(NO_ADDRESSES, PoolRules::noAddresses), Rule.of(INVALID_ADDRESS, PoolRules::invalidAddress),
                Rule.of(RANGE_REVERSED, PoolRules::rangeReversed), Rule.of(OVERLAP, PoolRules::overlap),
                Rule.of(DUPLICATE_NAME, PoolRules::duplicateName), Rule.of(NOT_ADVERTISED, PoolRules::notAdvertised));
    }

    static void noAddresses(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            for (PoolView p : ctx.view(c).pools()) {
                if (p.pool().addresses().isEmpty()) {
                    sink.report(Where.of(c, "IPAddressPool", p.name()) + ": parsing address pool " + p.name()
                            + ": pool has no prefixes defined", Where.ids(c), "list at least one CIDR or start-end range under addresses");
                }
            }
        }
    }

    static void invalidAddress(Context ctx, Sink sink) {
        entryErrors(ctx, sink, false);
    }

    static void rangeReversed(Context ctx, Sink sink) {
        entryErrors(ctx, sink, true);
    }

    private static void entryErrors(Context ctx, Sink sink, boolean reversed) {
        for (Cluster c : ctx.topology().clusters()) {
            for (PoolView p : ctx.view(c).pools()) {
                for (PoolView.Entry e : p.entries()) {
                    if (!e.valid() && e.reversedRange() == reversed) {
                        // MetalLB wraps ParseCIDR's error: "invalid CIDR %q in pool %q: %s"; the wrapped text says what is wrong.
                        String detail = e.error().startsWith("invalid CIDR " + q(e.text()) + ": ")
                                ? e.error().substring(("invalid CIDR " + q(e.text()) + ": ").length()) : e.error();
                        sink.report(Where.of(c, "IPAddressPool", p.name()) + ": invalid CIDR " + q(e.text()) + " in pool "
                                        + q(p.name()) + ": " + detail, Where.ids(c),
                                reversed ? "write the lower address first: START-END" : "write a CIDR such as 203.0.113.64/29 or a range such as 192.168.0.30-192.168.0.49");
                    }
                }
            }
        }
    }

    /** Every CIDR against every CIDR defined before it, in this pool or an earlier one (MetalLB's order). */
    static void overlap(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            List<IPAddress> all = new ArrayList<>();
            List<String> owners = new ArrayList<>();
            Set<String> names = new HashSet<>();
            for (PoolView p : ctx.view(c).pools()) {
                if (!names.add(p.name()) || p.entries().stream().anyMatch(e -> !e.valid())) {
                    continue;
                }
                for (IPAddress cidr : p.cidrs()) {
                    for (int i = 0; i < all.size(); i++) {
                        if (Ips.overlaps(cidr, all.get(i))) {
                            String other = owners.get(i).equals(p.name()) ? "" : " (pool " + owners.get(i) + ")";
                            sink.report(Where.of(c, "IPAddressPool", p.name()) + ": CIDR " + q(Ips.cidrText(cidr)) + " in pool "
                                            + q(p.name()) + " overlaps with already defined CIDR " + q(Ips.cidrText(all.get(i))) + other,
                                    Where.ids(c), "make the pools' addresses disjoint");
                            break;
                        }
                    }
                    all.add(cidr);
                    owners.add(p.name());
                }
            }
        }
    }

    static void duplicateName(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            Set<String> seen = new HashSet<>();
            for (PoolView p : ctx.view(c).pools()) {
                if (p.name() != null && !seen.add(p.name())) {
                    sink.report(Where.of(c, "IPAddressPool", p.name()) + ": duplicate definition of pool " + q(p.name()),
                            Where.ids(c), "rename one of the pools");
                }
            }
        }
    }

    static void notAdvertised(Context ctx, Sink sink) {
        for (Cluster c : ctx.topology().clusters()) {
            ClusterView v = ctx.view(c);
            for (PoolView p : v.pools()) {
                if (v.isLegacy() && !"bgp".equals(p.pool().protocol())) {
                    continue;
                }
                boolean covered = v.advertisements().stream().anyMatch(a -> a.pools().contains(p.name()));
                if (!covered) {
                    sink.report(Where.of(c, "IPAddressPool", p.name()) + " is covered by no BGPAdvertisement: MetalLB assigns its IPs "
                                    + "but never announces them over BGP",
                            Where.ids(c), "add a BGPAdvertisement with ipAddressPools: [" + p.name() + "]");
                }
            }
        }
    }
}
