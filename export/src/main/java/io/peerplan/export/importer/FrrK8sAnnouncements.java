package io.peerplan.export.importer;

import io.peerplan.export.frrk8s.NodeAnnouncements;
import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.Node;
import io.peerplan.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pools and advertisements behind what frr-k8s nodes announce. An FRRConfiguration lists
 * prefixes per node and neighbor; a design announces service IPs through pools and advertisements.
 * Each announced prefix is traced to the services whose IPs it holds: their pool (the one a service
 * names, else {@value #POOL}) gets those IPs, and one advertisement per pool, aggregation length,
 * local preference and communities announces them to the peers and from the nodes seen. The result is
 * checked by working out each node's announcements again as the exporter does
 * ({@link NodeAnnouncements}); what still differs is reported.
 */
final class FrrK8sAnnouncements {
    /** The pool of announced service IPs whose services name none (frr-k8s knows no pools). */
    static final String POOL = "frr-k8s-announced";

    /** What one advertisement stands for. */
    private record Key(String pool, int length, boolean ipv4, NodeAnnouncements.Attributes attributes) {
    }

    private FrrK8sAnnouncements() {
    }

    /** @param announced node → peer name → prefix → attributes, as the FRRConfigurations say */
    static void design(ParsedCluster c, Map<String, Map<String, Map<String, NodeAnnouncements.Attributes>>> announced,
            List<ImportNote> notes) {
        List<Service> services = c.placedServices();
        Map<String, Set<String>> pools = new LinkedHashMap<>();
        for (Service s : services) {
            if (s.pool() != null) {
                s.ips().forEach(ip -> hostPrefix(ip).ifPresent(p -> pools.computeIfAbsent(s.pool(), k -> new LinkedHashSet<>()).add(p)));
            }
        }
        Map<Key, Set<String>> nodes = new LinkedHashMap<>();
        Map<Key, Set<String>> peers = new LinkedHashMap<>();
        announced.forEach((node, byPeer) -> byPeer.forEach((peer, prefixes) -> prefixes.forEach((text, attrs) -> {
            IpPrefix q = prefix(text);
            boolean any = false;
            for (Service s : services) {
                for (String ip : s.ips()) {
                    Ip a = Line.ip(ip.trim());
                    if (q == null || a == null || !q.contains(a)) {
                        continue;
                    }
                    any = true;
                    String pool = s.pool() != null ? s.pool() : POOL;
                    hostPrefix(ip).ifPresent(p -> pools.computeIfAbsent(pool, k -> new LinkedHashSet<>()).add(p));
                    Key key = new Key(pool, q.length(), a.isIpv4(), attrs);
                    nodes.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(node);
                    peers.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(peer);
                }
            }
            if (!any) {
                notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, "(frr-k8s)", 0, "node " + node + ", " + peer, "toAdvertise " + text,
                        "holds no service's IP; a design announces service IPs, so not imported"));
            }
        })));
        pools.forEach((name, addresses) -> c.pools.add(new AddressPool(name, List.copyOf(addresses), null, null, null, null)));
        List<BgpAdvertisement> ads = advertisements(c, nodes, peers, false);
        c.advertisements.addAll(ads);
        if (!differences(c, announced).isEmpty()) {
            // Every advertisement from every node (Local traffic policy narrows) did not fit: name the nodes seen.
            c.advertisements.clear();
            c.advertisements.addAll(advertisements(c, nodes, peers, true));
            Set<String> named = new LinkedHashSet<>();
            nodes.values().forEach(named::addAll);
            c.nodes.replaceAll(n -> !named.contains(n.name()) || n.labels().containsKey(FrrK8sDesign.HOSTNAME) ? n
                    : FrrK8sDesign.withHostname(n, notes));
        }
        differences(c, announced).forEach(d -> notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, "(frr-k8s)", 0, "cluster " + c.id(), d,
                "the imported pools and advertisements announce this differently from the FRRConfigurations")));
    }

    private static List<BgpAdvertisement> advertisements(ParsedCluster c, Map<Key, Set<String>> nodes, Map<Key, Set<String>> peers,
            boolean nodesSeen) {
        List<BgpAdvertisement> out = new ArrayList<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        Set<String> allPeers = new LinkedHashSet<>(c.peers.stream().map(BgpPeer::name).toList());
        for (var e : nodes.entrySet()) {
            Key k = e.getKey();
            int n = count.merge(k.pool(), 1, Integer::sum);
            List<String> to = peers.get(k).equals(allPeers) ? List.of() : List.copyOf(peers.get(k));
            List<LabelSelector> from = !nodesSeen ? List.of()
                    : List.of(new LabelSelector(null, List.of(new LabelSelector.Requirement(FrrK8sDesign.HOSTNAME, "In",
                            List.copyOf(e.getValue())))));
            Integer v4 = k.ipv4() && k.length() != 32 ? k.length() : null;
            Integer v6 = !k.ipv4() && k.length() != 128 ? k.length() : null;
            out.add(new BgpAdvertisement(k.pool() + (n == 1 ? "" : "-" + n), List.of(k.pool()), null, v4, v6,
                    k.attributes().localPref(), List.copyOf(k.attributes().communities()), to, from, null));
        }
        return out;
    }

    /** Each (node, peer) whose announcements the design works out differently from the objects. */
    private static List<String> differences(ParsedCluster c, Map<String, Map<String, Map<String, NodeAnnouncements.Attributes>>> announced) {
        Cluster built = c.build();
        List<String> out = new ArrayList<>();
        for (Node node : built.nodes()) {
            for (BgpPeer p : built.metallb().peers()) {
                Map<String, NodeAnnouncements.Attributes> want = announced.getOrDefault(node.name(), Map.of()).getOrDefault(p.name(), Map.of());
                Map<String, NodeAnnouncements.Attributes> got = NodeAnnouncements.of(built, node, p);
                if (!Map.copyOf(want).equals(Map.copyOf(got))) {
                    out.add("node " + node.name() + " to " + p.name() + ": " + want.keySet() + " in the objects, " + got.keySet() + " imported");
                }
            }
        }
        return out;
    }

    private static IpPrefix prefix(String text) {
        return Line.prefix(text.trim()) == null ? null : IpPrefix.parse(text.trim());
    }

    private static java.util.Optional<String> hostPrefix(String ip) {
        Ip a = Line.ip(ip.trim());
        return a == null ? java.util.Optional.empty() : java.util.Optional.of(a + (a.isIpv4() ? "/32" : "/128"));
    }
}
