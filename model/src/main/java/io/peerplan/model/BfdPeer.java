package io.peerplan.model;

/**
 * A static BFD session in bfdd ({@code bfd / peer ADDRESS [multihop] [local-address L] / profile P}),
 * as seed 000 writes for its provider neighbor.
 */
public record BfdPeer(Ip address, String profile, boolean multihop, Ip localAddress, String interfaceName) {
}
