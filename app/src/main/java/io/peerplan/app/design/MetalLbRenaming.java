package io.peerplan.app.design;

import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.Peering;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Renames one of a cluster's MetalLB objects ({@link MetalLbList}) and every reference to it, as
 * MetalLB resolves them by name within the namespace: a BGPPeer is named by advertisements'
 * {@code peers} and by the peerings that stand for it; a BFDProfile by peers' {@code bfdProfile}, a
 * Secret by their {@code passwordSecret}; an L2Advertisement by nothing.
 * Advertisements and Communities are named by nothing; advertisements name a Community's aliases,
 * which MetalLB merges across the namespace's Communities and looks up by alias name when it
 * parses a BGPAdvertisement's {@code communities} ({@code config.go}, {@code bgpAdvertisementFromCR}).
 */
public final class MetalLbRenaming {
    private MetalLbRenaming() {
    }

    /** The topology with the object {@code key} names called {@code newName}; refused when the name is taken. */
    public static <E> Topology rename(Topology t, String key, MetalLbList<E> list, String newName) {
        String clusterId = Refs.cluster(key);
        String oldName = Refs.parts(key).get(2);
        if (newName.equals(oldName)) {
            return t;
        }
        Cluster cluster = Elements.owningCluster(t, key).orElseThrow(() -> new IllegalArgumentException("'" + key + "' no longer exists"));
        if (list.find(cluster.metallb(), newName).isPresent()) {
            throw new IllegalArgumentException("cluster '" + clusterId + "' already has a " + list.crdKind() + " named '" + newName + "'");
        }
        E old = list.find(cluster.metallb(), oldName).orElseThrow(() -> new IllegalArgumentException("'" + key + "' no longer exists"));
        Topology out = Elements.replace(t, key, list.rename().apply(old, newName));
        if (list == MetalLbList.PEERS) {
            out = Elements.updateCluster(out, clusterId, c -> c.withMetallb(c.metallb().withAdvertisements(c.metallb().advertisements()
                    .stream().map(a -> a.peers().contains(oldName) ? a.withPeers(swapName(a.peers(), oldName, newName)) : a).toList())));
            out = out.withPeerings(out.peerings().stream().map(p -> peering(p, clusterId, oldName, newName)).toList());
        } else if (list == MetalLbList.BFD_PROFILES) {
            out = Elements.updateCluster(out, clusterId, c -> c.withMetallb(c.metallb().withPeers(c.metallb().peers().stream()
                    .map(p -> oldName.equals(p.bfdProfile()) ? p.withBfdProfile(newName) : p).toList())));
        } else if (list == MetalLbList.SECRETS) {
            out = Elements.updateCluster(out, clusterId, c -> c.withMetallb(c.metallb().withPeers(c.metallb().peers().stream()
                    .map(p -> oldName.equals(p.passwordSecret()) ? p.withPasswordSecret(newName) : p).toList())));
        }
        return out;
    }

    /** What refers to the object by name, in words ("peering alfa-speakers", "BGPAdvertisement adv-1"); empty when nothing does. */
    public static <E> List<String> uses(Topology t, String clusterId, MetalLbList<E> list, String name) {
        Cluster c = (Cluster) Elements.find(t, clusterId).orElseThrow();
        List<String> out = new java.util.ArrayList<>();
        if (list == MetalLbList.PEERS) {
            t.peerings().stream().filter(p -> Stream.of(p.a(), p.b()).anyMatch(e -> e.isCluster() && e.element().equals(clusterId)
                    && name.equals(e.bgpPeer()))).forEach(p -> out.add("peering " + p.id()));
            c.metallb().advertisements().stream().filter(a -> a.peers().contains(name)).forEach(a -> out.add("BGPAdvertisement " + a.name()));
        } else if (list == MetalLbList.BFD_PROFILES) {
            c.metallb().peers().stream().filter(p -> name.equals(p.bfdProfile())).forEach(p -> out.add("BGPPeer " + p.name()));
        } else if (list == MetalLbList.SECRETS) {
            c.metallb().peers().stream().filter(p -> name.equals(p.passwordSecret())).forEach(p -> out.add("BGPPeer " + p.name()));
        }
        return out;
    }

    /**
     * The topology with the cluster's advertisements following the alias names a Community's alias
     * table changed from {@code before} to {@code after}: a row whose old name is gone and whose new
     * name was not there before is a rename; a move or an edit of the value is not.
     */
    public static Topology followAliases(Topology t, String clusterId, List<Community.Alias> before, List<Community.Alias> after) {
        if (before.size() != after.size()) {
            return t;
        }
        List<String> was = before.stream().map(Community.Alias::name).toList();
        List<String> is = after.stream().map(Community.Alias::name).toList();
        Topology out = t;
        for (int i = 0; i < was.size(); i++) {
            String oldName = was.get(i);
            String newName = is.get(i);
            if (!oldName.equals(newName) && !is.contains(oldName) && !was.contains(newName)) {
                out = Elements.updateCluster(out, clusterId, c -> c.withMetallb(c.metallb().withAdvertisements(c.metallb()
                        .advertisements().stream().map(a -> a.communities().contains(oldName)
                                ? a.withCommunities(swapName(a.communities(), oldName, newName)) : a).toList())));
            }
        }
        return out;
    }

    private static Peering peering(Peering p, String clusterId, String oldName, String newName) {
        return p.withA(end(p.a(), clusterId, oldName, newName)).withB(end(p.b(), clusterId, oldName, newName));
    }

    private static Peering.End end(Peering.End e, String clusterId, String oldName, String newName) {
        return e.isCluster() && e.element().equals(clusterId) && Objects.equals(e.bgpPeer(), oldName)
                ? new Peering.End(e.element(), e.peerAddress(), e.listenRange(), e.config(), newName) : e;
    }

    private static List<String> swapName(List<String> names, String oldName, String newName) {
        return names.stream().map(n -> n.equals(oldName) ? newName : n).toList();
    }
}
