package io.peerplan.model;

import java.util.List;

/**
 * MetalLB BGPAdvertisement. Empty {@code ipAddressPools} and selectors mean every pool; empty
 * {@code peers} means every peer; empty {@code nodeSelectors} means every node.
 *
 * @param serviceSelectors {@code spec.serviceSelectors}: only services matching one of them are
 *                         advertised; MetalLB forbids it together with a non-default aggregation length
 *                         and skips the localPref conflict check for such advertisements
 */
public record BgpAdvertisement(
        String name,
        List<String> ipAddressPools,
        List<LabelSelector> ipAddressPoolSelectors,
        Integer aggregationLength,
        Integer aggregationLengthV6,
        Long localPref,
        List<String> communities,
        List<String> peers,
        List<LabelSelector> nodeSelectors,
        List<LabelSelector> serviceSelectors) {

    public BgpAdvertisement {
        ipAddressPools = Lists.copy(ipAddressPools);
        ipAddressPoolSelectors = Lists.copy(ipAddressPoolSelectors);
        communities = Lists.copy(communities);
        peers = Lists.copy(peers);
        nodeSelectors = Lists.copy(nodeSelectors);
        serviceSelectors = Lists.copy(serviceSelectors);
    }

    /** An advertisement without service selectors (the form every earlier caller used). */
    public BgpAdvertisement(String name, List<String> ipAddressPools, List<LabelSelector> ipAddressPoolSelectors,
            Integer aggregationLength, Integer aggregationLengthV6, Long localPref, List<String> communities,
            List<String> peers, List<LabelSelector> nodeSelectors) {
        this(name, ipAddressPools, ipAddressPoolSelectors, aggregationLength, aggregationLengthV6, localPref,
                communities, peers, nodeSelectors, null);
    }

    /** MetalLB defaults: 32 for IPv4, 128 for IPv6. */
    public int effectiveAggregationLength() {
        return aggregationLength != null ? aggregationLength : 32;
    }

    public int effectiveAggregationLengthV6() {
        return aggregationLengthV6 != null ? aggregationLengthV6 : 128;
    }

    /** True when this advertisement covers the pool (pool selectors are matched by the caller). */
    public boolean coversPool(String poolName) {
        return (ipAddressPools.isEmpty() && ipAddressPoolSelectors.isEmpty()) || poolName != null && ipAddressPools.contains(poolName);
    }

    /** True when this advertisement covers the pool: by name, or by a selector matching its labels (MetalLB poolSelector.matchesPool). */
    public boolean covers(AddressPool pool) {
        return coversPool(pool.name()) || ipAddressPoolSelectors.stream().anyMatch(s -> s.matches(pool.labels()));
    }

    public boolean selectsPeer(String peerName) {
        return peers.isEmpty() || peers.contains(peerName);
    }

    public boolean selectsNode(Node node) {
        return nodeSelectors.isEmpty() || nodeSelectors.stream().anyMatch(s -> s.matches(node.labels()));
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public BgpAdvertisement withIpAddressPools(List<String> value) {
        return new BgpAdvertisement(name, value, ipAddressPoolSelectors, aggregationLength, aggregationLengthV6,
                localPref, communities, peers, nodeSelectors, serviceSelectors);
    }

    public BgpAdvertisement withName(String value) {
        return new BgpAdvertisement(value, ipAddressPools, ipAddressPoolSelectors, aggregationLength, aggregationLengthV6, localPref, communities, peers, nodeSelectors, serviceSelectors);
    }

    public BgpAdvertisement withIpAddressPoolSelectors(List<LabelSelector> value) {
        return new BgpAdvertisement(name, ipAddressPools, value, aggregationLength, aggregationLengthV6, localPref, communities, peers, nodeSelectors, serviceSelectors);
    }

    public BgpAdvertisement withAggregationLength(Integer value) {
        return new BgpAdvertisement(name, ipAddressPools, ipAddressPoolSelectors, value, aggregationLengthV6, localPref, communities, peers, nodeSelectors, serviceSelectors);
    }

    public BgpAdvertisement withAggregationLengthV6(Integer value) {
        return new BgpAdvertisement(name, ipAddressPools, ipAddressPoolSelectors, aggregationLength, value, localPref, communities, peers, nodeSelectors, serviceSelectors);
    }

    public BgpAdvertisement withLocalPref(Long value) {
        return new BgpAdvertisement(name, ipAddressPools, ipAddressPoolSelectors, aggregationLength, aggregationLengthV6, value, communities, peers, nodeSelectors, serviceSelectors);
    }

    public BgpAdvertisement withCommunities(List<String> value) {
        return new BgpAdvertisement(name, ipAddressPools, ipAddressPoolSelectors, aggregationLength, aggregationLengthV6, localPref, value, peers, nodeSelectors, serviceSelectors);
    }

    public BgpAdvertisement withPeers(List<String> value) {
        return new BgpAdvertisement(name, ipAddressPools, ipAddressPoolSelectors, aggregationLength, aggregationLengthV6, localPref, communities, value, nodeSelectors, serviceSelectors);
    }

    public BgpAdvertisement withNodeSelectors(List<LabelSelector> value) {
        return new BgpAdvertisement(name, ipAddressPools, ipAddressPoolSelectors, aggregationLength, aggregationLengthV6, localPref, communities, peers, value, serviceSelectors);
    }

    public BgpAdvertisement withServiceSelectors(List<LabelSelector> value) {
        return new BgpAdvertisement(name, ipAddressPools, ipAddressPoolSelectors, aggregationLength, aggregationLengthV6, localPref, communities, peers, nodeSelectors, value);
    }
}
