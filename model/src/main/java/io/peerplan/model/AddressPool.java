package io.peerplan.model;

import java.util.List;

/**
 * MetalLB IPAddressPool. {@code addresses} holds CIDRs or {@code start-end} ranges as written.
 *
 * @param protocol legacy ConfigMap only: {@code bgp} or {@code layer2}
 */
public record AddressPool(String name, List<String> addresses, Boolean autoAssign, Boolean avoidBuggyIPs,
        String protocol, ServiceAllocation serviceAllocation) {

    public AddressPool {
        addresses = Lists.copy(addresses);
    }

    /** MetalLB default: {@code autoAssign: true}. */
    public boolean effectiveAutoAssign() {
        return autoAssign == null || autoAssign;
    }

    /** {@code spec.serviceAllocation}: which services may take IPs from this pool. */
    public record ServiceAllocation(Integer priority, List<String> namespaces, List<LabelSelector> namespaceSelectors,
            List<LabelSelector> serviceSelectors) {
        public ServiceAllocation {
            namespaces = Lists.copy(namespaces);
            namespaceSelectors = Lists.copy(namespaceSelectors);
            serviceSelectors = Lists.copy(serviceSelectors);
        }
    }
}
