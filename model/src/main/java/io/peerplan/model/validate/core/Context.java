package io.peerplan.model.validate.core;

import io.peerplan.model.Cluster;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.session.AddressBook;
import io.peerplan.model.session.Sessions;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What the rules of one validation run share, each piece computed once on first use: the id index,
 * who holds which address, each cluster's resolved MetalLB objects, the sessions and the session
 * graph. One context per {@code Validator.validate} call; not shared between threads.
 */
public final class Context {
    private final Topology topology;
    private final TopologyIndex index;
    private final Map<Cluster, ClusterView> clusters = new IdentityHashMap<>();
    private AddressBook book;
    private Sessions sessions;
    private SessionGraph graph;
    private final Map<String, Object> memos = new java.util.HashMap<>();

    public Context(Topology topology) {
        this.topology = complete(topology);
        this.index = new TopologyIndex(this.topology);
    }

    /**
     * The topology without peerings that lack an end or an element: the loader refuses such files
     * ("needs both ends"), but the designer may hold one while the user draws it, and there is no
     * session to judge yet.
     */
    private static Topology complete(Topology t) {
        boolean partial = t.peerings().stream().anyMatch(p -> p.a() == null || p.b() == null || p.a().element() == null
                || p.b().element() == null);
        if (!partial) {
            return t;
        }
        return t.withPeerings(t.peerings().stream().filter(p -> p.a() != null && p.b() != null && p.a().element() != null
                && p.b().element() != null).toList());
    }

    public Topology topology() {
        return topology;
    }

    public TopologyIndex index() {
        return index;
    }

    public AddressBook addresses() {
        if (book == null) {
            book = new AddressBook(topology);
        }
        return book;
    }

    public ClusterView view(Cluster c) {
        return clusters.computeIfAbsent(c, ClusterView::new);
    }

    public Sessions sessions() {
        if (sessions == null) {
            sessions = new Sessions(topology, index, addresses());
        }
        return sessions;
    }

    public SessionGraph graph() {
        if (graph == null) {
            graph = new SessionGraph(this);
        }
        return graph;
    }

    /** A value several rules share, computed by the first that asks (the key names it, e.g. the rule class). */
    @SuppressWarnings("unchecked")
    public <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object v = memos.get(key);
        if (v == null) {
            v = compute.get();
            memos.put(key, v);
        }
        return (T) v;
    }

    /**
     * The clusters whose nodes run this speaker: a speaker's own rules (MetalLB's webhook, frr-k8s's,
     * Cilium's operator) judge only the objects that speaker reads.
     */
    public java.util.List<Cluster> clustersOf(io.peerplan.model.Speaker speaker) {
        return topology.clusters().stream().filter(c -> c.effectiveSpeaker() == speaker).toList();
    }

    /** The display name of any element id (the id itself when unknown). */
    public String name(String id) {
        return index.displayName(id);
    }
}
