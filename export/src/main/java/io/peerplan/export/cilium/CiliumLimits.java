package io.peerplan.export.cilium;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import java.util.ArrayList;
import java.util.List;

/**
 * What a design asks for that Cilium's BGP Control Plane v2 cannot express (its CRDs have no field
 * for it), said once per element as an export warning.
 */
final class CiliumLimits {
    private CiliumLimits() {
    }

    /** A peer Cilium can hold: it needs an address (no unnumbered BGP on an interface) and no VRF. */
    static boolean exportable(BgpPeer p) {
        return io.peerplan.model.validate.cilium.CiliumClusterConfig.expressible(p);
    }

    static void check(Cluster c, List<String> warnings) {
        for (BgpPeer p : c.metallb().peers()) {
            if (!exportable(p)) {
                warnings.add("peer " + p.name() + " is not exported: Cilium peers need a peerAddress and support no "
                        + "interface (unnumbered) or VRF peering");
            }
            if (p.bfdProfile() != null) {
                warnings.add("peer " + p.name() + ": BFD profile " + p.bfdProfile() + " is not exported: Cilium's BGP "
                        + "control plane (GoBGP) has no BFD, so failover rests on the hold timer");
            }
            if (p.password() != null) {
                warnings.add("peer " + p.name() + ": the inline password is not exported; Cilium reads it from the Secret "
                        + "named by authSecretRef (use passwordSecret)");
            }
            if (p.dynamicASN() != null) {
                warnings.add("peer " + p.name() + ": dynamicASN " + p.dynamicASN() + " is not exported: a Cilium peer needs peerASN");
            }
            if (p.localASN() != null) {
                warnings.add("peer " + p.name() + ": localASN is not exported: Cilium sets the local ASN per BGP instance");
            }
        }
        for (BgpAdvertisement a : c.metallb().advertisements()) {
            if (a.aggregationLength() != null && a.aggregationLength() != 32) {
                warnings.add("advertisement " + a.name() + ": aggregationLength " + a.aggregationLength()
                        + " is not exported: Cilium advertises each service IP as a host route");
            }
            if (!a.nodeSelectors().isEmpty()) {
                warnings.add("advertisement " + a.name() + ": nodeSelectors are not exported: a Cilium advertisement is "
                        + "sent by every node of the peer's CiliumBGPClusterConfig");
            }
            if (!a.ipAddressPoolSelectors().isEmpty()) {
                warnings.add("advertisement " + a.name() + ": ipAddressPoolSelectors are not exported; name the pools");
            }
        }
        for (AddressPool p : c.metallb().pools()) {
            if (!p.effectiveAutoAssign()) {
                warnings.add("pool " + p.name() + ": autoAssign false is not exported: a Cilium pool serves the services "
                        + "its serviceSelector matches");
            }
            if ("layer2".equals(p.protocol())) {
                warnings.add("pool " + p.name() + " (layer2) is not exported: Cilium's L2 announcements are not BGP");
            }
        }
    }

    /** The address families the peers carry: IPv4, and IPv6 when a pool holds IPv6 addresses. */
    static List<String> families(Cluster c) {
        List<String> out = new ArrayList<>(List.of("ipv4"));
        if (c.metallb().pools().stream().flatMap(p -> p.addresses().stream()).anyMatch(a -> a.contains(":"))) {
            out.add("ipv6");
        }
        return out;
    }
}
