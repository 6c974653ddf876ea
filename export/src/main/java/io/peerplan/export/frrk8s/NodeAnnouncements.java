package io.peerplan.export.frrk8s;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Community;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Node;
import io.peerplan.model.Service;
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
    record Attributes(Long localPref, Set<String> communities) {
    }

    private NodeAnnouncements() {
    }

    /** The prefixes {@code node} announces to {@code peer}, in order of first appearance, with their attributes. */
    static Map<String, Attributes> of(Cluster c, Node node, BgpPeer peer) {
        Map<String, Attributes> out = new LinkedHashMap<>();
        if (!node.isSpeaker() || !peer.selects(node)) {
            return out;
        }
        for (Service s : c.services()) {
            if (s.effectiveTrafficPolicy() == Service.TrafficPolicy.LOCAL && !s.endpointNodes().contains(node.name())) {
                continue;
            }
            for (String text : s.ips()) {
                Ip ip = parse(text);
                AddressPool pool = ip == null ? null : poolOf(c, s, ip);
                if (pool == null || "layer2".equals(pool.protocol())) {
                    continue;
                }
                for (BgpAdvertisement a : c.metallb().advertisements()) {
                    if (!a.coversPool(pool.name()) || !a.selectsNode(node) || !a.selectsPeer(peer.name())) {
                        continue;
                    }
                    int length = ip.isIpv4() ? a.effectiveAggregationLength() : a.effectiveAggregationLengthV6();
                    String prefix = IpPrefix.parse(ip + "/" + length).network().toString();
                    Attributes old = out.get(prefix);
                    Set<String> communities = new LinkedHashSet<>(old == null ? List.of() : old.communities());
                    communities.addAll(communities(c, a));
                    Long pref = old != null && old.localPref() != null ? old.localPref() : a.localPref();
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

    private static Ip parse(String text) {
        try {
            return Ip.parse(text.trim());
        } catch (IllegalArgumentException e) {
            return null; // the validator reports it
        }
    }

    private static AddressPool poolOf(Cluster c, Service s, Ip ip) {
        if (s.pool() != null) {
            return c.metallb().pool(s.pool()).filter(p -> contains(p, ip)).orElse(null);
        }
        return c.metallb().pools().stream().filter(p -> contains(p, ip)).findFirst().orElse(null);
    }

    public static boolean contains(AddressPool p, Ip ip) {
        for (String a : p.addresses()) {
            try {
                int dash = a.indexOf('-');
                if (dash > 0) {
                    Ip lo = Ip.parse(a.substring(0, dash).trim());
                    Ip hi = Ip.parse(a.substring(dash + 1).trim());
                    if (lo.compareTo(ip) <= 0 && ip.compareTo(hi) <= 0) {
                        return true;
                    }
                } else if (IpPrefix.parse(a).contains(ip)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // A malformed entry is the validator's to report; it holds no address here.
            }
        }
        return false;
    }

    /** Groups prefixes by a key (local preference, community), keeping each key's prefixes in order. */
    static <K extends Comparable<K>> Map<K, List<String>> byKey(Map<String, Attributes> prefixes,
            java.util.function.Function<Attributes, List<K>> keys) {
        Map<K, List<String>> out = new TreeMap<>();
        prefixes.forEach((p, a) -> keys.apply(a).forEach(k -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(p)));
        return out;
    }
}
