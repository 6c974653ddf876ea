package io.peerplan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a router does in the design. */
public enum RouterRole {
    /** Peers with MetalLB speakers and with upstream providers (seed 000's FRR gateways). */
    @JsonProperty("gateway") GATEWAY,
    /** An upstream or provider router outside the user's control (Antares, Betelgeuse). */
    @JsonProperty("provider") PROVIDER,
    /** A site's core router that speakers peer with directly (seed 002's MikroTik, seed 001's OpenWrt). */
    @JsonProperty("core") CORE
}
