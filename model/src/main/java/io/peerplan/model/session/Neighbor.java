package io.peerplan.model.session;

import io.peerplan.model.Ip;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Peering;

/**
 * One configured BGP neighbor of a router, as that router's own config lists it: {@code neighbor
 * ADDRESS ...} with the router end's own settings (peer-group values are not folded in; the
 * group's lines carry them, as in FRR).
 *
 * @param address  the router end's {@code peerAddress}
 * @param config   the router end's own {@link NeighborConfig}
 * @param peering  the peering this neighbor comes from
 * @param remote   the other end of that peering (a router, vantage or cluster)
 */
public record Neighbor(Ip address, NeighborConfig config, Peering peering, Peering.End remote) {

    /** The config with the peer-group's values filled in, as FRR applies them. */
    public NeighborConfig effective(io.peerplan.model.Router router) {
        if (config.peerGroup() == null) {
            return config;
        }
        return router.peerGroup(config.peerGroup()).map(g -> config.inheriting(g.config())).orElse(config);
    }
}
