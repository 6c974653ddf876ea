package io.peerplan.model.validate.graph;

import io.peerplan.model.Cluster;
import io.peerplan.model.ElementKind;
import io.peerplan.model.Node;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Vantage;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.SessionGraph;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reachability in the session graph ({@link SessionGraph}): every cluster must reach the vantage,
 * nothing should hang by a single router or session, nothing should stand alone.
 */
public final class GraphRules {
    public static final RuleInfo CLUSTER_UNREACHABLE = RuleInfo.error("GRAPH-CLUSTER-UNREACHABLE", RuleFamily.GRAPH,
            "No chain of working BGP sessions leads from a cluster's speakers to any vantage",
            "JGraphT ConnectivityInspector semantics over the session graph; BGP only announces over established sessions (RFC 4271 §8)");
    public static final RuleInfo SINGLE_POINT_OF_FAILURE = RuleInfo.warning("GRAPH-SINGLE-POINT-OF-FAILURE", RuleFamily.GRAPH,
            "One router, speaker or session is the only way from a cluster to the vantage (or, without a vantage, to any router)",
            "JGraphT BiconnectivityInspector cut points and bridges; seed 000: \"one VM in the cloud can look like a point of failure\"");
    public static final RuleInfo ISOLATED = RuleInfo.warning("GRAPH-ISOLATED", RuleFamily.GRAPH,
            "A router, vantage or cluster has no BGP session that comes up (info for a single speaker node of an otherwise connected cluster)",
            "RFC 4271 §8: without an Established session nothing is announced or learned");

    private GraphRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(CLUSTER_UNREACHABLE, GraphRules::clusterUnreachable), Rule.of(SINGLE_POINT_OF_FAILURE, GraphRules::singlePoints),
                Rule.of(ISOLATED, GraphRules::isolated), Rule.of(IbgpReflectionRule.RULE, IbgpReflectionRule::check));
    }

    static void clusterUnreachable(Context ctx, Sink sink) {
        SessionGraph g = ctx.graph();
        if (g.vantages().isEmpty()) {
            return;
        }
        java.util.Set<String> reached = g.connectedToVantages();
        for (Cluster c : ctx.topology().clusters()) {
            List<String> speakers = g.speakers(c.id());
            if (speakers.isEmpty() || speakers.stream().allMatch(s -> g.degree(s) == 0) || speakers.stream().anyMatch(reached::contains)) {
                continue;
            }
            sink.report("no chain of working BGP sessions leads from cluster " + c.displayName() + " to " + vantageNames(ctx, g)
                            + ": its service IPs are not reachable from there",
                    List.of(c.id()), "connect the cluster's routers to a router that reaches the vantage");
        }
    }

    /**
     * For each cut point and each bridge of the session graph: the clusters that lose every path to
     * the vantage (or to every router) when it fails. Bridges whose ends are already reported as cut
     * points add nothing and are left out. O((cut points + bridges) × (V + E)).
     */
    static void singlePoints(Context ctx, Sink sink) {
        SessionGraph g = ctx.graph();
        List<String> targets = g.vantages().isEmpty() ? routers(ctx) : g.vantages();
        String where = g.vantages().isEmpty() ? "any other router" : vantageNames(ctx, g);
        BitSet before = g.reach(targets, null, null, null);
        List<Cluster> clusters = ctx.topology().clusters().stream()
                .filter(c -> reaches(g, before, c)).toList();
        List<String> reported = new ArrayList<>();
        for (String v : g.cutpoints().stream().sorted().toList()) {
            if (g.vantages().contains(v)) {
                continue;
            }
            BitSet after = g.reach(targets, v, null, null);
            for (Cluster c : clusters) {
                if (!g.speakers(c.id()).contains(v) && !reaches(g, after, c)) {
                    reported.add(v);
                    String text = g.vantages().isEmpty()
                            ? ctx.name(v) + " is the only BGP router between cluster " + c.displayName() + " and the rest of the network: "
                                    + "if it fails, nothing announces " + c.displayName() + "'s service IPs"
                            : ctx.name(v) + " is the only way from cluster " + c.displayName() + " to " + where
                                    + ": if it fails, " + c.displayName() + "'s service IPs disappear from there";
                    sink.report(text, List.of(v, c.id()), hint(ctx, v));
                }
            }
        }
        for (var e : g.bridges()) {
            String u = g.source(e);
            String w = g.target(e);
            if (reported.contains(u) || reported.contains(w)) {
                continue;
            }
            BitSet after = g.reach(targets, null, u, w);
            for (Cluster c : clusters) {
                List<String> from = g.speakers(c.id());
                boolean speakerEdge = from.contains(u) || from.contains(w);
                if (!reaches(g, after, c) && !(speakerEdge && from.size() > 1)) {
                    List<String> ids = new ArrayList<>(g.peerings(e));
                    ids.add(c.id());
                    sink.report("the session between " + ctx.name(u) + " and " + ctx.name(w) + " (peering " + String.join(", ", g.peerings(e))
                                    + ") is the only way from cluster " + c.displayName() + " to " + where,
                            ids, "add a second session or path");
                }
            }
        }
    }

    /**
     * Whether a speaker of the cluster is in the set reached from the targets (the vantages, or without
     * one every router; a removed element is neither a start nor a step of the search).
     */
    private static boolean reaches(SessionGraph g, BitSet reached, Cluster c) {
        return g.anyReached(reached, g.speakers(c.id()));
    }

    private static String hint(Context ctx, String v) {
        if (ctx.index().kind(v).orElse(ElementKind.ROUTER) == ElementKind.NODE) {
            return "run speakers on more nodes (select a second node in the BGPPeer)";
        }
        RouterRole role = ctx.index().router(v).map(Router::role).orElse(null);
        if (role == RouterRole.PROVIDER) {
            return "give the gateways a session to a second provider (or a second router of this one)";
        }
        if (role == RouterRole.GATEWAY) {
            return "add a second gateway and peer both the cluster's speakers and the providers with it";
        }
        return "add a second router that peers with the cluster's speakers and with the next hop";
    }

    static void isolated(Context ctx, Sink sink) {
        SessionGraph g = ctx.graph();
        for (Router r : ctx.topology().routers()) {
            if (g.degree(r.id()) == 0) {
                sink.report(r.displayName() + " has no BGP session that comes up", List.of(r.id()), "add a peering, or fix the session findings");
            }
        }
        for (Vantage v : ctx.topology().vantages()) {
            if (g.degree(v.id()) == 0) {
                sink.report(v.displayName() + " (vantage) has no BGP session that comes up, so it sees nothing", List.of(v.id()),
                        "peer the vantage with the providers");
            }
        }
        for (Cluster c : ctx.topology().clusters()) {
            List<String> speakers = g.speakers(c.id());
            if (speakers.isEmpty()) {
                continue;
            }
            List<String> alone = speakers.stream().filter(s -> g.degree(s) == 0).toList();
            if (alone.size() == speakers.size()) {
                sink.report("cluster " + c.displayName() + " has no BGP session that comes up: none of its service IPs is announced",
                        List.of(c.id()), "add a peering between the cluster and a router, or fix the session findings");
            } else {
                for (String s : alone) {
                    String name = c.nodes().stream().filter(n -> n.id().equals(s)).map(Node::name).findFirst().orElse(s);
                    sink.report(Severity.INFO, "node " + name + " of cluster " + c.displayName() + " runs a speaker but has no BGP session: "
                            + "it announces nothing (services whose only endpoints are there are unreachable with externalTrafficPolicy Local)",
                            List.of(s, c.id()), "select it in a BGPPeer and give the router a neighbor for it, or exclude it from load balancing");
                }
            }
        }
    }

    private static List<String> routers(Context ctx) {
        return ctx.topology().routers().stream().map(Router::id).toList();
    }

    private static String vantageNames(Context ctx, SessionGraph g) {
        return String.join(" or ", g.vantages().stream().map(ctx::name).toList());
    }
}
