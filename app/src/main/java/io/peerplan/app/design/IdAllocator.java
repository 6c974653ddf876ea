package io.peerplan.app.design;

import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.Topology;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hands out names that are free in one namespace: topology-wide ids (the project format requires
 * them unique across regions, networks, routers, vantages, clusters, nodes and peerings), or the
 * names of one cluster's nodes, pools or services. Every name it returns is then reserved, so one
 * allocator can name a whole pasted fragment.
 */
public final class IdAllocator {
    /** The project format's id rule (StructureCheck.ID): what users type after {@code --fail}. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern NUMBERED = Pattern.compile("(.*?)-(\\d+)");

    private final Set<String> taken;

    public IdAllocator(Collection<String> taken) {
        this.taken = new HashSet<>(taken);
    }

    /** Every id in the topology, nodes included. */
    public static IdAllocator ids(Topology t) {
        Set<String> ids = new HashSet<>();
        t.regions().forEach(r -> ids.add(r.id()));
        t.networks().forEach(n -> ids.add(n.id()));
        t.routers().forEach(r -> ids.add(r.id()));
        t.vantages().forEach(v -> ids.add(v.id()));
        for (Cluster c : t.clusters()) {
            ids.add(c.id());
            c.nodes().forEach(n -> ids.add(n.id()));
        }
        t.peerings().forEach(p -> ids.add(p.id()));
        return new IdAllocator(ids);
    }

    /** The node names of one cluster (Kubernetes node names are unique per cluster). */
    public static IdAllocator nodeNames(Cluster c) {
        return new IdAllocator(c.nodes().stream().map(Node::name).toList());
    }

    public boolean isTaken(String name) {
        return taken.contains(name);
    }

    /** {@code base-1}, {@code base-2}, … : the first free numbered name. */
    public String next(String base) {
        for (int i = 1; ; i++) {
            String candidate = base + "-" + i;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    /** {@code wanted} itself when free, else the next free number after its stem ({@code gw-2} → {@code gw-3}). */
    public String unique(String wanted) {
        if (taken.add(wanted)) {
            return wanted;
        }
        var m = NUMBERED.matcher(wanted);
        String stem = m.matches() ? m.group(1) : wanted;
        int start = m.matches() ? Integer.parseInt(m.group(2)) + 1 : 2;
        for (int i = start; ; i++) {
            String candidate = stem + "-" + i;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }
}
