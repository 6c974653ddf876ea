package io.peerplan.export.quagga;

import io.peerplan.model.NeighborConfig;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Router;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.session.Neighbor;
import java.util.ArrayList;
import java.util.List;

/**
 * What a design asks of a Quagga router that Quagga 1.2 (OpenWrt's last release) cannot do,
 * from reference.md §3: no bfdd (no BFD sessions, profiles or peers), no {@code bgp listen range},
 * no {@code neighbor X interface}, only numeric {@code remote-as} (FRR's {@code internal} is written as
 * the router's own AS, which means the same; {@code external} has no equivalent), no {@code frr defaults} profile
 * and no RFC 8212 {@code ebgp-requires-policy}, no route-map delay-timer, and BGP multipath only in
 * builds configured for it. One sentence per problem,
 * naming the router and the neighbor or group.
 */
public final class QuaggaSupport {
    private QuaggaSupport() {
    }

    public static List<String> unsupported(Router r, List<Neighbor> neighbors) {
        List<String> out = new ArrayList<>();
        String at = r.id() + " (Quagga): ";
        if (!r.bfdProfiles().isEmpty() || !r.bfdPeers().isEmpty()) {
            out.add(at + "BFD profiles and peers need FRR's bfdd; Quagga has no BFD");
        }
        if (!r.bgp().listenRanges().isEmpty()) {
            out.add(at + "'bgp listen range' does not exist in Quagga; list each speaker as a neighbor");
        }
        if (r.bgp().listenLimit() != null) {
            out.add(at + "'bgp listen limit' does not exist in Quagga");
        }
        if (r.bgp().defaults() == io.peerplan.model.DefaultsProfile.DATACENTER) {
            out.add(at + "'frr defaults datacenter' does not exist in Quagga (its timers and policy defaults are traditional)");
        }
        if (Boolean.TRUE.equals(r.bgp().ebgpRequiresPolicy())) {
            out.add(at + "'bgp ebgp-requires-policy' (RFC 8212) does not exist in Quagga; it accepts eBGP routes without policy");
        }
        if (multipath(r.bgp().maximumPaths()) || multipath(r.bgp().maximumPathsIbgp())) {
            out.add(at + "'maximum-paths' above 1 exists only in a Quagga built with --enable-multipath"
                    + " (MULTIPATH_NUM, configure.ac; the upstream default build accepts 1 and refuses the line)");
        }
        if (r.bgp().routeMapDelayTimer() != null) {
            out.add(at + "'bgp route-map delay-timer' does not exist in Quagga");
        }
        if (r.bgp().peerTypeMultipathRelax()) {
            out.add(at + "'bgp bestpath peer-type multipath-relax' does not exist in Quagga (FRR only)");
        }
        if (r.bgp().nhtResolveViaDefault()) {
            out.add(at + "'ip nht resolve-via-default' does not exist in Quagga 1.2's zebra");
        }
        for (PeerGroup g : r.peerGroups()) {
            neighbor(out, at + "peer-group " + g.name(), g.config());
        }
        for (Neighbor n : neighbors) {
            neighbor(out, at + "neighbor " + n.address(), n.config());
        }
        for (StaticRoute s : r.staticRoutes()) {
            if (!s.blackhole() && s.nextHop() != null && s.interfaceName() != null) {
                out.add(at + "static route " + s.prefix() + " names both a next hop and an interface; Quagga takes one");
            }
        }
        return out;
    }

    /** True for a multipath setting a default Quagga build refuses. */
    static boolean multipath(Integer paths) {
        return paths != null && paths > 1;
    }

    /**
     * What Quagga 1.2 takes only from a peer-group, never from one member (bgpd.c: the
     * {@code not_for_member} flags of peer_af_flag_action_list, peer_default_originate_set,
     * peer_timers_set, peer_local_as_set, and the outbound filters of peer_prefix_list_set and
     * peer_route_map_set return BGP_ERR_INVALID_FOR_PEER_GROUP_MEMBER), as the lines that set it.
     */
    static List<String> groupOnly(NeighborConfig c) {
        List<String> out = new ArrayList<>();
        if (c.localAs() != null) {
            out.add("local-as");
        }
        if (c.keepalive() != null || c.hold() != null) {
            out.add("timers");
        }
        if (Boolean.TRUE.equals(c.routeReflectorClient())) {
            out.add("route-reflector-client");
        }
        if (Boolean.TRUE.equals(c.nextHopSelf())) {
            out.add("next-hop-self");
        }
        if (Boolean.TRUE.equals(c.defaultOriginate())) {
            out.add("default-originate");
        }
        if (c.prefixListOut() != null) {
            out.add("prefix-list out");
        }
        if (c.routeMapOut() != null) {
            out.add("route-map out");
        }
        return out;
    }

    /** A member's own settings without those Quagga takes only from its group. */
    static NeighborConfig withoutGroupOnly(NeighborConfig c) {
        return new NeighborConfig(c.remoteAs(), null, c.peerGroup(), c.description(), c.interfaceName(),
                c.updateSource(), c.ebgpMultihop(), c.bfd(), c.bfdProfile(), null, null, c.passwordRef(),
                c.prefixListIn(), null, c.routeMapIn(), null, c.allowasIn(), null, null, null, c.weight(), c.port(),
                c.shutdown());
    }

    private static void neighbor(List<String> out, String what, NeighborConfig c) {
        if (c.peerGroup() != null && !groupOnly(c).isEmpty()) {
            out.add(what + " (member of peer-group " + c.peerGroup() + "): " + String.join(", ", groupOnly(c).stream()
                    .map(l -> "'" + l + "'").toList()) + " Quagga takes only from the peer-group, not from one member");
        }
        if (c.bfdEnabled()) {
            out.add(what + ": BFD needs FRR's bfdd; Quagga has no 'neighbor X bfd'");
        }
        // "internal" is written as the router's own AS number, which means the same; "external" has no number.
        if (c.remoteAs() != null && !c.remoteAs().matches("[0-9]+") && !c.remoteAs().equals("internal")) {
            out.add(what + ": 'remote-as " + c.remoteAs() + "' is FRR-only; Quagga needs the neighbor's AS number");
        }
        if (c.interfaceName() != null) {
            out.add(what + ": 'neighbor X interface " + c.interfaceName() + "' does not exist in Quagga");
        }
    }
}
