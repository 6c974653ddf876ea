package io.peerplan.model;

import java.util.List;
import java.util.SortedMap;

/**
 * MetalLB IPAddressPool. {@code addresses} holds CIDRs or {@code start-end} ranges as written.
 *
 * @param protocol legacy ConfigMap only: {@code bgp} or {@code layer2}
 * @param labels   {@code metadata.labels}, which advertisements' {@code ipAddressPoolSelectors} match
 */
public record AddressPool(String name, List<String> addresses, Boolean autoAssign, Boolean avoidBuggyIPs,
        String protocol, ServiceAllocation serviceAllocation, SortedMap<String, String> labels) {

    public AddressPool {
        addresses = Lists.copy(addresses);
        labels = Lists.sorted(labels);
    }

    /** A pool without labels (the form every earlier caller used). */
    public AddressPool(String name, List<String> addresses, Boolean autoAssign, Boolean avoidBuggyIPs, String protocol,
            ServiceAllocation serviceAllocation) {
        this(name, addresses, autoAssign, avoidBuggyIPs, protocol, serviceAllocation, null);
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

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public AddressPool withName(String value) {
        return new AddressPool(value, addresses, autoAssign, avoidBuggyIPs, protocol, serviceAllocation, labels);
    }

    public AddressPool withAddresses(List<String> value) {
        return new AddressPool(name, value, autoAssign, avoidBuggyIPs, protocol, serviceAllocation, labels);
    }

    public AddressPool withAutoAssign(Boolean value) {
        return new AddressPool(name, addresses, value, avoidBuggyIPs, protocol, serviceAllocation, labels);
    }

    public AddressPool withAvoidBuggyIPs(Boolean value) {
        return new AddressPool(name, addresses, autoAssign, value, protocol, serviceAllocation, labels);
    }

    public AddressPool withProtocol(String value) {
        return new AddressPool(name, addresses, autoAssign, avoidBuggyIPs, value, serviceAllocation, labels);
    }
}
