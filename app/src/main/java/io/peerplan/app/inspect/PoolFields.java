package io.peerplan.app.inspect;

import inet.ipaddr.IPAddress;
import io.peerplan.app.design.Elements;
import io.peerplan.app.design.Refs;
import io.peerplan.app.design.Renaming;
import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Topology;
import java.util.List;

/** A MetalLB address pool: its name, addresses, assignment switches and the legacy ConfigMap's protocol. */
final class PoolFields {
    /** The legacy ConfigMap's address-pools[].protocol values; empty: none (the CRDs have no such field). */
    static final List<String> PROTOCOLS = List.of("", "bgp", "layer2");

    private PoolFields() {
    }

    static List<FieldSpec> of(String key) {
        String cluster = Refs.cluster(key);
        return List.of(
                FieldSpec.text("Address pool", "Name", "IPAddressPool name", t -> ((AddressPool) Fields.element(t, key)).name(),
                        (t, s) -> {
                            String name = Parse.required(s, "a pool name");
                            String old = ((AddressPool) Fields.element(t, key)).name();
                            Cluster c = Elements.owningCluster(t, key).orElseThrow();
                            if (!name.equals(old) && c.metallb().pool(name).isPresent()) {
                                throw new IllegalArgumentException("cluster '" + cluster + "' already has a pool named '" + name + "'");
                            }
                            return Renaming.renamePool(t, cluster, old, name);
                        }).rekeyedBy((k, s) -> Refs.pool(cluster, s.trim())),
                addresses(key),
                Fields.tri(key, "Address pool", "Auto-assign", AddressPool::autoAssign, AddressPool::withAutoAssign,
                        "MetalLB default: yes"),
                Fields.tri(key, "Address pool", "Avoid buggy IPs", AddressPool::avoidBuggyIPs,
                        AddressPool::withAvoidBuggyIPs, "Skip .0 and .255"),
                FieldSpec.choice("Address pool", "Protocol", PROTOCOLS,
                        "Legacy ConfigMap only: bgp or layer2 (MetalLB announces a pool without one over neither; with CRDs "
                                + "the advertisements decide)",
                        t -> Parse.text(Fields.<AddressPool>typed(t, key).protocol()),
                        (t, s) -> Elements.replace(t, key, Fields.<AddressPool>typed(t, key).withProtocol(protocol(s)))));
    }

    /**
     * A pool's addresses, one CIDR or start-end range a row, checked as MetalLB checks them
     * ({@link MetalLbCheck}: the IPAddressPool rules' messages). A new row is the next /32 after the
     * last address, so it is valid as added.
     */
    private static FieldSpec addresses(String key) {
        return MetalLbCheck.checked(key, "IPAddressPool", FieldSpec.table("Address pool", "Addresses",
                "spec.addresses: CIDRs or start-end ranges, e.g. 203.0.113.64/29",
                ListTable.<String>of("address", t -> Fields.<AddressPool>typed(t, key).addresses(),
                        (t, list) -> Elements.replace(t, key, Fields.<AddressPool>typed(t, key).withAddresses(list)),
                        (t, list) -> nextAddress(list))
                        .text("Address", "A CIDR (203.0.113.64/29) or a range (203.0.113.70-203.0.113.75)", a -> a,
                                (t, a, s) -> Parse.required(s, "an address"))
                        .unique("address", a -> a)));
    }

    /** The /32 after the highest address the rows name, or a documentation address (RFC 5737) for an empty pool. */
    private static String nextAddress(List<String> present) {
        IPAddress last = null;
        for (String a : present) {
            try {
                String end = a.contains("-") ? a.substring(a.indexOf('-') + 1) : a;
                IPAddress ip = end.contains("/") ? IpPrefix.parse(end).address().toMaxHost().withoutPrefixLength()
                        : Ip.parse(end).address();
                last = last == null || ip.compareTo(last) > 0 ? ip : last;
            } catch (IllegalArgumentException e) {
                // a row MetalLB refuses anyway (its field says so): not a starting point
            }
        }
        IPAddress next = last == null ? Ip.parse("203.0.113.1").address() : last.increment(1);
        if (next == null) {
            throw new IllegalArgumentException("no address after " + last);
        }
        return next + (next.isIPv4() ? "/32" : "/128");
    }

    private static String protocol(String s) {
        String v = Parse.optional(s);
        if (v != null && !PROTOCOLS.contains(v)) {
            throw new IllegalArgumentException("'" + v + "' is not a pool protocol (bgp or layer2)");
        }
        return v;
    }
}
