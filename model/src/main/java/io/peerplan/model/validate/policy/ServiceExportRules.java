package io.peerplan.model.validate.policy;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Action;
import io.peerplan.model.Cluster;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Router;
import io.peerplan.model.Service;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.ClusterView;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Ips;
import io.peerplan.model.validate.core.PoolView;
import io.peerplan.model.validate.core.PrefixFilter;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.validate.core.Session;
import io.peerplan.model.validate.core.SessionEnd;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gateway learns the service prefixes from its speakers and should pass them on; an outbound
 * prefix-list or route-map toward another neighbor that denies them silently breaks reachability.
 * Each service prefix is the service IP rolled up to its advertisement's aggregation length, as
 * MetalLB announces it.
 */
public final class ServiceExportRules {
    public static final RuleInfo OUTBOUND_DENIES_SERVICES = RuleInfo.warning("POLICY-OUTBOUND-DENIES-SERVICES", RuleFamily.POLICY,
            "An outbound prefix-list or route-map denies service prefixes the router learns from its speakers",
            "FRR lib/plist.c and lib/routemap.c semantics (first match, implicit deny); RFC 4271 §9.1.3 (Phase 3: export policy)");

    private ServiceExportRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(OUTBOUND_DENIES_SERVICES, ServiceExportRules::outboundDeniesServices));
    }

    static void outboundDeniesServices(Context ctx, Sink sink) {
        Map<String, Map<IPAddress, String>> learned = learnedServicePrefixes(ctx);
        Set<String> seen = new LinkedHashSet<>();
        for (Session s : ctx.sessions().sessions()) {
            for (SessionEnd side : List.of(s.a(), s.b())) {
                Router r = side.router();
                SessionEnd other = s.other(side);
                if (r == null || other.isSpeaker() || !learned.containsKey(r.id()) || !seen.add(s.peering().id() + "/" + r.id())) {
                    continue;
                }
                if (!s.ebgp() && !ibgpMayCarry(ctx, r)) {
                    continue;
                }
                List<String> denied = new ArrayList<>();
                List<String> services = new ArrayList<>();
                learned.get(r.id()).forEach((prefix, service) -> {
                    String why = denies(r, side, prefix);
                    if (why != null) {
                        denied.add(Ips.cidrText(prefix) + " (" + why + ")");
                        services.add(service);
                    }
                });
                if (!denied.isEmpty()) {
                    sink.report(r.displayName() + " does not pass " + String.join(", ", denied) + " to " + other.label() + ", though it learns "
                                    + (denied.size() == 1 ? "it" : "them") + " from its speakers (" + String.join(", ", services)
                                    + "): clients behind " + other.label() + " cannot reach " + (denied.size() == 1 ? "that service" : "those services")
                                    + " [peering " + s.peering().id() + "]",
                            List.of(r.id(), other.element(), s.peering().id()), "permit the service pool's prefixes (e.g. 'permit POOL le 32') in the outbound filter");
                }
            }
        }
    }

    /** Routes learned over iBGP go to iBGP peers only through a route reflector (RFC 4456). */
    private static boolean ibgpMayCarry(Context ctx, Router r) {
        return ctx.sessions().sessions().stream().anyMatch(s -> !s.ebgp() && (s.a().element().equals(r.id()) && Boolean.TRUE.equals(s.a().config().routeReflectorClient())
                || s.b().element().equals(r.id()) && Boolean.TRUE.equals(s.b().config().routeReflectorClient())));
    }

    /** Why the router's outbound filters toward that neighbor deny the prefix, or null when they permit it. */
    private static String denies(Router r, SessionEnd side, IPAddress prefix) {
        String pl = side.config().prefixListOut();
        if (pl != null) {
            PrefixList list = r.prefixList(pl).orElse(null);
            if (list != null && PrefixFilter.evaluate(list, prefix) == Action.DENY) {
                return "prefix-list " + pl;
            }
        }
        String rm = side.config().routeMapOut();
        if (rm != null && r.routeMap(rm).isPresent() && PrefixFilter.evaluate(r, rm, prefix) == PrefixFilter.Verdict.DENY) {
            return "route-map " + rm;
        }
        return null;
    }

    /** Router id → service prefix → "namespace/name of cluster", for every router a cluster's speakers reach. */
    private static Map<String, Map<IPAddress, String>> learnedServicePrefixes(Context ctx) {
        Map<String, Map<IPAddress, String>> out = new LinkedHashMap<>();
        Set<String> done = new LinkedHashSet<>();
        for (Session s : ctx.sessions().sessions()) {
            SessionEnd speaker = s.a().isSpeaker() ? s.a() : s.b().isSpeaker() ? s.b() : null;
            if (speaker == null || !s.establishes() || s.other(speaker).router() == null) {
                continue;
            }
            String router = s.other(speaker).element();
            if (!done.add(router + "\u0000" + speaker.cluster().id() + "\u0000" + speaker.bgpPeer().name())) {
                continue;
            }
            Map<IPAddress, String> prefixes = out.computeIfAbsent(router, k -> new LinkedHashMap<>());
            Cluster c = speaker.cluster();
            ClusterView v = ctx.view(c);
            for (Service svc : c.services()) {
                for (String text : svc.ips()) {
                    IPAddress ip = Ips.parseAddress(text);
                    PoolView pool = ip == null ? null : v.poolContaining(ip);
                    if (pool == null) {
                        continue;
                    }
                    for (ClusterView.Advertisement a : v.advertisementsFor(pool.name(), speaker.bgpPeer().name())) {
                        int len = ip.isIPv4() ? a.ad().effectiveAggregationLength() : a.ad().effectiveAggregationLengthV6();
                        prefixes.putIfAbsent(Ips.networkOf(ip, len), svc.effectiveNamespace() + "/" + svc.name() + " of " + c.displayName());
                    }
                }
            }
        }
        return out;
    }
}
