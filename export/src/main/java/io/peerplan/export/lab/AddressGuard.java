package io.peerplan.export.lab;

import inet.ipaddr.IPAddressString;
import io.peerplan.model.IpPrefix;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Addresses the lab refuses to put in its namespaces. 192.0.2.0/24 (TEST-NET-1, RFC 5737) is what
 * this project's build machines use for their own uplink (frr-lab.md), so no lab may use it even
 * though its namespaces never reach the host; any subnet of the host's own interfaces is refused for
 * the same reason (see {@link HostNetworks}). Duplicate addresses on one network are refused too.
 */
final class AddressGuard {
    static final IpPrefix RESERVED = IpPrefix.parse("192.0.2.0/24");

    private AddressGuard() {
    }

    static void check(List<LabPlan.Host> hosts) {
        Map<String, String> seen = new HashMap<>();
        for (LabPlan.Host h : hosts) {
            for (LabPlan.Port p : h.ports()) {
                refuseReserved(h.elementId() + " interface " + p.name(), p.address());
                if (p.networkId() != null) {
                    String key = p.networkId() + "|" + p.address().ip();
                    String other = seen.putIfAbsent(key, h.elementId());
                    if (other != null) {
                        throw new LabException(h.elementId() + " and " + other + " both use " + p.address().ip()
                                + " on network " + p.networkId());
                    }
                }
            }
        }
    }

    /** Refuses announced prefixes, static routes and service IPs in the reserved range. */
    static void checkTopology(io.peerplan.model.Topology t) {
        for (io.peerplan.model.Router r : t.routers()) {
            r.networks().forEach(n -> refuseReserved(r.id() + " network statement", n));
            // A static default route only points the namespace's traffic at a lab neighbor (its next
            // hop is an address of the lab, checked like every other); it puts no address of the
            // reserved range into the lab, no more than a default learned through BGP does.
            r.staticRoutes().stream().filter(s -> s.prefix().length() > 0)
                    .forEach(s -> refuseReserved(r.id() + " static route", s.prefix()));
        }
        for (io.peerplan.model.Cluster c : t.clusters()) {
            c.metallb().pools().forEach(p -> p.addresses().forEach(a -> refuseReserved(c.id() + " pool " + p.name(), a)));
            c.services().forEach(s -> s.ips().forEach(ip -> refuseReserved(c.id() + " service " + s.name(), ip)));
        }
    }

    /** Refuses a prefix overlapping 192.0.2.0/24, naming where it was found. */
    static void refuseReserved(String where, IpPrefix prefix) {
        if (prefix.isIpv4() && !prefix.any() && prefix.network().overlaps(RESERVED)) {
            throw new LabException(where + ": " + prefix + " overlaps " + RESERVED
                    + ", which this machine's own uplink uses; the lab never puts it in a namespace");
        }
    }

    /** Refuses a single address or prefix given as text (service IPs, pool ranges). */
    static void refuseReserved(String where, String text) {
        var a = new IPAddressString(text.contains("-") ? text.substring(0, text.indexOf('-')) : text).getAddress();
        if (a != null && a.isIPv4()) {
            IpPrefix p = IpPrefix.parse(a.getLower().withoutPrefixLength().toCanonicalString() + "/"
                    + (a.isPrefixed() ? a.getNetworkPrefixLength() : 32));
            refuseReserved(where, p);
        }
    }
}
