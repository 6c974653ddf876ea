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
}
