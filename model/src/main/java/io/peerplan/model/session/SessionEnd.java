package io.peerplan.model.session;

import inet.ipaddr.IPAddress;
import io.peerplan.model.BfdPeer;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Ip;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.Vantage;
import java.util.List;

/**
 * One side of one concrete BGP session, with the settings that side really runs: a router's or
 * vantage's neighbor config after peer-group inheritance, or a MetalLB speaker on one node rendered
 * from its BGPPeer (MetalLB's internal/bgp/frr templates: FRR speakers run
 * {@code no bgp ebgp-requires-policy}, BFD through {@code neighbor X bfd profile P}, and
 * {@code ebgp-multihop} when the BGPPeer asks).
 */
public final class SessionEnd {
    public enum Kind { ROUTER, VANTAGE, SPEAKER }

    private final Kind kind;
    private final String element;
    private final String vertex;
    private final String label;
    private final Router router;
    private final Cluster cluster;
    private final BgpPeer bgpPeer;
    private final Node node;
    private final Peering.End end;
    private final NeighborConfig config;
    private final long instanceAs;
    private final long presentedAs;
    private final String remoteAs;
    private final Ip target;
    private final Ip explicitSource;
    private final List<Interface> interfaces;
    private final List<IPAddress> connected;
    private final int multihopTtl;
    private final boolean bfd;
    private final boolean bfdEcho;
    private final List<BfdPeer> staticBfd;
    private final boolean password;
    private final Integer hold;

    private SessionEnd(Builder b) {
        kind = b.kind;
        element = b.element;
        vertex = b.vertex;
        label = b.label;
        router = b.router;
        cluster = b.cluster;
        bgpPeer = b.bgpPeer;
        node = b.node;
        end = b.end;
        config = b.config;
        instanceAs = b.instanceAs;
        presentedAs = b.presentedAs;
        remoteAs = b.remoteAs;
        target = b.target;
        explicitSource = b.explicitSource;
        interfaces = b.interfaces;
        connected = b.connected;
        multihopTtl = b.multihopTtl;
        bfd = b.bfd;
        bfdEcho = b.bfdEcho;
        staticBfd = b.staticBfd;
        password = b.password;
        hold = b.hold;
    }

    /** A router end: its own neighbor settings with the peer-group's filled in (as FRR inherits them). */
    public static SessionEnd router(Router r, Peering.End end) {
        Builder b = new Builder(Kind.ROUTER, r.id(), r.id(), r.displayName());
        b.router = r;
        b.end = end;
        String group = end.config().peerGroup();
        if (group == null && end.listenRange() && r.bgp().listenRanges().size() == 1) {
            group = r.bgp().listenRanges().getFirst().peerGroup();
        }
        NeighborConfig base = group == null ? null : r.peerGroup(group).map(g -> g.config()).orElse(null);
        NeighborConfig cfg = end.config().inheriting(base);
        b.config = cfg;
        b.instanceAs = r.asn() == null ? 0 : r.asn().value();
        b.presentedAs = cfg.localAs() != null ? cfg.localAs() : b.instanceAs;
        b.remoteAs = cfg.remoteAs();
        b.target = end.peerAddress();
        b.interfaces = r.interfaces();
        b.explicitSource = sourceOf(cfg, r.interfaces());
        b.connected = connectedOf(r.interfaces());
        b.multihopTtl = cfg.ebgpMultihop() == null ? 1 : cfg.ebgpMultihop();
        b.bfd = cfg.bfdEnabled();
        b.bfdEcho = cfg.bfdProfile() != null && r.bfdProfile(cfg.bfdProfile()).map(p -> Boolean.TRUE.equals(p.echoMode())).orElse(false);
        b.staticBfd = r.bfdPeers();
        b.password = cfg.passwordRef() != null;
        b.hold = cfg.hold() != null ? cfg.hold() : routerHold(r);
        return new SessionEnd(b);
    }

    /** A vantage end: like a router that announces nothing and accepts everything. */
    public static SessionEnd vantage(Vantage v, Peering.End end) {
        Builder b = new Builder(Kind.VANTAGE, v.id(), v.id(), v.displayName());
        b.end = end;
        NeighborConfig cfg = end.config();
        b.config = cfg;
        b.instanceAs = v.asn() == null ? 0 : v.asn().value();
        b.presentedAs = cfg.localAs() != null ? cfg.localAs() : b.instanceAs;
        b.remoteAs = cfg.remoteAs();
        b.target = end.peerAddress();
        b.interfaces = v.interfaces();
        b.explicitSource = sourceOf(cfg, v.interfaces());
        b.connected = connectedOf(v.interfaces());
        b.multihopTtl = cfg.ebgpMultihop() == null ? 1 : cfg.ebgpMultihop();
        b.bfd = cfg.bfdEnabled();
        b.password = cfg.passwordRef() != null;
        b.hold = cfg.hold();
        return new SessionEnd(b);
    }

    /** What a BGPPeer renders for every speaker it stands for, parsed once per BGPPeer. */
    public record PeerSettings(Ip target, Ip source, Integer hold, boolean bfd, boolean bfdEcho) {
        public static PeerSettings of(Cluster c, BgpPeer p) {
            boolean bfd = p.bfdProfile() != null && c.effectiveSpeaker().runsFrr(c.effectiveBackend());
            boolean echo = bfd && c.metallb().bfdProfile(p.bfdProfile()).map(x -> Boolean.TRUE.equals(x.echoMode())).orElse(false);
            return new PeerSettings(Ips.parseIp(p.peerAddress()), Ips.parseIp(p.sourceAddress()), speakerHold(p), bfd, echo);
        }
    }

    /**
     * The MetalLB speaker on one node, as its BGPPeer renders it. {@code subnets}: the node's connected
     * networks; {@code ps}: the BGPPeer's settings, parsed once for all its speakers.
     */
    public static SessionEnd speaker(Cluster c, BgpPeer p, Node n, List<IPAddress> subnets, PeerSettings ps) {
        Builder b = new Builder(Kind.SPEAKER, c.id(), n.id(), "the speaker on " + n.name() + " (cluster " + c.displayName() + ")");
        b.cluster = c;
        b.bgpPeer = p;
        b.node = n;
        b.config = NeighborConfig.EMPTY;
        b.instanceAs = p.myASN() == null ? 0 : p.myASN();
        b.presentedAs = p.localASN() != null && p.localASN() != 0 ? p.localASN() : b.instanceAs;
        b.remoteAs = p.peerASN() != null && p.peerASN() != 0 ? Long.toString(p.peerASN()) : p.dynamicASN();
        b.target = ps.target();
        b.explicitSource = ps.source() != null ? ps.source() : n.address();
        b.connected = subnets;
        // MetalLB renders a bare "neighbor X ebgp-multihop", which FRR shows as 255.
        b.multihopTtl = Boolean.TRUE.equals(p.ebgpMultiHop()) ? 255 : 1;
        b.bfd = ps.bfd();
        b.bfdEcho = ps.bfdEcho();
        b.password = p.password() != null || p.passwordSecret() != null;
        b.hold = ps.hold();
        return new SessionEnd(b);
    }

    public Kind kind() {
        return kind;
    }

    /** The router, vantage or cluster id. */
    public String element() {
        return element;
    }

    /** The vertex in the session graph: the router or vantage id, or the speaker's node id. */
    public String vertex() {
        return vertex;
    }

    /** Ids for a finding: the node and its cluster for a speaker, else the router or vantage. */
    public List<String> ids() {
        return kind == Kind.SPEAKER ? List.of(vertex, element) : List.of(element);
    }

    /** "gateway-alfa-unoone", or "the speaker on alfa-worker-1 (cluster k8s-alfa-unoone)". */
    public String label() {
        return label;
    }

    public boolean isSpeaker() {
        return kind == Kind.SPEAKER;
    }

    public Router router() {
        return router;
    }

    public Cluster cluster() {
        return cluster;
    }

    public BgpPeer bgpPeer() {
        return bgpPeer;
    }

    public Node node() {
        return node;
    }

    /** The model end (router and vantage ends), or null for a speaker. */
    public Peering.End end() {
        return end;
    }

    /** The effective neighbor settings (router and vantage ends; empty for speakers). */
    public NeighborConfig config() {
        return config;
    }

    /** The platform for capability checks; speakers and vantages run FRR-like BGP (null = not a router). */
    public Platform platform() {
        return router == null ? null : router.platform();
    }

    /** The AS of the BGP instance ({@code router bgp N}, a BGPPeer's {@code myASN}). */
    public long instanceAs() {
        return instanceAs;
    }

    /** The AS this side puts in its OPEN: {@code local-as} / {@code localASN} when set, else the instance AS. */
    public long presentedAs() {
        return presentedAs;
    }

    /** What this side expects of the other: a number, {@code internal}, {@code external}, or null when unset. */
    public String remoteAs() {
        return remoteAs;
    }

    /** The address this side's config points at ({@code neighbor X}, a BGPPeer's peerAddress), or null. */
    public Ip target() {
        return target;
    }

    public boolean listens() {
        return end != null && end.listenRange();
    }

    /** The address this side's TCP connection comes from when it talks to {@code peer}, or null if unknown. */
    public Ip sourceToward(Ip peer) {
        if (explicitSource != null) {
            return explicitSource;
        }
        if (peer == null) {
            return null;
        }
        for (Interface i : interfaces) {
            if (i.address() != null && i.address().network().contains(peer)) {
                return i.address().ip();
            }
        }
        return null;
    }

    /** True / false when the address is / is not on one of this side's connected subnets; null if unknown. */
    public Boolean connectedTo(Ip address) {
        if (address == null || connected.isEmpty()) {
            return null;
        }
        for (IPAddress net : connected) {
            if (net.getIPVersion() == address.address().getIPVersion() && net.contains(address.address())) {
                return true;
            }
        }
        return false;
    }

    /** The TTL of {@code ebgp-multihop} (1 when not set). */
    public int multihopTtl() {
        return multihopTtl;
    }

    /** True when BGP is a BFD client for this session ({@code neighbor X bfd}, a BGPPeer bfdProfile). */
    public boolean bgpBfd() {
        return bfd;
    }

    /** The static bfdd peer toward this address ({@code bfd / peer X}), or null. */
    public BfdPeer staticBfdPeer(Ip address) {
        if (address == null) {
            return null;
        }
        return staticBfd.stream().filter(p -> address.equals(p.address())).findFirst().orElse(null);
    }

    /** True when the BFD profile in use asks for echo mode. */
    public boolean bfdEcho() {
        return bfdEcho;
    }

    public boolean password() {
        return password;
    }

    /** The hold time this side proposes in seconds, or null when Peerplan cannot know it (MetalLB left it to FRR). */
    public Integer hold() {
        return hold;
    }

    public boolean shutdown() {
        return Boolean.TRUE.equals(config.shutdown());
    }

    private static Ip sourceOf(NeighborConfig cfg, List<Interface> interfaces) {
        for (String name : new String[] {cfg.updateSource(), cfg.interfaceName()}) {
            if (name == null) {
                continue;
            }
            Ip ip = Ips.parseIp(name);
            if (ip != null) {
                return ip;
            }
            for (Interface i : interfaces) {
                if (i.name().equals(name) && i.address() != null) {
                    return i.address().ip();
                }
            }
        }
        return null;
    }

    private static List<IPAddress> connectedOf(List<Interface> interfaces) {
        return interfaces.stream().filter(i -> i.address() != null).map(i -> i.address().network().address()).toList();
    }

    /** FRR's and Quagga's default hold time is 180 s (traditional); datacenter uses 9 s; RouterOS 3 min. */
    private static Integer routerHold(Router r) {
        return switch (r.platform()) {
            case FRR, EXTERNAL -> r.bgp().effectiveHold();
            case QUAGGA, ROUTEROS_V6, ROUTEROS_V7 -> r.bgp().hold() != null ? r.bgp().hold() : 180;
        };
    }

    /** The speaker's hold time (MetalLbTimers); null when the BGPPeer sets none or a timer does not parse. */
    private static Integer speakerHold(BgpPeer p) {
        try {
            MetalLbTimers t = MetalLbTimers.of(p);
            return t.set() ? Math.toIntExact(t.hold().wholeSeconds()) : null;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
    }

    private static final class Builder {
        final Kind kind;
        final String element;
        final String vertex;
        final String label;
        Router router;
        Cluster cluster;
        BgpPeer bgpPeer;
        Node node;
        Peering.End end;
        NeighborConfig config;
        long instanceAs;
        long presentedAs;
        String remoteAs;
        Ip target;
        Ip explicitSource;
        List<Interface> interfaces = List.of();
        List<IPAddress> connected = List.of();
        int multihopTtl = 1;
        boolean bfd;
        boolean bfdEcho;
        List<BfdPeer> staticBfd = List.of();
        boolean password;
        Integer hold;

        Builder(Kind kind, String element, String vertex, String label) {
            this.kind = kind;
            this.element = element;
            this.vertex = vertex;
            this.label = label;
        }
    }
}
