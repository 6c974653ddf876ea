package io.peerplan.model.sim;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.ListenRange;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Node;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expands the topology's peerings into sessions: a router/vantage pair gives one session; a
 * cluster end gives one per node speaker the BGPPeer selects (only the node at the router end's
 * {@code peerAddress}, or every selected speaker inside the router's listen range). Whether each
 * session can come up is {@link SessionAgreement}'s call.
 */
final class SessionBuilder {
    private final Topology topology;
    private final Map<String, Speaker> speakers;
    private final List<SimulationNote> notes;
    private final List<Session> sessions = new ArrayList<>();

    SessionBuilder(Topology topology, Map<String, Speaker> speakers, List<SimulationNote> notes) {
        this.topology = topology;
        this.speakers = speakers;
        this.notes = notes;
    }

    List<Session> build() {
        for (Peering p : topology.peerings()) {
            Peering.End a = p.a();
            Peering.End b = p.b();
            if (a.isCluster() && b.isCluster()) {
                notes.add(new SimulationNote(p.id(), "both ends are clusters; MetalLB speakers do not peer with each other"));
            } else if (a.isCluster() || b.isCluster()) {
                expandCluster(p, a.isCluster() ? a : b, a.isCluster() ? b : a, a.isCluster());
            } else {
                Speaker x = speakers.get(a.element());
                Speaker y = speakers.get(b.element());
                if (x == null || y == null) {
                    notes.add(new SimulationNote(p.id(), "an end names no router or vantage ("
                            + (x == null ? a.element() : b.element()) + ")"));
                    continue;
                }
                routerSession(p, x, a, y, b);
            }
        }
        return sessions;
    }

    private void routerSession(Peering p, Speaker x, Peering.End ex, Speaker y, Peering.End ey) {
        // Each end's address is what the other end's config points at; a listening end does not
        // point anywhere, so the dialer's address is its source address towards the listener.
        Ip xAddr;
        Ip yAddr;
        NeighborConfig cx;
        NeighborConfig cy;
        if (ex.listenRange() && !ey.listenRange()) {
            xAddr = ey.peerAddress();
            cy = effective(y, ey, null);
            yAddr = sourceAddress(y, cy, xAddr);
            cx = effective(x, ex, yAddr);
        } else if (ey.listenRange() && !ex.listenRange()) {
            yAddr = ex.peerAddress();
            cx = effective(x, ex, null);
            xAddr = sourceAddress(x, cx, yAddr);
            cy = effective(y, ey, xAddr);
        } else {
            xAddr = ey.peerAddress();
            yAddr = ex.peerAddress();
            cx = effective(x, ex, yAddr);
            cy = effective(y, ey, xAddr);
        }
        long asX = cx.localAs() != null ? cx.localAs() : x.asn;
        long asY = cy.localAs() != null ? cy.localAs() : y.asn;
        String problem = SessionAgreement.routers(x, ex, cx, xAddr, asX, y, ey, cy, yAddr, asY);
        boolean ibgp = asX == asY;
        boolean shared = xAddr != null && yAddr != null && SessionAgreement.connected(x, yAddr);
        Detection d = problem != null || xAddr == null || yAddr == null ? null
                : SessionEnd.detect(SessionEnd.ofRouter(x, cx, !ibgp, shared, yAddr),
                        SessionEnd.ofRouter(y, cy, !ibgp, shared, xAddr));
        Speaker listener = ex.listenRange() ? x : ey.listenRange() ? y : null;
        add(new Session(sessions.size(), p.id(), p.id(), x, y, xAddr, yAddr, asX, asY, cx, cy, null, problem,
                listener, d));
    }

    private void expandCluster(Peering p, Peering.End ce, Peering.End re, boolean clusterIsA) {
        Cluster c = topology.clusters().stream().filter(k -> k.id().equals(ce.element())).findFirst().orElse(null);
        Speaker r = speakers.get(re.element());
        if (c == null || r == null || r.kind == Speaker.Kind.NODE) {
            notes.add(new SimulationNote(p.id(), "an end names no cluster or router (" + (c == null ? ce.element() : re.element()) + ")"));
            return;
        }
        BgpPeer peer = c.metallb().peer(ce.bgpPeer()).orElse(null);
        if (peer == null) {
            notes.add(new SimulationNote(p.id(), "cluster " + c.id() + " has no BGPPeer named " + ce.bgpPeer()));
            return;
        }
        List<Speaker> nodes = new ArrayList<>();
        for (Node n : c.nodes()) {
            Speaker s = speakers.get(n.id());
            if (s == null || !peer.selects(n) || n.address() == null || !n.address().isIpv4()) {
                continue;
            }
            boolean ok = re.listenRange() ? listenRangeOf(r, re.config().peerGroup(), n.address()) != null
                    : re.peerAddress() != null && re.peerAddress().equals(n.address());
            if (ok) {
                nodes.add(s);
            }
        }
        if (nodes.isEmpty()) {
            notes.add(new SimulationNote(p.id(), re.listenRange()
                    ? "no speaker of " + c.id() + " selected by BGPPeer " + peer.name() + " lies in a listen range of " + r.id
                    : "neighbor " + re.peerAddress() + " on " + r.id + " is no speaker of " + c.id() + " selected by BGPPeer " + peer.name()));
        }
        Ip routerAddr = parse(peer.peerAddress());
        for (Speaker n : nodes) {
            Ip nodeAddr = n.node.address();
            NeighborConfig cr = effective(r, re, nodeAddr);
            long asR = cr.localAs() != null ? cr.localAs() : r.asn;
            long asN = peer.myASN() == null ? -1 : peer.myASN();
            String problem = SessionAgreement.node(r, re, cr, routerAddr, asR, n, c, peer, asN);
            boolean ibgp = asR == asN;
            boolean shared = SessionAgreement.connected(r, nodeAddr);
            Detection d = problem != null ? null : SessionEnd.detect(SessionEnd.ofRouter(r, cr, !ibgp, shared, nodeAddr),
                    SessionEnd.ofNode(n, c, peer, !ibgp, shared));
            String id = p.id() + "/" + n.id;
            Speaker listener = re.listenRange() ? r : null;
            Session s = clusterIsA
                    ? new Session(sessions.size(), id, p.id(), n, r, nodeAddr, routerAddr, asN, asR, NeighborConfig.EMPTY, cr, peer, problem, listener, d)
                    : new Session(sessions.size(), id, p.id(), r, n, routerAddr, nodeAddr, asR, asN, cr, NeighborConfig.EMPTY, peer, problem, listener, d);
            add(s);
        }
    }

    private void add(Session s) {
        sessions.add(s);
        if (s.problem != null) {
            notes.add(new SimulationNote(s.id, "session down: " + s.problem));
        }
    }

    /** The end's own settings merged with its peer-group's (for a listen range: the range's group). */
    private NeighborConfig effective(Speaker s, Peering.End e, Ip dialer) {
        NeighborConfig cfg = e.config();
        if (s.router == null) {
            return cfg;
        }
        String group = cfg.peerGroup();
        if (group == null && e.listenRange() && dialer != null) {
            ListenRange lr = listenRangeOf(s, null, dialer);
            group = lr == null ? null : lr.peerGroup();
        }
        if (group == null) {
            return cfg;
        }
        PeerGroup pg = s.router.peerGroup(group).orElse(null);
        return pg == null ? cfg : cfg.inheriting(pg.config());
    }

    /** The router's listen range (of this peer-group, when given) that contains the address. */
    static ListenRange listenRangeOf(Speaker r, String group, Ip address) {
        if (r.router == null || address == null) {
            return null;
        }
        for (ListenRange lr : r.router.bgp().listenRanges()) {
            if (lr.range() != null && lr.range().contains(address) && (group == null || group.equals(lr.peerGroup()))) {
                return lr;
            }
        }
        return null;
    }

    /** The address a speaker sources a session from: update-source, else the interface facing the peer. */
    static Ip sourceAddress(Speaker s, NeighborConfig cfg, Ip peer) {
        List<Interface> ifs = s.interfaces();
        if (cfg.updateSource() != null) {
            Ip ip = parse(cfg.updateSource());
            if (ip != null) {
                return ip;
            }
            for (Interface i : ifs) {
                if (cfg.updateSource().equals(i.name()) && i.address() != null) {
                    return i.address().ip();
                }
            }
        }
        for (Interface i : ifs) {
            if (peer != null && i.address() != null && i.address().isIpv4() && i.address().contains(peer)) {
                return i.address().ip();
            }
        }
        return ifs.stream().filter(i -> i.address() != null && i.address().isIpv4()).map(i -> i.address().ip())
                .findFirst().orElse(null);
    }

    static Ip parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            Ip ip = Ip.parse(text);
            return ip.isIpv4() ? ip : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
