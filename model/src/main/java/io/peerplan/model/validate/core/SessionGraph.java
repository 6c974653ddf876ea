package io.peerplan.model.validate.core;

import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.Router;
import io.peerplan.model.Vantage;
import io.peerplan.model.session.Session;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The BGP session graph of one validation run: a vertex per router, vantage and speaker node, an
 * edge per pair with at least one session that establishes ({@link Session#establishes()}). Built
 * once in O(V + E); bridges and cut points come from JGraphT's {@link BiconnectivityInspector}
 * (linear time, cached). Reachability with one element removed is a plain BFS over index arrays,
 * O(V + E) per question.
 */
public final class SessionGraph {
    private final Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    private final Map<String, Set<String>> peeringsOfEdge = new HashMap<>();
    private final Map<String, List<String>> speakersOfCluster = new LinkedHashMap<>();
    private final List<String> vantages = new ArrayList<>();
    private final List<String> vertices;
    private final Map<String, Integer> position = new HashMap<>();
    private final int[][] adjacency;
    private BiconnectivityInspector<String, DefaultEdge> inspector;

    public SessionGraph(Context ctx) {
        for (Router r : ctx.topology().routers()) {
            graph.addVertex(r.id());
        }
        for (Vantage v : ctx.topology().vantages()) {
            graph.addVertex(v.id());
            vantages.add(v.id());
        }
        for (Cluster c : ctx.topology().clusters()) {
            List<String> speakers = new ArrayList<>();
            for (Node n : c.nodes()) {
                if (n.isSpeaker()) {
                    graph.addVertex(n.id());
                    speakers.add(n.id());
                }
            }
            speakersOfCluster.put(c.id(), speakers);
        }
        vertices = new ArrayList<>(graph.vertexSet());
        for (int i = 0; i < vertices.size(); i++) {
            position.put(vertices.get(i), i);
        }
        List<List<Integer>> adj = new ArrayList<>(vertices.size());
        for (int i = 0; i < vertices.size(); i++) {
            adj.add(new ArrayList<>(2));
        }
        for (Session s : ctx.sessions().sessions()) {
            if (!s.establishes()) {
                continue;
            }
            String u = s.a().vertex();
            String v = s.b().vertex();
            Integer iu = position.get(u);
            Integer iv = position.get(v);
            if (u.equals(v) || iu == null || iv == null) {
                continue;
            }
            if (graph.addEdge(u, v) != null) {
                adj.get(iu).add(iv);
                adj.get(iv).add(iu);
            }
            peeringsOfEdge.computeIfAbsent(key(u, v), k -> new LinkedHashSet<>(2)).add(s.peering().id());
        }
        adjacency = new int[vertices.size()][];
        for (int i = 0; i < vertices.size(); i++) {
            adjacency[i] = adj.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    public Graph<String, DefaultEdge> graph() {
        return graph;
    }

    public List<String> vantages() {
        return vantages;
    }

    /** The speaker node ids of a cluster (vertices, whether or not they have sessions). */
    public List<String> speakers(String clusterId) {
        return speakersOfCluster.getOrDefault(clusterId, List.of());
    }

    public int degree(String vertex) {
        return graph.containsVertex(vertex) ? graph.degreeOf(vertex) : 0;
    }

    /** The vertices connected to any vantage (JGraphT ConnectivityInspector, O(V + E)). */
    public Set<String> connectedToVantages() {
        ConnectivityInspector<String, DefaultEdge> ci = new ConnectivityInspector<>(graph);
        Set<String> out = new java.util.HashSet<>();
        for (String v : vantages) {
            out.addAll(ci.connectedSetOf(v));
        }
        return out;
    }

    public Set<String> cutpoints() {
        return inspector().getCutpoints();
    }

    public Set<DefaultEdge> bridges() {
        return inspector().getBridges();
    }

    public String source(DefaultEdge e) {
        return graph.getEdgeSource(e);
    }

    public String target(DefaultEdge e) {
        return graph.getEdgeTarget(e);
    }

    /** The peerings whose sessions make up this edge. */
    public Set<String> peerings(DefaultEdge e) {
        return peeringsOfEdge.getOrDefault(key(source(e), target(e)), Set.of());
    }

    /**
     * The vertices reachable from {@code from} when {@code removedVertex} (may be null) and the edge
     * {@code removedU–removedV} (may be null) have failed.
     */
    public BitSet reach(List<String> from, String removedVertex, String removedU, String removedV) {
        BitSet seen = new BitSet(vertices.size());
        int skip = removedVertex == null ? -1 : position.getOrDefault(removedVertex, -1);
        int eu = removedU == null ? -1 : position.getOrDefault(removedU, -1);
        int ev = removedV == null ? -1 : position.getOrDefault(removedV, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (String f : from) {
            Integer i = position.get(f);
            if (i != null && i != skip && !seen.get(i)) {
                seen.set(i);
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int w : adjacency[u]) {
                if (w == skip || seen.get(w) || (u == eu && w == ev) || (u == ev && w == eu)) {
                    continue;
                }
                seen.set(w);
                queue.add(w);
            }
        }
        return seen;
    }

    /** True when one of {@code vertices} is in the reached set. */
    public boolean anyReached(BitSet reached, List<String> of) {
        for (String v : of) {
            Integer i = position.get(v);
            if (i != null && reached.get(i)) {
                return true;
            }
        }
        return false;
    }

    private BiconnectivityInspector<String, DefaultEdge> inspector() {
        if (inspector == null) {
            inspector = new BiconnectivityInspector<>(graph);
        }
        return inspector;
    }

    private static String key(String u, String v) {
        return u.compareTo(v) < 0 ? u + "\u0000" + v : v + "\u0000" + u;
    }
}
