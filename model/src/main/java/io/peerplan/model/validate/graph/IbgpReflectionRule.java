package io.peerplan.model.validate.graph;

import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.session.Session;
import io.peerplan.model.session.SessionEnd;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * iBGP split horizon: a router does not pass a route learned over iBGP to another iBGP neighbor
 * unless it reflects routes for one of them (RFC 4271 §9.2, RFC 4456 §6). So speakers that peer over
 * iBGP with router Y never reach router R behind Y in the same AS, unless Y is a route reflector for
 * the speakers or for R, or R peers with the speakers itself.
 */
final class IbgpReflectionRule {
    static final RuleInfo RULE = RuleInfo.warning("GRAPH-IBGP-NO-REFLECTOR", RuleFamily.GRAPH,
            "A cluster's routes would have to cross two iBGP hops without a route reflector, so they stop halfway",
            "RFC 4271 §9.2 (iBGP-learned routes are not advertised to iBGP peers), RFC 4456 §6 (route reflection)");

    private IbgpReflectionRule() {
    }

    static void check(Context ctx, Sink sink) {
        // Y (router) -> cluster id -> speaker sessions over iBGP; Y -> iBGP router neighbors.
        Map<String, Map<String, List<Session>>> speakersAt = new LinkedHashMap<>();
        Map<String, List<Session>> routersAt = new LinkedHashMap<>();
        Set<String> direct = new HashSet<>();
        for (Session s : ctx.sessions().sessions()) {
            if (s.ebgp() || !s.establishes()) {
                continue;
            }
            SessionEnd sp = s.a().isSpeaker() ? s.a() : s.b().isSpeaker() ? s.b() : null;
            if (sp != null) {
                SessionEnd y = s.other(sp);
                speakersAt.computeIfAbsent(y.element(), k -> new LinkedHashMap<>()).computeIfAbsent(sp.element(), k -> new ArrayList<>()).add(s);
                direct.add(y.element() + "\u0000" + sp.element());
            } else {
                routersAt.computeIfAbsent(s.a().element(), k -> new ArrayList<>()).add(s);
                routersAt.computeIfAbsent(s.b().element(), k -> new ArrayList<>()).add(s);
            }
        }
        speakersAt.forEach((y, byCluster) -> {
            for (Session toR : routersAt.getOrDefault(y, List.of())) {
                SessionEnd yEnd = toR.a().element().equals(y) ? toR.a() : toR.b();
                SessionEnd r = toR.other(yEnd);
                if (reflects(yEnd)) {
                    continue;
                }
                byCluster.forEach((cluster, sessions) -> {
                    boolean clientSpeakers = sessions.stream().allMatch(s -> reflects(s.other(s.a().isSpeaker() ? s.a() : s.b())));
                    if (clientSpeakers || direct.contains(r.element() + "\u0000" + cluster)) {
                        return;
                    }
                    sink.report("the speakers of cluster " + ctx.name(cluster) + " reach " + ctx.name(y) + " over iBGP, and " + ctx.name(y)
                                    + " reaches " + r.label() + " over iBGP too (AS " + yEnd.presentedAs() + "): " + ctx.name(y)
                                    + " does not pass iBGP-learned routes to another iBGP neighbor, so " + r.label()
                                    + " never learns the cluster's service IPs",
                            List.of(y, r.element(), cluster, toR.peering().id()),
                            "make " + ctx.name(y) + " a route reflector (neighbor ... route-reflector-client for the speakers), "
                                    + "or peer " + r.label() + " with the speakers, or use eBGP between them");
                });
            }
        });
    }

    /** Y's neighbor config toward that peer marks it as route-reflector-client. */
    private static boolean reflects(SessionEnd yEnd) {
        return yEnd.config() != null && Boolean.TRUE.equals(yEnd.config().routeReflectorClient());
    }
}
