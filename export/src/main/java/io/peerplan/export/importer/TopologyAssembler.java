package io.peerplan.export.importer;

import io.peerplan.model.Asn;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Layout;
import io.peerplan.model.ListenRange;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Node;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Peering;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts imported routers and clusters together into a design: each neighbor statement becomes a
 * peering, paired with the other router's statement when both configs were imported, with a
 * cluster's speakers when the address is one of its nodes (or its BGPPeer points at the router), and
 * otherwise with an {@code external} router standing for the unknown peer. Each listen range is
 * matched with the clusters whose BGPPeer points at that router. Guesses are reported as
 * {@link ImportNote.Kind#INFERRED}.
 */
final class TopologyAssembler {
    private final List<ImportNote> notes;
    private final Map<String, Router> routers = new LinkedHashMap<>();
    private final Map<String, MutableRouterSessions> sessions = new LinkedHashMap<>();
    private final Map<String, ParsedCluster> clusters = new LinkedHashMap<>();
    private final List<Router> externals = new ArrayList<>();
    private final List<Peering> peerings = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> usedPeers = new HashSet<>();
    /** Each address to the routers holding it, in import order; built once the routers are all read. */
    private final Map<Ip, List<String>> owners = new java.util.HashMap<>();

    /** A router's imported neighbors and whether each has found its peering. */
    private record MutableRouterSessions(Map<Ip, NeighborConfig> neighbors, Set<Ip> done) {
    }

    /** The peer-group a BGPPeer's stand-in accepts the speakers into. */
    private static final String SPEAKERS = "metallb-speakers";

    /** An unknown peer is assumed to accept what it is sent, as the samples' providers do (no RFC 8212 requirement). */
    private static final io.peerplan.model.BgpOptions ACCEPTS_ALL = new io.peerplan.model.BgpOptions(null, false, null, null, null,
            false, null, false, null, null, null, null, null, null, false, false, false, false, false, false);

    private TopologyAssembler(List<ImportNote> notes) {
        this.notes = notes;
    }

    static Topology assemble(String name, String description, List<ParsedRouter> parsed, List<ParsedCluster> parsedClusters,
            List<ImportNote> notes) {
        TopologyAssembler a = new TopologyAssembler(notes);
        for (ParsedRouter p : parsed) {
            if (p.role == null) {
                p.role = role(p);
                notes.add(new ImportNote(ImportNote.Kind.INFERRED, p.source, 0, "", "role " + p.role.name().toLowerCase(java.util.Locale.ROOT),
                        "the config does not say the router's role; taken from its sessions (iBGP and eBGP: gateway, else core)"));
            }
            Router r = p.build();
            String id = a.uniqueId(sanitize(r.id(), "router"));
            p.elementId = id;
            r = withId(r, id);
            a.routers.put(id, r);
            Map<Ip, NeighborConfig> n = new LinkedHashMap<>();
            p.neighbors.forEach((ip, m) -> n.put(ip, m.freeze()));
            a.sessions.put(id, new MutableRouterSessions(n, new HashSet<>()));
        }
        for (ParsedCluster c : parsedClusters) {
            c.id = a.uniqueId(sanitize(c.id(), "cluster"));
            c.nodes.replaceAll(node -> new Node(a.uniqueId(sanitize(node.id(), "node")), node.name(), node.address(), node.role(),
                    node.labels(), node.network()));
            a.clusters.put(c.id, c);
        }
        a.routers.values().forEach(r -> addresses(r).forEach(ip -> a.owners.computeIfAbsent(ip, k -> new ArrayList<>()).add(r.id())));
        a.routers.keySet().forEach(a::neighbors);
        a.routers.keySet().forEach(a::listenRanges);
        a.unusedPeers();
        List<Router> all = new ArrayList<>(a.routers.values());
        all.addAll(a.externals);
        List<Cluster> cs = a.clusters.values().stream().map(ParsedCluster::build).toList();
        NetworkCatalog networks = NetworkCatalog.of(all, a.clusters.values(), notes);
        all = all.stream().map(networks::fix).toList();
        cs = cs.stream().map(networks::fix).toList();
        return new Topology(Topology.SCHEMA_VERSION, name, description, null, networks.networks(), all, null, cs, a.peerings,
                layout(all, cs));
    }

    /** A router with both iBGP (or listen ranges) and eBGP sessions sits between speakers and providers: a gateway. */
    private static RouterRole role(ParsedRouter p) {
        String own = p.asn == null ? null : p.asn.toString();
        List<String> as = new ArrayList<>();
        p.neighbors.values().forEach(n -> as.add(n.remoteAs != null ? n.remoteAs
                : n.peerGroup != null && p.peerGroups.containsKey(n.peerGroup) ? p.peerGroups.get(n.peerGroup).remoteAs : null));
        boolean ibgp = !p.listenRanges.isEmpty() || as.stream().anyMatch(a -> "internal".equals(a) || a != null && a.equals(own));
        boolean ebgp = as.stream().anyMatch(a -> a != null && !"internal".equals(a) && !a.equals(own));
        return ibgp && ebgp ? RouterRole.GATEWAY : RouterRole.CORE;
    }

    private void neighbors(String rid) {
        Router r = routers.get(rid);
        MutableRouterSessions mine = sessions.get(rid);
        for (var e : mine.neighbors().entrySet()) {
            Ip address = e.getKey();
            if (mine.done().contains(address)) {
                continue;
            }
            mine.done().add(address);
            NeighborConfig cfg = e.getValue();
            Peering.End own = Peering.End.router(rid, address, cfg);
            Optional<String> other = owner(address, rid);
            if (other.isPresent()) {
                peerings.add(new Peering(uniqueId(rid + "-" + other.get()), own, routerEnd(other.get(), r), null));
                continue;
            }
            Optional<Peering.End> speakers = speakers(r, address, cfg.peerGroup() == null ? cfg
                    : r.peerGroup(cfg.peerGroup()).map(g -> cfg.inheriting(g.config())).orElse(cfg));
            if (speakers.isPresent()) {
                peerings.add(new Peering(uniqueId(rid + "-" + speakers.get().element() + "-" + address), speakers.get(), own, null));
                continue;
            }
            NeighborConfig effective = cfg.peerGroup() == null ? cfg
                    : r.peerGroup(cfg.peerGroup()).map(g -> cfg.inheriting(g.config())).orElse(cfg);
            Router ext = external(address, remoteAs(r, effective), r);
            // The unknown peer mirrors what must match for the session to come up: AS, multihop, BFD (neighbor or
            // static bfdd peer), port.
            NeighborConfig back = new NeighborConfig(r.asn() == null ? null : String.valueOf(cfg.localAs() != null ? cfg.localAs()
                    : r.asn().value()), null, null, null, null, null, effective.ebgpMultihop(),
                    effective.bfdEnabled() || r.bfdPeers().stream().anyMatch(b -> b.address().equals(address)) ? Boolean.TRUE : null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, effective.port(), null);
            peerings.add(new Peering(uniqueId(rid + "-" + ext.id()), own, Peering.End.router(ext.id(), localAddress(r, address), back), null));
        }
    }

    /** The other imported router's end: its own neighbor statement for us, else a listen range covering us, else none. */
    private Peering.End routerEnd(String sid, Router r) {
        Router s = routers.get(sid);
        MutableRouterSessions theirs = sessions.get(sid);
        for (var e : theirs.neighbors().entrySet()) {
            if (!theirs.done().contains(e.getKey()) && addresses(r).contains(e.getKey())) {
                theirs.done().add(e.getKey());
                return Peering.End.router(sid, e.getKey(), e.getValue());
            }
        }
        for (ListenRange lr : s.bgp().listenRanges()) {
            if (addresses(r).stream().anyMatch(a -> lr.range().contains(a))) {
                return new Peering.End(sid, null, true, new NeighborConfig(null, null, lr.peerGroup(), null, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null), null);
            }
        }
        return new Peering.End(sid, null, false, null, null);
    }

    /** A cluster's speakers at this address: a known node, or a BGPPeer of a node-less cluster pointing at the router. */
    private Optional<Peering.End> speakers(Router r, Ip address, NeighborConfig cfg) {
        Set<Ip> mine = addresses(r);
        Long neighborAs = remoteAs(r, cfg);
        for (ParsedCluster c : clusters.values()) {
            Optional<Node> node = c.nodes.stream().filter(n -> n.address().equals(address)).findFirst();
            if (node.isEmpty() && c.nodesFromHeader) {
                continue;
            }
            Optional<BgpPeer> peer = peerTowards(c, r, mine, neighborAs);
            if (node.isPresent() && peer.isPresent()) {
                usedPeers.add(c.id + "/" + peer.get().name());
                return Optional.of(Peering.End.cluster(c.id, peer.get().name()));
            }
            if (node.isEmpty() && peer.isPresent() && !c.nodesFromHeader) {
                String name = cfg.description() != null && cfg.description().matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?")
                        ? cfg.description() : "node-" + address.toString().replace('.', '-').replace(':', '-');
                c.nodes.add(new Node(uniqueId(name), name, address, Node.Role.WORKER, null, null));
                notes.add(new ImportNote(ImportNote.Kind.INFERRED, r.id(), 0, "neighbor " + address, name,
                        "taken as a MetalLB speaker node of cluster " + c.id + ", whose BGPPeer " + peer.get().name() + " points at "
                                + r.id()));
                usedPeers.add(c.id + "/" + peer.get().name());
                return Optional.of(Peering.End.cluster(c.id, peer.get().name()));
            }
        }
        return Optional.empty();
    }

    /** The BGPPeer of a cluster that peers with router r: addressed to r, or in r's AS with the neighbor's AS as myASN. */
    private static Optional<BgpPeer> peerTowards(ParsedCluster c, Router r, Set<Ip> mine, Long neighborAs) {
        Optional<BgpPeer> direct = c.peers.stream().filter(p -> p.peerAddress() != null && Line.ip(p.peerAddress()) != null
                && mine.contains(Line.ip(p.peerAddress()))).findFirst();
        if (direct.isPresent()) {
            return direct;
        }
        return c.peers.stream().filter(p -> r.asn() != null && p.peerASN() != null && p.peerASN() == r.asn().value()
                && (neighborAs == null || neighborAs.equals(p.myASN()))).findFirst();
    }

    private void listenRanges(String rid) {
        Router r = routers.get(rid);
        Set<Ip> mine = addresses(r);
        for (ListenRange lr : r.bgp().listenRanges()) {
            for (ParsedCluster c : clusters.values()) {
                for (BgpPeer p : c.peers) {
                    Ip target = Line.ip(p.peerAddress());
                    if (target == null || usedPeers.contains(c.id + "/" + p.name())) {
                        continue;
                    }
                    boolean ours = mine.contains(target)
                            || lr.range().contains(target) && r.asn() != null && p.peerASN() != null && p.peerASN() == r.asn().value();
                    boolean speakersInRange = c.nodes.isEmpty() || c.nodes.stream().anyMatch(n -> lr.range().contains(n.address()));
                    if (!ours || !speakersInRange) {
                        continue;
                    }
                    usedPeers.add(c.id + "/" + p.name());
                    if (!mine.contains(target)) {
                        r = addInterface(r, lr, target);
                        routers.put(rid, r);
                        mine = addresses(r);
                    }
                    peerings.add(new Peering(uniqueId(c.id + "-" + rid), Peering.End.cluster(c.id, p.name()),
                            new Peering.End(rid, null, true, new NeighborConfig(null, null, lr.peerGroup(), null, null, null, null, null,
                                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null), null),
                            null));
                }
            }
        }
    }

    /** The BGPPeer's address lies in the listen range: it is the router's own address on the node network. */
    private Router addInterface(Router r, ListenRange lr, Ip address) {
        String source = r.peerGroup(lr.peerGroup()).map(g -> g.config().updateSource()).orElse(null);
        String name = source != null && Line.ip(source) == null ? source : "if-" + lr.peerGroup();
        IpPrefix prefix = IpPrefix.parse(address + "/" + lr.range().length());
        notes.add(new ImportNote(ImportNote.Kind.INFERRED, r.id(), 0, "bgp listen range " + lr.range(), name + " " + prefix,
                "taken as an interface of " + r.id() + ": a MetalLB BGPPeer in the range points at it"));
        List<Interface> ifs = new ArrayList<>(r.interfaces());
        ifs.add(new Interface(name, prefix, null));
        return new Router(r.id(), r.name(), r.region(), r.role(), r.platform(), r.asn(), r.routerId(), ifs, r.staticRoutes(),
                r.networks(), r.redistribute(), r.prefixLists(), r.communityLists(), r.routeMaps(), r.bgp(), r.peerGroups(),
                r.bfdProfiles(), r.bfdPeers(), r.management(), r.log(), r.description());
    }

    /** Cluster BGPPeers that matched no imported router: an external router at their address accepts all speakers. */
    private void unusedPeers() {
        for (ParsedCluster c : clusters.values()) {
            for (BgpPeer p : c.peers) {
                Ip target = Line.ip(p.peerAddress());
                if (usedPeers.contains(c.id + "/" + p.name()) || target == null) {
                    continue;
                }
                Router ext = external(target, standInAs(p), null);
                if (ext.bgp().listenRanges().isEmpty()) {
                    ext = acceptingSpeakers(ext, p);
                }
                peerings.add(new Peering(uniqueId(c.id + "-" + ext.id()), Peering.End.cluster(c.id, p.name()),
                        new Peering.End(ext.id(), null, true, NeighborConfig.EMPTY.withPeerGroup(SPEAKERS), null), null));
            }
        }
    }

    /**
     * The AS of a BGPPeer's peer as MetalLB's objects tell it: peerASN, or for {@code dynamicASN:
     * internal} the speakers' own myASN; null when they do not say ({@code dynamicASN: external}).
     */
    private static Long standInAs(BgpPeer p) {
        if (p.peerASN() != null) {
            return p.peerASN();
        }
        return "internal".equals(p.dynamicASN()) ? p.myASN() : null;
    }

    /**
     * The stand-in for a BGPPeer's peer accepts every speaker, as the BGPPeer expects of it: a listen
     * range over all addresses of the peer's family into a peer-group of the speakers' AS ("internal"
     * when it is the stand-in's own, else "external" with {@code ebgp-multihop}, since nothing says
     * which subnets it shares with the nodes). So the import invents nothing that fails a session of a
     * valid BGPPeer.
     */
    private Router acceptingSpeakers(Router ext, BgpPeer p) {
        boolean internal = ext.asn() != null && p.myASN() != null && ext.asn().value() == p.myASN();
        IpPrefix all = IpPrefix.parse(ext.routerId().isIpv4() ? "0.0.0.0/0" : "::/0");
        NeighborConfig speakers = internal ? NeighborConfig.remoteAs("internal")
                : NeighborConfig.remoteAs("external").withEbgpMultihop(255);
        Router r = new Router(ext.id(), ext.name(), ext.region(), ext.role(), ext.platform(), ext.asn(), ext.routerId(), ext.interfaces(),
                null, null, null, null, null, null, ext.bgp().withListenRanges(List.of(new ListenRange(all, SPEAKERS))),
                List.of(new PeerGroup(SPEAKERS, speakers)), null, null, null, null, ext.description(), true);
        externals.set(externals.indexOf(ext), r);
        return r;
    }

    private Router external(Ip address, Long asn, Router from) {
        String id = "ext-" + address.toString().replace(':', '-');
        for (Router x : externals) {
            if (x.id().equals(id)) {
                return x;
            }
        }
        int len = address.isIpv4() ? 32 : 128;
        IpPrefix prefix = from == null ? IpPrefix.parse(address + "/" + len) : from.interfaces().stream()
                .filter(f -> f.address().contains(address)).findFirst()
                .map(f -> IpPrefix.parse(address + "/" + f.address().length())).orElse(IpPrefix.parse(address + "/" + len));
        String network = from == null ? null : from.interfaces().stream().filter(f -> f.address().contains(address))
                .map(Interface::network).filter(n -> n != null).findFirst().orElse(null);
        // An unknown AS ("remote-as external") is written as the reserved AS 0, which the validator reports.
        Router ext = new Router(uniqueId(id), null, null, RouterRole.PROVIDER, Platform.EXTERNAL, Asn.of(asn == null ? 0 : asn),
                address, List.of(new Interface("eth0", prefix, network)), null, null, null, null, null, null, ACCEPTS_ALL, null, null, null,
                null, null, "Imported: the peer at " + address + ", whose config was not imported.", true);
        externals.add(ext);
        notes.add(new ImportNote(ImportNote.Kind.INFERRED, from == null ? "(MetalLB)" : from.id(), 0, "neighbor " + address, ext.id(),
                "no imported config has this address; an external router stands for it"));
        return ext;
    }

    private static Long remoteAs(Router r, NeighborConfig cfg) {
        String as = cfg.remoteAs();
        if (as != null && as.matches("[0-9]+")) {
            return Long.parseLong(as);
        }
        return "internal".equals(as) && r.asn() != null ? r.asn().value() : null;
    }

    /** Our address towards a peer: the interface on its subnet, else the router-id. */
    private static Ip localAddress(Router r, Ip peer) {
        return r.interfaces().stream().filter(f -> f.address().contains(peer)).map(f -> f.address().ip()).findFirst().orElse(r.routerId());
    }

    /** The first router (in import order) other than {@code except} holding the address: an index, not a scan per neighbor. */
    private Optional<String> owner(Ip address, String except) {
        return owners.getOrDefault(address, List.of()).stream().filter(id -> !id.equals(except)).findFirst();
    }

    private static Set<Ip> addresses(Router r) {
        Set<Ip> s = new HashSet<>();
        r.interfaces().forEach(f -> s.add(f.address().ip()));
        if (r.routerId() != null) {
            s.add(r.routerId());
        }
        return s;
    }

    private String uniqueId(String base) {
        String id = base;
        for (int i = 2; !ids.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    static String sanitize(String id, String fallback) {
        if (id == null || id.isBlank()) {
            return fallback;
        }
        String s = id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        return s.isEmpty() ? fallback : s.length() > 128 ? s.substring(0, 128) : s;
    }

    private static Router withId(Router r, String id) {
        return r.id().equals(id) ? r : new Router(id, r.name(), r.region(), r.role(), r.platform(), r.asn(), r.routerId(), r.interfaces(),
                r.staticRoutes(), r.networks(), r.redistribute(), r.prefixLists(), r.communityLists(), r.routeMaps(), r.bgp(),
                r.peerGroups(), r.bfdProfiles(), r.bfdPeers(), r.management(), r.log(), r.description());
    }

    /** Routers in a row, external peers above them, clusters below: a starting point the designer can rearrange. */
    private static Layout layout(List<Router> routers, List<Cluster> clusters) {
        Map<String, Layout.Point> pos = new LinkedHashMap<>();
        int managed = 0;
        int ext = 0;
        for (Router r : routers) {
            if (r.platform() == Platform.EXTERNAL) {
                pos.put(r.id(), new Layout.Point(120 + 240 * ext++, 60));
            } else {
                pos.put(r.id(), new Layout.Point(120 + 240 * managed++, 260));
            }
        }
        for (int i = 0; i < clusters.size(); i++) {
            pos.put(clusters.get(i).id(), new Layout.Point(120 + 240 * i, 460));
        }
        return Layout.of(pos, null);
    }
}
