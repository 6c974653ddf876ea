package io.peerplan.model.sim;

import java.util.List;

/**
 * A route a speaker puts into its own table for one prefix: a {@code network} statement, a
 * redistributed connected or static route, or a MetalLB service announcement. For a MetalLB
 * speaker, {@code advertised} lists which BGPPeers get it with which localPref and communities
 * (one entry per BGPAdvertisement that covers the service's pool).
 */
record Origin(int speaker, Route route, List<Advertised> advertised) {

    /** One BGPAdvertisement's part: to these BGPPeers (empty = all), with these attributes. */
    record Advertised(List<String> peers, Long localPref, List<String> communities, boolean nativeSpeaker) {
        boolean selects(String peer) {
            return peers.isEmpty() || peers.contains(peer);
        }
    }
}
