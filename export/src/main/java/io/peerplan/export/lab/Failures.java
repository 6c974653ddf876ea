package io.peerplan.export.lab;

import io.peerplan.model.ElementKind;
import io.peerplan.model.Ip;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code --fail ID} does to a lab. A router, vantage or speaker node (or every one of a cluster
 * or region) loses its bgpd, stopped by PID: its peers see the session close at once. A peering or a
 * network loses its traffic silently through nftables inside the lab's namespaces, so nothing tells
 * the peers: only the hold timer, or BFD, notices (frr-lab.md: about 130 s vs under 1 s).
 */
final class Failures {
    static final String TABLE = "peerplan_lab";

    private Failures() {
    }

    /** Hosts whose bgpd an id takes down, and addresses/networks whose traffic it drops. */
    record Effect(Set<String> stoppedHosts, List<LabPlan.Session> droppedSessions, Set<String> droppedNetworks) {
        boolean isEmpty() {
            return stoppedHosts.isEmpty() && droppedSessions.isEmpty() && droppedNetworks.isEmpty();
        }
    }

    static Effect effect(Topology t, LabPlan plan, String id) {
        TopologyIndex index = new TopologyIndex(t);
        ElementKind kind = index.kind(id).orElseThrow(() -> new LabException("--fail " + id
                + ": no element of the topology has this id (see `peerplan show`)"));
        Set<String> hosts = new LinkedHashSet<>();
        List<LabPlan.Session> sessions = new ArrayList<>();
        Set<String> networks = new LinkedHashSet<>();
        switch (kind) {
            case ROUTER, VANTAGE, NODE -> hosts.add(id);
            case CLUSTER -> index.cluster(id).orElseThrow().nodes().forEach(n -> hosts.add(n.id()));
            case REGION -> {
                for (LabPlan.Host h : plan.hosts()) {
                    if (id.equals(index.regionOf(h.elementId()))) {
                        hosts.add(h.elementId());
                    }
                }
            }
            case PEERING -> plan.sessions().stream().filter(s -> s.peering().equals(id)).forEach(sessions::add);
            case NETWORK -> networks.add(id);
        }
        hosts.removeIf(h -> plan.host(h).isEmpty());
        if (kind == ElementKind.NETWORK && plan.switches().stream().noneMatch(s -> s.networkId().equals(id))) {
            throw new LabException("--fail " + id + ": no lab host is plugged into this network");
        }
        Effect e = new Effect(hosts, sessions, networks);
        if (e.isEmpty()) {
            throw new LabException("--fail " + id + ": nothing in the lab runs for this " + kind.name().toLowerCase());
        }
        return e;
    }

    /** Drops, both ways and silently, the traffic of a session at both of its ends. */
    static void dropSession(LabPlan plan, LabPlan.Session s, Path runDir, LabState state) {
        drop(plan.host(s.a()).orElseThrow().namespace(), s.aAddress(), runDir, state);
        drop(plan.host(s.b()).orElseThrow().namespace(), s.bAddress(), runDir, state);
    }

    private static void drop(String ns, Ip peer, Path runDir, LabState state) {
        String rules = "table inet " + TABLE + " {\n"
                + " chain lab_input { type filter hook input priority -10; policy accept; ip saddr " + peer + " drop; }\n"
                + " chain lab_output { type filter hook output priority -10; policy accept; ip daddr " + peer + " drop; }\n"
                + "}\n";
        nft(ns, rules, runDir, state);
    }

    /** Drops every frame a network's bridge would forward: links stay up, nothing gets through. */
    static void dropNetwork(LabPlan plan, String networkId, Path runDir, LabState state) {
        String ns = plan.switches().stream().filter(s -> s.networkId().equals(networkId)).findFirst().orElseThrow()
                .namespace();
        nft(ns, "table bridge " + TABLE + " {\n chain lab_forward { type filter hook forward priority -10; policy drop; }\n}\n",
                runDir, state);
    }

    private static void nft(String ns, String rules, Path runDir, LabState state) {
        Path f = runDir.resolve("nft-" + ns + "-" + System.nanoTime() + ".nft");
        try {
            Files.writeString(f, rules);
        } catch (IOException e) {
            throw new LabException("cannot write " + f + ": " + e.getMessage(), e);
        }
        Exec.run(List.of("ip", "netns", "exec", ns, "nft", "-f", f.toString())).orThrow();
        if (!state.nftNamespaces.contains(ns)) {
            state.nftNamespaces.add(ns);
        }
    }
}
