package io.peerplan.model;

import java.util.List;

/**
 * MetalLB L2Advertisement (metallb.io/v1beta1): which pools are announced over ARP/NDP, from which
 * nodes and interfaces. Peerplan designs BGP; it keeps these so that an imported cluster exports
 * whole and its pools are known to be announced somewhere.
 *
 * @param interfaces {@code spec.interfaces}: the node interfaces to announce from (none means all)
 */
public record L2Advertisement(String name, List<String> ipAddressPools, List<LabelSelector> ipAddressPoolSelectors,
        List<LabelSelector> nodeSelectors, List<String> interfaces) {

    public L2Advertisement {
        ipAddressPools = Lists.copy(ipAddressPools);
        ipAddressPoolSelectors = Lists.copy(ipAddressPoolSelectors);
        nodeSelectors = Lists.copy(nodeSelectors);
        interfaces = Lists.copy(interfaces);
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each).
    public L2Advertisement withName(String value) {
        return new L2Advertisement(value, ipAddressPools, ipAddressPoolSelectors, nodeSelectors, interfaces);
    }

    public L2Advertisement withIpAddressPools(List<String> value) {
        return new L2Advertisement(name, value, ipAddressPoolSelectors, nodeSelectors, interfaces);
    }

    public L2Advertisement withIpAddressPoolSelectors(List<LabelSelector> value) {
        return new L2Advertisement(name, ipAddressPools, value, nodeSelectors, interfaces);
    }

    public L2Advertisement withNodeSelectors(List<LabelSelector> value) {
        return new L2Advertisement(name, ipAddressPools, ipAddressPoolSelectors, value, interfaces);
    }

    public L2Advertisement withInterfaces(List<String> value) {
        return new L2Advertisement(name, ipAddressPools, ipAddressPoolSelectors, nodeSelectors, value);
    }
}
