package io.peerplan.model.validate.policy;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Action;
import io.peerplan.model.Router;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.session.Ips;
import io.peerplan.model.validate.core.PrefixFilter;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.session.Session;
import io.peerplan.model.session.SessionEnd;
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
        Set<String> reflectors = new LinkedHashSet<>();
        for (Session s : ctx.sessions().sessions()) {
            for (SessionEnd side : s.ends()) {
                if (!s.ebgp() && !side.isSpeaker() && Boolean.TRUE.equals(side.config().routeReflectorClient())) {
                    reflectors.add(side.element());
                }
            }
        }
        for (Router r : ctx.topology().routers()) {
            Map<IPAddress, String> learned = learned(ctx, r);
            if (learned.isEmpty()) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Session s : ctx.sessions().ofElement(r.id())) {
                SessionEnd side = s.a().element().equals(r.id()) && !s.a().isSpeaker() ? s.a() : s.b();
                SessionEnd other = s.other(side);
                // Routes learned over iBGP go to iBGP peers only through a route reflector (RFC 4456).
                if (other.isSpeaker() || !seen.add(s.peering().id()) || !s.ebgp() && !reflectors.contains(r.id())) {
                    continue;
                }
                if (side.config().prefixListOut() == null && side.config().routeMapOut() == null) {
                    continue;
                }
                List<String> denied = new ArrayList<>();
                Set<String> services = new LinkedHashSet<>();
                String pl = side.config().prefixListOut();
                PrefixFilter.Compiled list = pl == null ? null : r.prefixList(pl).map(PrefixFilter::compile).orElse(null);
                String rm = side.config().routeMapOut();
                boolean map = rm != null && r.routeMap(rm).isPresent();
                // A session carries its own address family here: IPv4 service prefixes are not judged by an IPv6 session's filters.
                io.peerplan.model.Ip peer = s.remoteAddressOf(side);
                learned.forEach((prefix, service) -> {
                    if (peer != null && peer.address().getIPVersion() != prefix.getIPVersion()) {
                        return;
                    }
                    String why = list != null && list.apply(prefix) == Action.DENY ? "prefix-list " + pl
                            : map && PrefixFilter.evaluate(r, rm, prefix) == PrefixFilter.Verdict.DENY ? "route-map " + rm : null;
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

    /** The service prefixes the router learns from the speakers it has working sessions with. */
    private static Map<IPAddress, String> learned(Context ctx, Router r) {
        Map<IPAddress, String> out = new LinkedHashMap<>();
        Set<String> done = new LinkedHashSet<>();
        for (Session s : ctx.sessions().ofElement(r.id())) {
            SessionEnd speaker = s.a().isSpeaker() ? s.a() : s.b().isSpeaker() ? s.b() : null;
            if (speaker != null && s.establishes() && done.add(speaker.cluster().id() + "\u0000" + speaker.bgpPeer().name())) {
                ctx.view(speaker.cluster()).announcedTo(speaker.bgpPeer().name()).forEach(out::putIfAbsent);
            }
        }
        return out;
    }
}
