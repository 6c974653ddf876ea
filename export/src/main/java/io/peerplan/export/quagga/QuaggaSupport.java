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
 * and no RFC 8212 {@code ebgp-requires-policy}, no route-map delay-timer. One sentence per problem,
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
        if (r.bgp().routeMapDelayTimer() != null) {
            out.add(at + "'bgp route-map delay-timer' does not exist in Quagga");
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

    private static void neighbor(List<String> out, String what, NeighborConfig c) {
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
