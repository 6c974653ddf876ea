package io.peerplan.model.sim;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Peering;

/**
 * Whether the two ends of a session agree enough for it to reach Established: each end's
 * neighbor address is the other's, each expects the AS the other speaks ("Bad peer AS" otherwise,
 * metallb#1114), a listening end's range covers the dialer, eBGP across subnets has
 * ebgp-multihop on both ends (metallb#1980), and neither end is shut down. Each method returns
 * the first disagreement as a sentence, or null.
 */
final class SessionAgreement {
    private SessionAgreement() {
    }

    static String routers(Speaker x, Peering.End ex, NeighborConfig cx, Ip xAddr, long asX,
            Speaker y, Peering.End ey, NeighborConfig cy, Ip yAddr, long asY) {
        if (ex.listenRange() && ey.listenRange()) {
            return "both ends only listen (bgp listen range); neither opens the session";
        }
        if (yAddr == null) {
            return x.id + " has no neighbor address for " + y.id;
        }
        if (xAddr == null) {
            return y.id + " has no neighbor address for " + x.id;
        }
        String p = addresses(x, ex, xAddr, y, yAddr);
        if (p == null) {
            p = addresses(y, ey, yAddr, x, xAddr);
        }
        if (p == null) {
            p = remoteAs(x, cx, asX, y, asY);
        }
        if (p == null) {
            p = remoteAs(y, cy, asY, x, asX);
        }
        if (p == null && asX != asY && !connected(x, yAddr)) {
            p = multihop(x, cx, yAddr);
            if (p == null) {
                p = multihop(y, cy, xAddr);
            }
        }
        if (p == null) {
            p = shutdown(x, cx, yAddr);
        }
        return p == null ? shutdown(y, cy, xAddr) : p;
    }

    static String node(Speaker r, Peering.End re, NeighborConfig cr, Ip routerAddr, long asR, Speaker n,
            Cluster c, BgpPeer peer, long asN) {
        String bp = "BGPPeer " + peer.name() + " of " + c.id();
        if (peer.myASN() == null) {
            return bp + " has no myASN";
        }
        if (routerAddr == null) {
            return bp + " has no IPv4 peerAddress (sessions over an interface are not simulated)";
        }
        if (!r.owns(routerAddr)) {
            return bp + " points at " + routerAddr + ", which is not an address of " + r.id;
        }
        if (re.listenRange() && r.router != null && r.router.platform() != null && !r.router.platform().supportsListenRange()) {
            return r.id + " runs " + r.router.platform().label() + ", which has no bgp listen range";
        }
        String p = remoteAs(r, cr, asR, n, asN);
        if (p != null) {
            return p;
        }
        if (peer.peerASN() != null && peer.peerASN() != asR) {
            return bp + " expects AS " + peer.peerASN() + " but " + r.id + " speaks AS " + asR + " (Bad peer AS)";
        }
        if ("internal".equals(peer.dynamicASN()) && asN != asR || "external".equals(peer.dynamicASN()) && asN == asR) {
            return bp + " has dynamicASN " + peer.dynamicASN() + " but " + r.id + " speaks AS " + asR;
        }
        if (asN != asR && !connected(r, n.node.address())) {
            p = multihop(r, cr, n.node.address());
            if (p == null && !Boolean.TRUE.equals(peer.ebgpMultiHop())) {
                p = bp + " reaches " + r.id + " across subnets without ebgpMultiHop";
            }
            if (p != null) {
                return p;
            }
        }
        return shutdown(r, cr, n.node.address());
    }

    /** x's view: the address it points at must be y's, or y's address must be in x's listen range. */
    private static String addresses(Speaker x, Peering.End ex, Ip xAddr, Speaker y, Ip yAddr) {
        if (ex.listenRange()) {
            if (x.router != null && x.router.platform() != null && !x.router.platform().supportsListenRange()) {
                return x.id + " runs " + x.router.platform().label() + ", which has no bgp listen range";
            }
            return SessionBuilder.listenRangeOf(x, ex.config().peerGroup(), yAddr) == null
                    ? yAddr + " (" + y.id + ") is outside the listen ranges of " + x.id : null;
        }
        return y.owns(yAddr) ? null : "neighbor " + yAddr + " on " + x.id + " is not an address of " + y.id;
    }

    /** x's remote-as (a number, {@code internal} or {@code external}) against the AS y speaks. */
    private static String remoteAs(Speaker x, NeighborConfig cx, long asX, Speaker y, long asY) {
        String ra = cx.remoteAs();
        if (ra == null) {
            return x.id + " has no remote-as for " + y.id;
        }
        boolean ok = switch (ra) {
            case "internal" -> asY == asX;
            case "external" -> asY != asX;
            default -> {
                try {
                    yield Long.parseLong(ra.trim()) == asY;
                } catch (NumberFormatException e) {
                    yield false;
                }
            }
        };
        return ok ? null : x.id + " expects remote-as " + ra + " but " + y.id + " speaks AS " + asY + " (Bad peer AS)";
    }

    private static String multihop(Speaker x, NeighborConfig cx, Ip peer) {
        if (x.kind == Speaker.Kind.NODE || (cx.ebgpMultihop() != null && cx.ebgpMultihop() > 1)) {
            return null;
        }
        return x.id + " reaches " + peer + " across subnets without ebgp-multihop (eBGP needs a directly connected peer)";
    }

    private static String shutdown(Speaker x, NeighborConfig cx, Ip peer) {
        return Boolean.TRUE.equals(cx.shutdown()) ? "neighbor " + peer + " is shut down on " + x.id : null;
    }

    /** True when the address is on one of the speaker's subnets (or its interfaces are not modelled). */
    static boolean connected(Speaker s, Ip address) {
        if (address == null) {
            return false;
        }
        boolean any = false;
        for (Interface i : s.interfaces()) {
            if (i.address() != null && i.address().isIpv4()) {
                any = true;
                if (i.address().contains(address)) {
                    return true;
                }
            }
        }
        return !any;
    }
}
