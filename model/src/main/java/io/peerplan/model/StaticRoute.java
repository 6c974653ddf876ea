package io.peerplan.model;

/**
 * A static route: to a next hop, out of an interface, or to a blackhole (FRR {@code ip route P blackhole},
 * the usual way to make a {@code network} statement pass import-check).
 */
public record StaticRoute(IpPrefix prefix, Ip nextHop, String interfaceName, boolean blackhole, Integer distance) {
}
