package io.peerplan.model.validate.cilium;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One CiliumBGPClusterConfig a cluster's peers become (cilium.io/v2 bgp_cluster_types.go): a node
 * selector with one BGP instance of one local ASN holding the peers. A peer with several node
 * selectors is in several configs; a peer Cilium cannot hold ({@link #expressible}) is in none. The
 * export writes these objects and the validator judges them, from this one grouping.
 *
 * @param name         the object's name: the cluster's id, suffixed {@code -1}, {@code -2}… when there are several
 * @param localAsn     the instance's local ASN (the peers' myASN)
 * @param nodeSelector the peers' node selector, or null for every node
 */
public record CiliumClusterConfig(String name, Long localAsn, LabelSelector nodeSelector, List<BgpPeer> peers) {

    public CiliumClusterConfig {
        peers = List.copyOf(peers);
    }

    /** The configs, in the order of the peers that open them; linear in peers × selectors. */
    public static List<CiliumClusterConfig> of(Cluster c) {
        Map<String, List<BgpPeer>> groups = new LinkedHashMap<>();
        Map<String, LabelSelector> selectors = new LinkedHashMap<>();
        Map<String, Long> asns = new LinkedHashMap<>();
        for (BgpPeer p : c.metallb().peers()) {
            if (!expressible(p)) {
                continue;
            }
            List<LabelSelector> sel = p.nodeSelectors().isEmpty() ? Collections.singletonList(null) : p.nodeSelectors();
            for (LabelSelector s : sel) {
                String key = p.myASN() + " " + Objects.toString(s, "");
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                selectors.put(key, s);
                asns.put(key, p.myASN());
            }
        }
        List<CiliumClusterConfig> out = new ArrayList<>();
        int i = 0;
        for (var e : groups.entrySet()) {
            String name = groups.size() == 1 ? c.id() : c.id() + "-" + ++i;
            out.add(new CiliumClusterConfig(name, asns.get(e.getKey()), selectors.get(e.getKey()), e.getValue()));
        }
        return out;
    }

    /**
     * A peer Cilium's v2 peer can hold as exported: it has a peerAddress (no unnumbered peering on an
     * interface) and no VRF (CiliumBGPPeer has peerAddress, peerASN and a peer config, nothing else).
     */
    public static boolean expressible(BgpPeer p) {
        return p.peerAddress() != null && p.interfaceName() == null && p.vrf() == null;
    }

    /**
     * Whether this config selects the node: its selector matches, and the node runs a speaker (the
     * export adds a DoesNotExist rule on the exclude-from-external-load-balancers label).
     */
    public boolean selects(Node n) {
        return n.isSpeaker() && (nodeSelector == null || nodeSelector.matches(n.labels()));
    }
}
