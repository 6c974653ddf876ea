package io.peerplan.model;

import java.util.List;

/**
 * MetalLB Community resource: named aliases for community values ({@code A:B} or {@code large:A:B:C}),
 * usable in BGPAdvertisement {@code communities} by name.
 */
public record Community(String name, List<Alias> communities) {

    public Community {
        communities = Lists.copy(communities);
    }

    public record Alias(String name, String value) {
    }

    public Community withName(String value) {
        return new Community(value, communities);
    }

    public Community withCommunities(List<Alias> value) {
        return new Community(name, value);
    }
}
