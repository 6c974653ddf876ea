package io.peerplan.model.sim;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Speaker;
import io.peerplan.model.ToReceive;
import java.util.List;

/**
 * What a node speaker accepts inbound. MetalLB and Cilium accept nothing (MetalLB's FRR config
 * denies every route in; Cilium's GoBGP imports nothing into the node); frr-k8s accepts what the
 * BGPPeer's {@code toReceive} allows, through a per-neighbor inbound prefix-list (frr-k8s
 * internal/controller/api_to_config.go toReceiveToFRR, rendered by its FRR templates), and denies
 * the rest as MetalLB does.
 */
public final class NodeReceive {
    private static final PrefixListMatcher DENY_ALL = new PrefixListMatcher(new PrefixList("deny-all", List.of()));

    private NodeReceive() {
    }

    /** Whether the node takes any route in: an frr-k8s node with a peer whose toReceive lets some through. */
    static boolean receives(Cluster c, Node node) {
        return c.effectiveSpeaker() == Speaker.FRR_K8S && c.metallb().peers().stream()
                .anyMatch(p -> p.selects(node) && p.toReceive() != null && p.toReceive().acceptsAny());
    }

    /**
     * The prefix-list a node of {@code c} lets in from {@code peer} (named {@code name}): its
     * {@code toReceive} on an frr-k8s cluster when that lets anything through; empty: deny all.
     * The simulation and the lab's stand-in speaker both filter with it.
     */
    public static java.util.Optional<PrefixList> inbound(Cluster c, BgpPeer peer, String name) {
        ToReceive r = c.effectiveSpeaker() == Speaker.FRR_K8S ? peer.toReceive() : null;
        return r == null || !r.acceptsAny() ? java.util.Optional.empty() : java.util.Optional.of(r.asPrefixList(name));
    }

    /** The inbound filter of the node's session with this BGPPeer (deny-all without toReceive). */
    static PrefixListMatcher filter(io.peerplan.model.sim.Speaker node, BgpPeer peer) {
        if (peer == null || node.cluster == null) {
            return DENY_ALL;
        }
        return inbound(node.cluster, peer, peer.name() + "-in").map(PrefixListMatcher::new).orElse(DENY_ALL);
    }
}
