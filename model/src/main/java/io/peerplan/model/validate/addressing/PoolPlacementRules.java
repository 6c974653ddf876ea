package io.peerplan.model.validate.addressing;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Cluster;
import io.peerplan.model.Network;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.session.AddressBook;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.session.Ips;
import io.peerplan.model.validate.core.PoolView;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Where a MetalLB pool sits relative to the hosts and networks of the design. */
public final class PoolPlacementRules {
    public static final RuleInfo CONTAINS_HOST = RuleInfo.warning("ADDR-POOL-CONTAINS-HOST", RuleFamily.ADDRESSING,
            "A pool contains the address of a node or router interface, which MetalLB could hand to a service",
            "reference.md §1: MetalLB made pool/node-IP overlap an error and reverted it, so Peerplan warns");
    public static final RuleInfo OVERLAPS_NETWORK = RuleInfo.warning("ADDR-POOL-OVERLAPS-NETWORK", RuleFamily.ADDRESSING,
            "A pool lies inside a LAN or link network: hosts there treat service IPs as on-link and ARP for them, which BGP mode does not answer",
            "RFC 826 / RFC 1122 §3.3.1 (on-link destinations are resolved by ARP); MetalLB BGP mode announces routes, not ARP");

    private PoolPlacementRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(CONTAINS_HOST, PoolPlacementRules::containsHost), Rule.of(OVERLAPS_NETWORK, PoolPlacementRules::overlapsNetwork));
    }

    static void containsHost(Context ctx, Sink sink) {
        List<Map.Entry<IPAddress, AddressBook.Holder>> hosts = AddressRules.sortedHolders(ctx);
        List<IPAddress> keys = hosts.stream().map(Map.Entry::getKey).toList();
        for (Cluster c : ctx.topology().clusters()) {
            for (PoolView p : ctx.view(c).pools()) {
                for (IPAddress cidr : p.cidrs()) {
                    int i = Collections.binarySearch(keys, cidr.getLower().withoutPrefixLength());
                    for (int k = i >= 0 ? i : -i - 1; k < keys.size() && keys.get(k).compareTo(cidr.getUpper().withoutPrefixLength()) <= 0; k++) {
                        if (!cidr.contains(keys.get(k))) {
                            continue;
                        }
                        AddressBook.Holder h = hosts.get(k).getValue();
                        sink.report("pool " + p.name() + " of cluster " + c.displayName() + " (" + Ips.cidrText(cidr) + ") contains "
                                        + keys.get(k) + ", the address of " + h.what() + ": MetalLB may assign it to a service",
                                List.of(c.id(), h.element()), "move the pool out of the host addresses, or exclude that address with a range");
                    }
                }
            }
        }
    }

    static void overlapsNetwork(Context ctx, Sink sink) {
        List<Network> lans = new ArrayList<>();
        for (Network n : ctx.topology().networks()) {
            if (n.cidr() != null && n.kind() != Network.Kind.OTHER) {
                lans.add(n);
            }
        }
        for (Cluster c : ctx.topology().clusters()) {
            for (PoolView p : ctx.view(c).pools()) {
                for (IPAddress cidr : p.cidrs()) {
                    for (Network n : lans) {
                        if (Ips.overlaps(cidr, n.cidr().address().toPrefixBlock())) {
                            sink.report("pool " + p.name() + " of cluster " + c.displayName() + " (" + Ips.cidrText(cidr) + ") overlaps network "
                                            + AddressRules.label(n) + " (" + n.cidr() + "): hosts on " + AddressRules.label(n)
                                            + " treat these service IPs as on-link and ARP for them, but MetalLB in BGP mode does not answer ARP, "
                                            + "so they cannot reach the services",
                                    List.of(c.id(), n.id()), "take the pool from a range outside " + n.cidr() + " that the router routes to the speakers");
                        }
                    }
                }
            }
        }
    }
}
