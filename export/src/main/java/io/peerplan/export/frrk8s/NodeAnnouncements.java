package io.peerplan.export.frrk8s;

import inet.ipaddr.IPAddress;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Node;
import io.peerplan.model.Service;
import io.peerplan.model.session.Ips;
import io.peerplan.model.validate.core.ClusterView;
import io.peerplan.model.validate.core.PoolView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one node announces to one peer, worked out the way MetalLB's speaker decides it before it
 * hands the result to frr-k8s (MetalLB speaker/bgp_controller.go {@code shouldAnnounce}, and
 * internal/bgp/frrk8s, which writes one FRRConfiguration per node): each service IP in a pool that
 * an advertisement covers, aggregated to the advertisement's length, from a speaker node the
 * advertisement selects (with {@code externalTrafficPolicy: Local} only one with a ready endpoint),
 * to the peers the advertisement names and whose node selectors match the node. frr-k8s alone has no
 * service controller, so Peerplan writes that result as the node's {@code toAdvertise} lists.
 */
public final class NodeAnnouncements {
    /** Per prefix: its local preference (null: none) and communities, merged over the advertisements that carry it. */
    public record Attributes(Long localPref, Set<String> communities) {
    }

    private NodeAnnouncements() {
    }

    /** The prefixes {@code node} announces to {@code peer}, in order of first appearance, with their attributes. */
    public static Map<String, Attributes> of(Cluster c, Node node, BgpPeer peer) {
        return of(new ClusterView(c), node, peer);
    }

    /**
     * The same through a resolved view: its pools are parsed as MetalLB's {@code ParseCIDR} does
     * ({@link PoolView}), and a legacy ConfigMap pool without {@code bgp-advertisements} has its
     * default advertisement, exactly as the validator and the simulation see them.
     */
    static Map<String, Attributes> of(ClusterView view, Node node, BgpPeer peer) {
        Cluster c = view.cluster();
        Map<String, Attributes> out = new LinkedHashMap<>();
        if (!node.isSpeaker() || !peer.selects(node)) {
            return out;
        }
        for (Service s : c.services()) {
            if (s.effectiveTrafficPolicy() == Service.TrafficPolicy.LOCAL && !s.endpointNodes().contains(node.name())) {
                continue;
            }
            for (String text : s.ips()) {
                IPAddress ip = Ips.parseAddress(text.trim());
                Ip address = Ips.parseIp(text.trim());
                PoolView pool = ip == null || address == null ? null : poolOf(view, s, ip);
                if (pool == null || "layer2".equals(pool.pool().protocol())) {
                    continue;
                }
                for (ClusterView.Advertisement a : view.advertisementsFor(pool.name(), peer.name())) {
                    if (!a.nodes().contains(node.name())) {
                        continue;
                    }
                    int length = ip.isIPv4() ? a.ad().effectiveAggregationLength() : a.ad().effectiveAggregationLengthV6();
                    if (length < 0 || length > ip.getBitCount()) {
                        continue; // MetalLB refuses the advertisement (the validator says so): it announces nothing
                    }
                    String prefix = IpPrefix.parse(address + "/" + length).network().toString();
                    Attributes old = out.get(prefix);
                    Set<String> communities = new LinkedHashSet<>(old == null ? List.of() : old.communities());
                    communities.addAll(communities(c, a.ad()));
                    Long pref = old != null && old.localPref() != null ? old.localPref() : a.ad().localPref();
                    out.put(prefix, new Attributes(pref, communities));
                }
            }
        }
        return out;
    }

    /** The advertisement's community values, aliases resolved through the cluster's Community objects. */
    public static List<String> communities(Cluster c, BgpAdvertisement a) {
        List<String> out = new ArrayList<>();
        for (String v : a.communities()) {
            out.add(c.metallb().communities().stream().flatMap(k -> k.communities().stream())
                    .filter(al -> al.name().equals(v)).map(Community.Alias::value).findFirst().orElse(v));
        }
        return out;
    }

    /** The pool the service's IP comes from: the one it names when that pool holds it, else the first that does. */
    private static PoolView poolOf(ClusterView view, Service s, IPAddress ip) {
        if (s.pool() != null) {
            PoolView p = view.pool(s.pool());
            return p != null && p.contains(ip) ? p : null;
        }
        return view.poolContaining(ip);
    }

    /** Groups prefixes by a key (local preference, community), keeping each key's prefixes in order. */
    static <K extends Comparable<K>> Map<K, List<String>> byKey(Map<String, Attributes> prefixes,
            java.util.function.Function<Attributes, List<K>> keys) {
        Map<K, List<String>> out = new TreeMap<>();
        prefixes.forEach((p, a) -> keys.apply(a).forEach(k -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(p)));
        return out;
    }
}
