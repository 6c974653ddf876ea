package io.peerplan.export.importer;

import io.peerplan.export.frrk8s.NodeAnnouncements;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.LabelSelector;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.Node;
import io.peerplan.model.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a cluster's FRRConfigurations into its design: the BGPPeers (one per distinct neighbor, on
 * the nodes whose FRRConfigurations hold it), the BFD profiles, and the pools and advertisements that
 * announce the same prefixes ({@link FrrK8sAnnouncements}). frr-k8s knows no peer names, pools or
 * advertisements, so those are Peerplan's names; everything the objects say is kept.
 */
final class FrrK8sDesign {
    /** The label every Kubernetes node carries (kubelet sets it), by which an FRRConfiguration picks its node. */
    static final String HOSTNAME = "kubernetes.io/hostname";
    /**
     * frr-k8s's timers when a neighbor sets neither (FRR's bgpd defaults, 180 s hold, 60 s keepalive):
     * a design without timers means MetalLB's 90 s, so the import writes FRR's explicitly.
     */
    private static final String FRR_HOLD = "180s";
    private static final String FRR_KEEPALIVE = "60s";

    private FrrK8sDesign() {
    }

    static void build(ParsedCluster c, List<ImportNote> notes) {
        if (c.frrConfigurations.isEmpty()) {
            return;
        }
        if (!c.peers.isEmpty() || !c.pools.isEmpty()) {
            // MetalLB in frr-k8s mode writes FRRConfigurations of its own from its objects; one speaker per cluster.
            for (FrrK8sReader.Configuration f : c.frrConfigurations) {
                FrrK8sReader.Origin o = f.origin();
                notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, o.file(), o.line(), o.where(), "FRRConfiguration " + f.name(),
                        "the cluster's MetalLB objects are imported; an FRRConfiguration beside them is not (MetalLB writes its own, "
                                + "and a design runs one speaker per cluster)"));
            }
            return;
        }
        c.speaker = Speaker.FRR_K8S;
        Map<BgpPeer, Set<String>> peerNodes = new LinkedHashMap<>();
        Map<String, Map<BgpPeer, Map<String, NodeAnnouncements.Attributes>>> announced = new LinkedHashMap<>();
        Map<String, MetalLbBfdProfile> profiles = new LinkedHashMap<>();
        for (FrrK8sReader.Configuration f : c.frrConfigurations) {
            List<String> nodes = nodes(c, f, notes);
            for (FrrK8sReader.Router r : f.routers()) {
                for (FrrK8sReader.Neighbor n : r.neighbors()) {
                    BgpPeer key = withFrrTimers(n.peer());
                    peerNodes.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(nodes);
                    for (String node : nodes) {
                        announced.computeIfAbsent(node, k -> new LinkedHashMap<>()).merge(key, n.advertised(), FrrK8sDesign::union);
                    }
                }
                unannounced(r, f, notes);
            }
            for (MetalLbBfdProfile b : f.bfdProfiles()) {
                MetalLbBfdProfile old = profiles.putIfAbsent(b.name(), b);
                if (old != null && !old.equals(b)) {
                    notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, f.origin().file(), f.origin().line(), f.origin().where(),
                            "bfdProfiles " + b.name(), "a second profile of this name with other values; the first one is imported"));
                }
            }
        }
        Map<BgpPeer, String> names = names(peerNodes.keySet());
        Set<String> speakers = new LinkedHashSet<>(c.nodes.stream().filter(Node::isSpeaker).map(Node::name).toList());
        for (var e : peerNodes.entrySet()) {
            c.peers.add(named(e.getKey(), names.get(e.getKey()), selectors(c, e.getValue(), speakers, notes)));
        }
        c.bfdProfiles.addAll(profiles.values());
        Map<String, Map<String, Map<String, NodeAnnouncements.Attributes>>> byName = new LinkedHashMap<>();
        announced.forEach((node, m) -> m.forEach((peer, prefixes) ->
                byName.computeIfAbsent(node, k -> new LinkedHashMap<>()).put(names.get(peer), prefixes)));
        FrrK8sAnnouncements.design(c, byName, notes);
    }

    /** A neighbor setting neither timer runs FRR's; the design says so, since its own default is MetalLB's. */
    private static BgpPeer withFrrTimers(BgpPeer p) {
        if (p.holdTime() != null || p.keepaliveTime() != null) {
            return p;
        }
        return new BgpPeer(p.name(), p.myASN(), p.peerASN(), p.dynamicASN(), p.localASN(), p.peerAddress(), p.interfaceName(),
                p.sourceAddress(), p.peerPort(), FRR_HOLD, FRR_KEEPALIVE, p.connectTime(), p.routerID(), p.password(), p.passwordSecret(),
                p.bfdProfile(), p.ebgpMultiHop(), p.vrf(), p.enableGracefulRestart(), p.disableMP(), p.nodeSelectors(),
                p.dualStackAddressFamily(), p.toReceive());
    }

    private static BgpPeer named(BgpPeer p, String name, List<LabelSelector> selectors) {
        return new BgpPeer(name, p.myASN(), p.peerASN(), p.dynamicASN(), p.localASN(), p.peerAddress(), p.interfaceName(),
                p.sourceAddress(), p.peerPort(), p.holdTime(), p.keepaliveTime(), p.connectTime(), p.routerID(), p.password(),
                p.passwordSecret(), p.bfdProfile(), p.ebgpMultiHop(), p.vrf(), p.enableGracefulRestart(), p.disableMP(), selectors,
                p.dualStackAddressFamily(), p.toReceive());
    }

    /** A name per peer from its address (or interface): FRRConfiguration neighbors have none. */
    private static Map<BgpPeer, String> names(Set<BgpPeer> peers) {
        Map<BgpPeer, String> out = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>();
        for (BgpPeer p : peers) {
            String target = p.peerAddress() != null ? p.peerAddress() : Objects.toString(p.interfaceName(), "neighbor");
            String base = "peer-" + target.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String name = base;
            for (int i = 2; !used.add(name); i++) {
                name = base + "-" + i;
            }
            out.put(p, name);
        }
        return out;
    }

    /** The nodes an FRRConfiguration applies to: those its selector matches (none: every node), by their labels and hostname. */
    private static List<String> nodes(ParsedCluster c, FrrK8sReader.Configuration f, List<ImportNote> notes) {
        List<String> out = new ArrayList<>();
        for (Node n : c.nodes) {
            Map<String, String> labels = new TreeMap<>(n.labels());
            labels.putIfAbsent(HOSTNAME, n.name());
            if (f.nodeSelector() == null || f.nodeSelector().matches(labels)) {
                out.add(n.name());
            }
        }
        if (c.nodes.isEmpty()) {
            notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, f.origin().file(), f.origin().line(), f.origin().where(), "toAdvertise",
                    "the cluster's nodes are not in the files (Node objects or Peerplan's header): the neighbors are imported for "
                            + "every node, what each node advertises is not"));
        } else if (out.isEmpty()) {
            notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, f.origin().file(), f.origin().line(), f.origin().where(), "spec.nodeSelector",
                    "selects none of the cluster's nodes (Node objects or Peerplan's header); what it advertises is not imported"));
        }
        return out;
    }

    /**
     * MetalLB's node selection for a peer: none when every speaker node holds it, else the nodes by
     * hostname (the label is added to a node that lacks it, as kubelet sets it on every node).
     */
    private static List<LabelSelector> selectors(ParsedCluster c, Set<String> nodes, Set<String> speakers, List<ImportNote> notes) {
        if (nodes.equals(speakers)) {
            return List.of();
        }
        c.nodes.replaceAll(n -> !nodes.contains(n.name()) || n.labels().containsKey(HOSTNAME) ? n : withHostname(n, notes));
        return List.of(new LabelSelector(null, List.of(new LabelSelector.Requirement(HOSTNAME, "In", List.copyOf(nodes)))));
    }

    static Node withHostname(Node n, List<ImportNote> notes) {
        TreeMap<String, String> labels = new TreeMap<>(n.labels());
        labels.put(HOSTNAME, n.name());
        notes.add(new ImportNote(ImportNote.Kind.INFERRED, "(frr-k8s)", 0, "node " + n.name(), HOSTNAME + "=" + n.name(),
                "the label kubelet sets on every node, added so that the peers and advertisements of its FRRConfiguration select it"));
        return new Node(n.id(), n.name(), n.address(), n.role(), labels, n.network());
    }

    /** A router prefix no neighbor is allowed: frr-k8s puts it in FRR's table but announces it nowhere. */
    private static void unannounced(FrrK8sReader.Router r, FrrK8sReader.Configuration f, List<ImportNote> notes) {
        Set<String> sent = new LinkedHashSet<>();
        r.neighbors().forEach(n -> sent.addAll(n.advertised().keySet()));
        for (String p : r.prefixes()) {
            if (!sent.contains(p)) {
                notes.add(new ImportNote(ImportNote.Kind.UNKNOWN, f.origin().file(), f.origin().line(), f.origin().where(), "prefixes: " + p,
                        "announced to no neighbor (no toAdvertise allows it); a design announces service IPs to peers, so not imported"));
            }
        }
    }

    private static Map<String, NodeAnnouncements.Attributes> union(Map<String, NodeAnnouncements.Attributes> a, Map<String, NodeAnnouncements.Attributes> b) {
        Map<String, NodeAnnouncements.Attributes> out = new LinkedHashMap<>(a);
        b.forEach(out::putIfAbsent);
        return out;
    }
}
