package io.peerplan.model;

/**
 * {@code bgp listen range PREFIX peer-group NAME}: the router accepts sessions from any address in
 * the range and gives them the peer-group's settings (how seed 000's gateways accept the MetalLB
 * speakers without listing every node).
 */
public record ListenRange(IpPrefix range, String peerGroup) {
}
