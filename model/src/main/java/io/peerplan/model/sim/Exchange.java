package io.peerplan.model.sim;

import java.util.List;

/**
 * What crosses one adjacency: the sender's outbound processing (FRR subgroup_announce_check and
 * bgp_packet_attribute) and the receiver's inbound processing (bgp_update), each step in FRR's
 * order. Both fill a reusable builder and return false when nothing is sent, or what was sent is
 * not accepted (a withdraw).
 */
final class Exchange {
    private Exchange() {
    }

    /**
     * What {@code s} sends over {@code a} for the prefix, given its current selection, filled into
     * {@code b}; false when nothing is sent.
     */
    static boolean export(ScenarioView view, long key, Speaker s, Adjacency a, Selection sel, List<Origin.Advertised> advertised,
            boolean defaultPrefix, Route.Builder b) {
        // neighbor X default-originate: FRR sends 0.0.0.0/0 whatever its own table holds and
        // without the outbound filters (bgp_default_originate).
        if (defaultPrefix && a.defaultOriginate()) {
            originatedDefault(a, b);
            return true;
        }
        Route r = sel.best();
        if (r == null) {
            return false;
        }
        if (s.kind == Speaker.Kind.NODE) {
            return metalLb(a, r, advertised, b);
        }
        if (!r.isLocal()) {
            // Back to the neighbor it came from too: FRR holds a path back from its sender only for
            // a `neighbor X solo` peer (subgroup_announce_check, bgpd/bgp_route.c: onlypeer is set
            // for PEER_FLAG_LONESOUL alone) and leaves the rest to the receiver's AS-path loop check,
            // which `allowas-in` relaxes: then the echo is a path in the receiver's table.
            // iBGP split horizon (RFC 4271 §9.1.1): iBGP-learned routes go to iBGP peers only by
            // reflection (RFC 4456): from a client to everyone, from a non-client to clients.
            if (!r.ebgp() && a.ibgp && !view.net.adjacencies[r.adjacency()].fromIsClient && !a.toIsClient) {
                return false;
            }
        }
        // Well-known communities (RFC 1997): NO_ADVERTISE goes nowhere, NO_EXPORT and
        // NO_EXPORT_SUBCONFED not out of the AS.
        if (!r.communities.isEmpty() && (r.communities.contains(Communities.NO_ADVERTISE)
                || !a.ibgp && (r.communities.contains(Communities.NO_EXPORT) || r.communities.contains(Communities.LOCAL_AS)))) {
            return false;
        }
        // RFC 8212 / `bgp ebgp-requires-policy`: no outbound policy, nothing sent ("(Policy)").
        if (!a.ibgp && s.behaviour.ebgpRequiresPolicy() && !a.exportHasPolicy) {
            return false;
        }
        b.reset(r).from(a.source);
        b.local = null;
        b.weight = 0;
        b.igpMetric = 0;
        b.valid = true;
        b.arrival = 0;
        // MED learned from a neighbour (eBGP or iBGP) is not passed on to another AS; a route-map
        // may set a new one (subgroup_announce_check).
        if (!a.ibgp && !r.isLocal()) {
            b.med = Route.NONE;
        }
        Policies pol = view.policies[s.index];
        String plist = a.prefixListOut;
        if (plist != null && !pol.prefixListPermits(plist, key)) {
            return false;
        }
        String rmap = a.routeMapOut;
        if (rmap != null && !pol.applyRouteMap(rmap, key, b, false)) {
            return false;
        }
        if (!s.behaviour.sendCommunity()) {
            b.communities = List.of();
        }
        if (!a.ibgp) {
            // eBGP: own AS in front (after the route-map's prepends), next hop self, no LOCAL_PREF,
            // no reflection attributes.
            b.asPath = b.asPath.prepend(a.fromAs);
            b.localPref = Route.NONE;
            b.originatorId = 0;
            b.clusterList = Route.NO_CLUSTERS;
            b.nextHop = a.fromAddress;
            return true;
        }
        // iBGP: LOCAL_PREF always present (bgp default local-preference 100 when unset).
        if (b.localPref == Route.NONE) {
            b.localPref = 100;
        }
        if (r.isLocal() || r.ebgp() && a.nextHopSelf) {
            b.nextHop = a.fromAddress;
        }
        if (!r.isLocal() && !r.ebgp()) {
            // Reflection: ORIGINATOR_ID is the router that first sent it into the AS, and the
            // reflector's cluster id goes in front of CLUSTER_LIST.
            b.originatorId = r.originatorId != 0 ? r.originatorId : r.peerRouterId();
            int[] cl = new int[r.clusterList.length + 1];
            cl[0] = s.clusterId;
            System.arraycopy(r.clusterList, 0, cl, 1, r.clusterList.length);
            b.clusterList = cl;
        }
        return true;
    }

    /**
     * A MetalLB speaker sends its own announcements only: to the BGPPeers its advertisements
     * select, with their communities, LOCAL_PREF to iBGP peers only, AS path empty (iBGP) or its
     * myASN (eBGP), next hop its own address. The native speaker always sends LOCAL_PREF to iBGP
     * peers, 0 when the advertisement sets none (metallb internal/bgp/native/messages.go).
     */
    private static boolean metalLb(Adjacency a, Route r, List<Origin.Advertised> advertised, Route.Builder b) {
        if (!r.isLocal() || advertised == null) {
            return false;
        }
        String peer = a.senderBgpPeer == null ? null : a.senderBgpPeer.name();
        Long localPref = null;
        List<String> communities = List.of();
        boolean any = false;
        boolean nativeSpeaker = false;
        for (Origin.Advertised adv : advertised) {
            if (peer != null && !adv.selects(peer)) {
                continue;
            }
            any = true;
            nativeSpeaker = adv.nativeSpeaker();
            if (adv.localPref() != null && (localPref == null || adv.localPref() > localPref)) {
                localPref = adv.localPref();
            }
            communities = Communities.union(communities, adv.communities());
        }
        if (!any) {
            return false;
        }
        b.clear().from(a.source).origin(Route.IGP).med(r.med).nextHop(a.fromAddress).communities(communities);
        if (a.ibgp) {
            b.localPref = localPref != null ? localPref : nativeSpeaker ? 0 : 100;
        } else {
            b.asPath = AsPath.EMPTY.prepend(a.fromAs);
        }
        return true;
    }

    /** The default route of {@code neighbor X default-originate}: locally originated, so it carries MED 0 (FrrFactsTest batch 3). */
    private static void originatedDefault(Adjacency a, Route.Builder b) {
        b.clear().from(a.source).origin(Route.IGP).med(0).nextHop(a.fromAddress);
        if (a.ibgp) {
            b.localPref = 100;
        } else {
            b.asPath = AsPath.EMPTY.prepend(a.fromAs);
        }
    }

    /** The route as the receiver keeps it, filled into {@code b}; false when it drops it. */
    static boolean importRoute(ScenarioView view, long key, Adjacency a, Route sent, int arrival, Route.Builder b) {
        Speaker t = a.to;
        if (t.behaviour.acceptsNothing() || a.nodeReceive != null && !a.nodeReceive.permits(key)) {
            return false;
        }
        // Loop prevention: its own AS in the path more often than allowas-in permits
        // (aspath_loop_check).
        int allowed = a.allowasIn;
        if (sent.asPath.count(a.toAs) > allowed || a.toAs != t.asn && sent.asPath.count(t.asn) > allowed) {
            return false;
        }
        if (a.ibgp) {
            // RFC 4456 §8: a reflected route carrying our own ORIGINATOR_ID or cluster id looped.
            if (sent.originatorId != 0 && sent.originatorId == t.routerId) {
                return false;
            }
            for (int c : sent.clusterList) {
                if (c == t.clusterId) {
                    return false;
                }
            }
        }
        if (!a.ibgp && t.behaviour.ebgpRequiresPolicy() && !a.importHasPolicy) {
            return false;
        }
        b.reset(sent);
        b.weight = a.importWeight;
        b.arrival = arrival;
        Policies pol = view.policies[t.index];
        String plist = a.prefixListIn;
        if (plist != null && !pol.prefixListPermits(plist, key)) {
            return false;
        }
        String rmap = a.routeMapIn;
        if (rmap != null && !pol.applyRouteMap(rmap, key, b, true)) {
            return false;
        }
        // Next-hop tracking: a path whose next hop zebra cannot resolve stays in the table as
        // invalid and never wins (BGP_PATH_VALID unset). The session's own peer address always
        // resolves: the session is up.
        b.valid = b.nextHop == a.fromAddress || t.resolves(b.nextHop) || view.resolvesThroughBgpDefault(t.index);
        return true;
    }
}
