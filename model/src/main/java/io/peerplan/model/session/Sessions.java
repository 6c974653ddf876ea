package io.peerplan.model.session;

import inet.ipaddr.IPAddress;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Ip;
import io.peerplan.model.ListenRange;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.Vantage;
import io.peerplan.model.session.SessionProblem.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every peering expanded into concrete sessions: a cluster end stands
 * for the speakers on the nodes its BGPPeer selects; an explicit router neighbor pairs with the one
 * node at that address, a listen range with every selected speaker inside it. What cannot pair is a
 * {@link SessionProblem}. Built once per validation in O(peerings × speakers).
 */
public final class Sessions {
    private final Topology topology;
    private final TopologyIndex index;
    private final AddressBook book;
    private final List<Session> sessions = new ArrayList<>();
    private final List<SessionProblem> problems = new ArrayList<>();
    private final Map<String, List<Session>> byPeering = new LinkedHashMap<>();
    private final Map<String, List<IPAddress>> nodeSubnets = new HashMap<>();
    private final Map<String, List<Session>> byElement = new HashMap<>();
    private final Map<BgpPeer, SessionEnd.PeerSettings> peerSettings = new java.util.IdentityHashMap<>();
    private final Map<String, RouterNeighbors> neighbors = new HashMap<>();

    public Sessions(Topology topology, TopologyIndex index, AddressBook book) {
        this.topology = topology;
        this.index = index;
        this.book = book;
        for (Peering p : topology.peerings()) {
            int before = sessions.size();
            expand(p);
            byPeering.put(p.id(), List.copyOf(sessions.subList(before, sessions.size())));
        }
        applyListenLimits();
        uncoveredSpeakers();
    }

    /** The sessions of a topology on its own (the validator shares its index and address book instead). */
    public static Sessions of(Topology topology) {
        return new Sessions(topology, new TopologyIndex(topology), new AddressBook(topology));
    }

    public List<Session> sessions() {
        return sessions;
    }

    public List<SessionProblem> problems() {
        return problems;
    }

    public List<Session> of(Peering p) {
        return byPeering.getOrDefault(p.id(), List.of());
    }

    /** The sessions in which this router or vantage takes part (as a router, not through its speakers). */
    public List<Session> ofElement(String routerOrVantage) {
        return byElement.getOrDefault(routerOrVantage, List.of());
    }

    private void expand(Peering p) {
        Peering.End a = p.a();
        Peering.End b = p.b();
        if (repeatsNeighbor(p, a) || repeatsNeighbor(p, b)) {
            return;
        }
        if (a.isCluster() && b.isCluster()) {
            problem(p, Kind.NO_MATCH, "peering " + p.id() + " joins two clusters: MetalLB speakers only peer with routers",
                    List.of(a.element(), b.element(), p.id()), "connect each cluster to a router instead");
        } else if (a.isCluster() || b.isCluster()) {
            clusterSide(p, a.isCluster() ? a : b, a.isCluster() ? b : a);
        } else {
            RouterPairs.expand(this, book, p, routerLike(a), routerLike(b));
        }
    }

    private SessionEnd routerLike(Peering.End end) {
        Router r = index.router(end.element()).orElse(null);
        if (r != null) {
            return SessionEnd.router(r, end);
        }
        Vantage v = index.vantage(end.element()).orElseThrow();
        return SessionEnd.vantage(v, end);
    }

    private void clusterSide(Peering p, Peering.End ce, Peering.End re) {
        Cluster c = index.cluster(ce.element()).orElseThrow();
        BgpPeer peer = c.metallb().peer(ce.bgpPeer()).orElseThrow();
        SessionEnd routerEnd = routerLike(re);
        String rName = routerEnd.label();
        Ip dial = Ips.parseIp(peer.peerAddress());
        if (dial != null && !book.holds(re.element(), dial)) {
            String holder = book.holders(dial).isEmpty() ? "nobody in the topology" : book.holders(dial).getFirst().what();
            problem(p, Kind.NO_MATCH, "the speakers of cluster " + c.displayName() + " (BGPPeer " + peer.name() + ") dial "
                            + dial + ", which is not an address of " + rName + " (" + dial + " is " + holder + ")",
                    List.of(c.id(), re.element(), p.id()), "set BGPPeer " + peer.name() + " peerAddress to an address of " + rName);
            return;
        }
        List<Node> selected = new ClusterSpeakers(c, peer).nodes();
        if (re.listenRange()) {
            listenSide(p, c, peer, routerEnd, selected);
        } else if (re.peerAddress() != null) {
            neighborSide(p, c, peer, routerEnd, re.peerAddress());
        } else {
            problem(p, Kind.NO_MATCH, rName + "'s end of peering " + p.id() + " has neither a neighbor address nor a listen range",
                    List.of(re.element(), c.id(), p.id()), "set peerAddress to the node's address, or listenRange: true");
        }
    }

    private void listenSide(Peering p, Cluster c, BgpPeer peer, SessionEnd routerEnd, List<Node> selected) {
        Router r = routerEnd.router();
        String group = routerEnd.end().config().peerGroup();
        List<ListenRange> ranges = r == null ? List.of() : r.bgp().listenRanges().stream()
                .filter(lr -> group == null || group.equals(lr.peerGroup())).toList();
        if (ranges.isEmpty()) {
            problem(p, Kind.NO_MATCH, routerEnd.label() + " accepts the speakers of cluster " + c.displayName()
                            + " through a listen range, but has no 'bgp listen range'" + (group == null ? "" : " for peer-group " + group),
                    List.of(routerEnd.element(), c.id(), p.id()), "add 'bgp listen range PREFIX peer-group " + (group == null ? "NAME" : group) + "'");
            return;
        }
        List<IPAddress> blocks = ranges.stream().map(lr -> lr.range().address().toPrefixBlock()).toList();
        List<String> missed = new ArrayList<>();
        for (Node n : selected) {
            SessionEnd speaker = speaker(c, peer, n);
            Ip src = speaker.sourceToward(speaker.target());
            boolean inside = src != null && blocks.stream().anyMatch(b -> b.getIPVersion() == src.address().getIPVersion() && b.contains(src.address()));
            if (inside) {
                add(Session.of(p, speaker, routerEnd, Session.Match.DYNAMIC_MATCH));
            } else {
                missed.add(n.id());
            }
        }
        if (!missed.isEmpty()) {
            List<String> ids = new ArrayList<>(missed);
            ids.addAll(List.of(c.id(), routerEnd.element(), p.id()));
            problem(p, Kind.LISTEN_RANGE_MISS, routerEnd.label() + "'s listen range " + ranges.stream().map(lr -> lr.range().toString()).toList()
                            + " does not cover the speakers on " + names(c, missed) + ", so it refuses their sessions",
                    ids, "widen the listen range or add one that covers " + names(c, missed));
        }
    }

    private void neighborSide(Peering p, Cluster c, BgpPeer peer, SessionEnd routerEnd, Ip x) {
        Node n = c.nodes().stream().filter(node -> x.equals(node.address())).findFirst().orElse(null);
        String rName = routerEnd.label();
        if (n == null) {
            problem(p, Kind.NO_MATCH, rName + "'s neighbor " + x + " is not the address of any node of cluster " + c.displayName(),
                    List.of(routerEnd.element(), c.id(), p.id()), "point the neighbor at a node address of " + c.displayName());
            return;
        }
        if (book.holders(x).size() > 1) {
            problem(p, Kind.MULTIPLE_MATCHES, rName + "'s neighbor " + x + " is held by several elements: "
                            + book.holders(x).stream().map(AddressBook.Holder::what).toList(),
                    List.of(routerEnd.element(), n.id(), p.id()), "give each interface and node its own address");
        }
        String why = null;
        if (!n.isSpeaker()) {
            why = "node " + n.name() + " runs no MetalLB speaker (it carries the label " + Node.EXCLUDE_LABEL + ")";
        } else if (!peer.selects(n)) {
            why = "BGPPeer " + peer.name() + "'s nodeSelectors do not select node " + n.name();
        } else {
            SessionEnd speaker = speaker(c, peer, n);
            Ip src = speaker.sourceToward(speaker.target());
            if (src != null && !src.equals(x)) {
                why = "the speaker on " + n.name() + " connects from " + src + " (BGPPeer " + peer.name() + " sourceAddress)";
            } else {
                add(Session.of(p, speaker, routerEnd, Session.Match.UNIQUE_MATCH));
                return;
            }
        }
        problem(p, Kind.HALF_OPEN, rName + " has neighbor " + x + " but " + why + ", so the session stays half-open",
                List.of(routerEnd.element(), n.id(), c.id(), p.id()), null);
    }

    /** Speakers a BGPPeer selects but that no explicit neighbor of the same router accepts (a BGPPeer whose nodeSelectors are wider than the router's neighbors). */
    private void uncoveredSpeakers() {
        Map<String, Set<String>> covered = new LinkedHashMap<>();
        Map<String, Peering> sample = new LinkedHashMap<>();
        for (Peering p : topology.peerings()) {
            Peering.End ce = p.a().isCluster() ? p.a() : p.b().isCluster() ? p.b() : null;
            if (ce == null || p.a().isCluster() && p.b().isCluster()) {
                continue;
            }
            Peering.End re = ce == p.a() ? p.b() : p.a();
            if (re.listenRange() || re.peerAddress() == null) {
                continue;
            }
            String key = ce.element() + "\u0000" + ce.bgpPeer() + "\u0000" + re.element();
            Set<String> nodes = covered.computeIfAbsent(key, k -> new LinkedHashSet<>());
            sample.putIfAbsent(key, p);
            for (Session s : of(p)) {
                nodes.add(s.a().isSpeaker() ? s.a().vertex() : s.b().vertex());
            }
        }
        covered.forEach((key, nodes) -> {
            String[] k = key.split("\u0000");
            Cluster c = index.cluster(k[0]).orElseThrow();
            BgpPeer peer = c.metallb().peer(k[1]).orElseThrow();
            Ip dial = Ips.parseIp(peer.peerAddress());
            if (dial != null && !book.holds(k[2], dial)) {
                return;
            }
            List<String> missing = new ClusterSpeakers(c, peer).nodes().stream().map(Node::id).filter(id -> !nodes.contains(id)).toList();
            if (!missing.isEmpty()) {
                List<String> ids = new ArrayList<>(missing);
                ids.addAll(List.of(c.id(), k[2]));
                boolean one = missing.size() == 1;
                problem(sample.get(key), Kind.HALF_OPEN, (one ? "the speaker on " : "the speakers on ") + names(c, missing) + " dial"
                                + (one ? "s " : " ") + index.displayName(k[2]) + " (BGPPeer " + peer.name() + ") but " + index.displayName(k[2])
                                + " has no neighbor for " + (one ? "it, so its session stays" : "them, so their sessions stay") + " half-open",
                        ids, "add a neighbor on " + index.displayName(k[2]) + " for " + (one ? "it" : "each of them") + ", or narrow BGPPeer "
                                + peer.name() + "'s nodeSelectors");
            }
        });
    }

    /** True (and a problem) when this router end's neighbor address is another peering's on the same router. */
    private boolean repeatsNeighbor(Peering p, Peering.End end) {
        if (end.isCluster() || end.listenRange() || end.peerAddress() == null) {
            return false;
        }
        Neighbor first = neighbors.computeIfAbsent(end.element(), k -> RouterNeighbors.of(index, k)).neighbors().stream()
                .filter(n -> n.address().equals(end.peerAddress())).findFirst().orElse(null);
        if (first == null || first.peering() == p) {
            return false;
        }
        String who = index.displayName(end.element());
        problem(p, Kind.DUPLICATE_NEIGHBOR, who + "'s neighbor " + end.peerAddress() + " in peering " + p.id() + " is already peering "
                        + first.peering().id() + "'s: a router has one neighbor per address, so peering " + p.id() + " adds no session",
                List.of(end.element(), p.id(), first.peering().id()), "remove peering " + p.id() + " or merge it into " + first.peering().id());
        return true;
    }

    /** Dynamic sessions beyond their listener's {@code bgp listen limit} do not come up ({@link ListenLimit}). */
    private void applyListenLimits() {
        List<Session> able = sessions.stream().filter(s -> s.blockers().isEmpty() && s.listener() != null).toList();
        Map<Session, Session> refused = new IdentityHashMap<>();
        for (Session s : ListenLimit.refused(able, x -> x.listener().router(), x -> x.remoteAddressOf(x.listener()))) {
            refused.put(s, s.refusedByListenLimit(ListenLimit.reason(s.listener().router(), s.listener().element())));
        }
        if (refused.isEmpty()) {
            return;
        }
        sessions.replaceAll(s -> refused.getOrDefault(s, s));
        byPeering.replaceAll((k, list) -> list.stream().map(s -> refused.getOrDefault(s, s)).toList());
        byElement.replaceAll((k, list) -> new ArrayList<>(list.stream().map(s -> refused.getOrDefault(s, s)).toList()));
    }

    private SessionEnd speaker(Cluster c, BgpPeer peer, Node n) {
        return SessionEnd.speaker(c, peer, n, subnetsOf(n), peerSettings.computeIfAbsent(peer, k -> SessionEnd.PeerSettings.of(c, k)));
    }

    /** A node's connected subnets: its network's CIDR, or every network containing its address. */
    private List<IPAddress> subnetsOf(Node n) {
        return nodeSubnets.computeIfAbsent(n.id(), k -> {
            List<IPAddress> out = new ArrayList<>();
            if (n.network() != null) {
                index.network(n.network()).filter(net -> net.cidr() != null).ifPresent(net -> out.add(net.cidr().address().toPrefixBlock()));
                return out;
            }
            for (Network net : topology.networks()) {
                if (net.cidr() != null && n.address() != null && net.cidr().contains(n.address())) {
                    out.add(net.cidr().address().toPrefixBlock());
                }
            }
            return out;
        });
    }

    private static String names(Cluster c, List<String> nodeIds) {
        return String.join(", ", nodeIds.stream().map(id -> c.nodes().stream().filter(n -> n.id().equals(id))
                .map(Node::name).findFirst().orElse(id)).toList());
    }

    void add(Session s) {
        sessions.add(s);
        for (SessionEnd side : s.ends()) {
            if (!side.isSpeaker()) {
                byElement.computeIfAbsent(side.element(), k -> new ArrayList<>()).add(s);
            }
        }
    }

    void problem(Peering p, Kind kind, String message, List<String> ids, String hint) {
        problems.add(new SessionProblem(p, kind, message, ids, hint));
    }

    /** The speakers a BGPPeer stands for: nodes that run a speaker and that its nodeSelectors select. */
    private record ClusterSpeakers(Cluster c, BgpPeer peer) {
        List<Node> nodes() {
            return c.nodes().stream().filter(n -> n.isSpeaker() && peer.selects(n)).toList();
        }
    }
}
