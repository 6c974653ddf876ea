package io.peerplan.model.validate.policy;

import inet.ipaddr.IPAddress;
import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Platform;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.validate.RuleFamily;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.core.Context;
import io.peerplan.model.validate.core.Rule;
import io.peerplan.model.session.Session;
import io.peerplan.model.session.SessionEnd;
import io.peerplan.model.validate.core.Sink;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** FRR routing-policy pitfalls that real configs pass silently (reference.md §2, frr-lab.md). */
public final class RoutingPolicyRules {
    public static final RuleInfo EBGP_REQUIRES_POLICY = RuleInfo.warning("POLICY-EBGP-REQUIRES-POLICY", RuleFamily.POLICY,
            "With ebgp-requires-policy on (frr defaults traditional), an eBGP neighbor without a policy in one direction exchanges "
                    + "nothing that way and shows (Policy) (error when it drops a cluster's service routes)",
            "RFC 8212; FRR docs \"bgp ebgp-requires-policy\" (default on with frr defaults traditional since 7.4); frr#6335; frr-lab.md");
    public static final RuleInfo NETWORK_NO_ROUTE = RuleInfo.warning("POLICY-NETWORK-NO-ROUTE", RuleFamily.POLICY,
            "A 'network' statement has no exact route in the RIB while import-check is on, so it is not announced",
            "FRR docs \"bgp network import-check\" (the prefix must be in the RIB exactly; BGP routes do not count); RouterOS v6 "
                    + "/routing bgp network synchronize=yes; reference.md §2");
    public static final RuleInfo LOCALPREF_TO_EBGP = RuleInfo.warning("POLICY-LOCALPREF-TO-EBGP", RuleFamily.POLICY,
            "An outbound route-map toward an eBGP neighbor sets local-preference, which is never sent to it",
            "RFC 4271 §5.1.5 (LOCAL_PREF is not included in UPDATEs to external peers)");

    private RoutingPolicyRules() {
    }

    public static List<Rule> rules() {
        return List.of(Rule.of(EBGP_REQUIRES_POLICY, RoutingPolicyRules::ebgpRequiresPolicy),
                Rule.of(NETWORK_NO_ROUTE, RoutingPolicyRules::networkNoRoute), Rule.of(LOCALPREF_TO_EBGP, RoutingPolicyRules::localPrefToEbgp));
    }

    /**
     * FRR's bgp_inbound_policy_exists / bgp_outbound_policy_exists: any prefix-list or route-map
     * name counts. The MetalLB speakers themselves run {@code no bgp ebgp-requires-policy}, and they
     * accept nothing anyway, so a router without an outbound policy toward speakers loses nothing.
     */
    static void ebgpRequiresPolicy(Context ctx, Sink sink) {
        Set<String> seen = new LinkedHashSet<>();
        for (Session s : ctx.sessions().sessions()) {
            if (!s.ebgp()) {
                continue;
            }
            for (SessionEnd side : s.ends()) {
                Router r = side.router();
                if (r == null || (r.platform() != Platform.FRR && r.platform() != Platform.EXTERNAL) || !r.bgp().effectiveEbgpRequiresPolicy()) {
                    continue;
                }
                SessionEnd other = s.other(side);
                String key = s.peering().id() + "/" + side.element();
                if (!side.config().hasInboundPolicy() && seen.add(key + "/in")) {
                    boolean services = other.isSpeaker();
                    String from = services ? "the speakers of cluster " + other.cluster().displayName() : other.label();
                    sink.report(services ? Severity.ERROR : Severity.WARNING, r.displayName() + " has no inbound policy for eBGP neighbor "
                                    + from + " while ebgp-requires-policy is on (" + why(r) + "): it accepts nothing from it and shows (Policy)"
                                    + (services ? ", so the service IPs never get past " + r.displayName() : "") + " [peering " + s.peering().id() + "]",
                            List.of(r.id(), other.element(), s.peering().id()),
                            "add 'neighbor " + s.remoteAddressOf(side) + " prefix-list NAME in' (or a route-map), or 'no bgp ebgp-requires-policy'");
                }
                if (!other.isSpeaker() && !side.config().hasOutboundPolicy() && seen.add(key + "/out")) {
                    sink.report(r.displayName() + " has no outbound policy for eBGP neighbor " + other.label() + " while ebgp-requires-policy is on ("
                                    + why(r) + "): it sends it nothing and shows (Policy) [peering " + s.peering().id() + "]",
                            List.of(r.id(), other.element(), s.peering().id()),
                            "add 'neighbor " + s.remoteAddressOf(side) + " prefix-list NAME out' (or a route-map), or 'no bgp ebgp-requires-policy'");
                }
            }
        }
    }

    private static String why(Router r) {
        return r.bgp().ebgpRequiresPolicy() != null ? "bgp ebgp-requires-policy" : "frr defaults " + r.bgp().effectiveDefaults().keyword();
    }

    static void networkNoRoute(Context ctx, Sink sink) {
        for (Router r : ctx.topology().routers()) {
            if (!importCheck(r)) {
                continue;
            }
            for (IpPrefix n : r.networks()) {
                IPAddress block = n.address().toPrefixBlock();
                if (!hasExactRoute(r, block)) {
                    sink.report(r.displayName() + " has 'network " + n + "' but no route for exactly " + n + " in its RIB while "
                                    + checkName(r) + " is on, so it announces nothing for it (more specific routes learned over BGP do not count)",
                            List.of(r.id()), "add 'ip route " + n + " blackhole' (a static route), or 'no bgp network import-check'");
                }
            }
        }
    }

    /** FRR: import-check per defaults profile; Quagga: off unless set; RouterOS: networks are synchronised by default. */
    private static boolean importCheck(Router r) {
        return switch (r.platform()) {
            case FRR -> r.bgp().effectiveNetworkImportCheck();
            case QUAGGA -> Boolean.TRUE.equals(r.bgp().networkImportCheck());
            case ROUTEROS_V6, ROUTEROS_V7 -> !Boolean.FALSE.equals(r.bgp().networkImportCheck());
            case EXTERNAL -> false;
        };
    }

    private static String checkName(Router r) {
        return r.platform() == Platform.ROUTEROS_V6 || r.platform() == Platform.ROUTEROS_V7 ? "network synchronisation" : "bgp network import-check";
    }

    /** Connected subnets and static routes (blackhole included) are in the RIB; BGP's own routes are not considered. */
    private static boolean hasExactRoute(Router r, IPAddress block) {
        for (Interface i : r.interfaces()) {
            if (i.address() != null && i.address().network().address().toPrefixBlock().equals(block)) {
                return true;
            }
        }
        for (StaticRoute sr : r.staticRoutes()) {
            if (sr.prefix() != null && sr.prefix().address().toPrefixBlock().equals(block)) {
                return true;
            }
        }
        return false;
    }

    static void localPrefToEbgp(Context ctx, Sink sink) {
        Set<String> seen = new LinkedHashSet<>();
        for (Session s : ctx.sessions().sessions()) {
            if (!s.ebgp()) {
                continue;
            }
            for (SessionEnd side : s.ends()) {
                Router r = side.router();
                String out = side.config().routeMapOut();
                RouteMap map = r == null || out == null ? null : r.routeMap(out).orElse(null);
                if (map == null) {
                    continue;
                }
                List<Integer> seqs = new ArrayList<>();
                map.entries().stream().filter(e -> e.set().localPreference() != null).forEach(e -> seqs.add(e.seq()));
                if (!seqs.isEmpty() && seen.add(s.peering().id() + "/" + r.id())) {
                    sink.report("route-map " + out + " on " + r.displayName() + " sets local-preference (seq " + seqs + ") toward eBGP neighbor "
                                    + s.other(side).label() + ": LOCAL_PREF is not sent to external peers, so it has no effect there [peering "
                                    + s.peering().id() + "]",
                            List.of(r.id(), s.peering().id()), "steer eBGP neighbors with AS-path prepend, MED or communities instead");
                }
            }
        }
    }
}
