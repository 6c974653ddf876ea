package io.peerplan.app.inspect;

import io.peerplan.app.design.Elements;
import io.peerplan.app.design.MetalLbList;
import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.L2Advertisement;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.Grammar;
import java.util.List;

/**
 * A MetalLB L2Advertisement (metallb.io/v1beta1): which pools are answered for over ARP/NDP, from
 * which nodes and interfaces. Peerplan simulates BGP only; these are edited so that a cluster
 * imported with them, or one that also serves a LAN, exports whole. Every write is checked with
 * MetalLB's rules for the object ({@link MetalLbCheck}: config.go l2AdvertisementFromCR).
 */
final class L2AdvertisementFields {
    private static final String KIND = MetalLbList.L2_ADVERTISEMENTS.crdKind();

    private L2AdvertisementFields() {
    }

    static List<FieldSpec> of(Topology topology, String key) {
        Cluster cluster = Elements.owningCluster(topology, key).orElseThrow();
        return List.of(
                MetalLbObjectFields.name(key, MetalLbList.L2_ADVERTISEMENTS),
                MetalLbCheck.checked(key, KIND, NameList.of(key, "Announced", "IP address pools", "pool",
                        "spec.ipAddressPools: none and no selector means every pool",
                        cluster.metallb().pools().stream().map(AddressPool::name).toList(), L2Advertisement::ipAddressPools,
                        L2Advertisement::withIpAddressPools)),
                MetalLbCheck.checked(key, KIND, SelectorTable.of(key, "Announced", "Pool selectors",
                        "spec.ipAddressPoolSelectors: pools by their labels", L2Advertisement::ipAddressPoolSelectors,
                        L2Advertisement::withIpAddressPoolSelectors)),
                MetalLbCheck.checked(key, KIND, SelectorTable.of(key, "Node selectors", "Node selectors",
                        "spec.nodeSelectors: the nodes that answer (none: all)", L2Advertisement::nodeSelectors,
                        L2Advertisement::withNodeSelectors)),
                interfaces(key));
    }

    /** {@code spec.interfaces}: node interface names, one a row; none means every interface. */
    private static FieldSpec interfaces(String key) {
        return FieldSpec.table("Interfaces", "Interfaces", "spec.interfaces: the node interfaces to answer on (none: all)",
                ListTable.<String>of("interface", t -> Fields.<L2Advertisement>typed(t, key).interfaces(),
                        (t, list) -> Elements.replace(t, key, Fields.<L2Advertisement>typed(t, key).withInterfaces(list)),
                        (t, present) -> freeName(present))
                        .text("Interface", "As the nodes name it: eth0, ens3, bond0", v -> v,
                                (t, v, s) -> Parse.optional(Parse.required(s, "an interface name"), Grammar.WORD))
                        .unique("interface", v -> v));
    }

    private static String freeName(List<String> present) {
        int n = 0;
        while (present.contains("eth" + n)) {
            n++;
        }
        return "eth" + n;
    }
}
