package io.peerplan.model;

import java.util.List;
import java.util.Optional;

/**
 * A cluster's MetalLB objects, mirroring the real API (metallb.io v1beta1/v1beta2, reference.md §1).
 * Values are kept as the user wrote them (addresses and durations as text, ASNs as plain numbers)
 * so that what the real webhook would reject can be represented and reported by the validator.
 */
public record MetalLb(
        List<AddressPool> pools,
        List<BgpPeer> peers,
        List<BgpAdvertisement> advertisements,
        List<MetalLbBfdProfile> bfdProfiles,
        List<Community> communities,
        List<L2Advertisement> l2Advertisements,
        List<KubeSecret> secrets) {

    public static final MetalLb EMPTY = new MetalLb(null, null, null, null, null);

    public MetalLb {
        pools = Lists.copy(pools);
        peers = Lists.copy(peers);
        advertisements = Lists.copy(advertisements);
        bfdProfiles = Lists.copy(bfdProfiles);
        communities = Lists.copy(communities);
        l2Advertisements = Lists.copy(l2Advertisements);
        secrets = Lists.copy(secrets);
    }

    /** Without L2Advertisements and Secrets (the form every earlier caller used). */
    public MetalLb(List<AddressPool> pools, List<BgpPeer> peers, List<BgpAdvertisement> advertisements,
            List<MetalLbBfdProfile> bfdProfiles, List<Community> communities) {
        this(pools, peers, advertisements, bfdProfiles, communities, null, null);
    }

    /** True when the cluster holds no MetalLB object at all. */
    public boolean isEmpty() {
        return pools.isEmpty() && peers.isEmpty() && advertisements.isEmpty() && bfdProfiles.isEmpty() && communities.isEmpty()
                && l2Advertisements.isEmpty() && secrets.isEmpty();
    }

    public Optional<KubeSecret> secret(String name) {
        return secrets.stream().filter(s -> java.util.Objects.equals(s.name(), name)).findFirst();
    }

    /** Null-safe: a nameless object is what the API server refuses (the validator's METALLB-NAME); it is found by no name. */
    public Optional<AddressPool> pool(String name) {
        return pools.stream().filter(p -> java.util.Objects.equals(p.name(), name)).findFirst();
    }

    public Optional<BgpPeer> peer(String name) {
        return peers.stream().filter(p -> java.util.Objects.equals(p.name(), name)).findFirst();
    }

    public Optional<MetalLbBfdProfile> bfdProfile(String name) {
        return bfdProfiles.stream().filter(p -> java.util.Objects.equals(p.name(), name)).findFirst();
    }

    // Typed copies with one component replaced, for the designer's edits (WithersTest pins each
    // to its own component: a positional slip in these constructor calls would otherwise compile).
    public MetalLb withPools(List<AddressPool> value) {
        return new MetalLb(value, peers, advertisements, bfdProfiles, communities, l2Advertisements, secrets);
    }

    public MetalLb withPeers(List<BgpPeer> value) {
        return new MetalLb(pools, value, advertisements, bfdProfiles, communities, l2Advertisements, secrets);
    }

    public MetalLb withAdvertisements(List<BgpAdvertisement> value) {
        return new MetalLb(pools, peers, value, bfdProfiles, communities, l2Advertisements, secrets);
    }

    public MetalLb withBfdProfiles(List<MetalLbBfdProfile> value) {
        return new MetalLb(pools, peers, advertisements, value, communities, l2Advertisements, secrets);
    }

    public MetalLb withCommunities(List<Community> value) {
        return new MetalLb(pools, peers, advertisements, bfdProfiles, value, l2Advertisements, secrets);
    }

    public MetalLb withL2Advertisements(List<L2Advertisement> value) {
        return new MetalLb(pools, peers, advertisements, bfdProfiles, communities, value, secrets);
    }

    public MetalLb withSecrets(List<KubeSecret> value) {
        return new MetalLb(pools, peers, advertisements, bfdProfiles, communities, l2Advertisements, value);
    }
}
