package io.peerplan.export.quagga;

import io.peerplan.export.AddressOrder;
import io.peerplan.export.ExportRefusedException;
import io.peerplan.export.text.ConfigSyntax;
import io.peerplan.model.CommunityList;
import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.PrefixList;
import io.peerplan.model.Redistribution;
import io.peerplan.model.RouteMap;
import io.peerplan.model.Router;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.session.Neighbor;
import io.peerplan.model.session.RouterNeighbors;
import io.peerplan.model.validate.input.Grammar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Quagga 1.2 configuration of a router (seed 001's OpenWrt): {@code zebra.conf} with forwarding and
 * static routes, {@code bgpd.conf} with policies and {@code router bgp} (IPv4 unicast neighbor
 * settings directly under {@code router bgp}, as Quagga writes them), and the vtysh command form.
 * What Quagga cannot do ({@link QuaggaSupport}) is refused or, with {@link QuaggaPolicy#OMIT}, left out
 * and listed. Pure: no I/O.
 */
public final class QuaggaConfigGenerator {

    private QuaggaConfigGenerator() {
    }

    public static QuaggaConfig generate(TopologyIndex index, Router r, QuaggaPolicy policy, List<String> notes)
            throws ExportRefusedException {
        RouterNeighbors sessions = RouterNeighbors.of(index, r.id());
        List<String> unsupported = QuaggaSupport.unsupported(r, sessions.neighbors());
        if (!unsupported.isEmpty() && policy == QuaggaPolicy.REFUSE) {
            throw new ExportRefusedException(unsupported);
        }
        List<String> omitted = new ArrayList<>(sessions.problems());
        omitted.addAll(unsupported);
        QuaggaText zebra = new QuaggaText();
        zebra.header(r, "zebra", notes);
        zebra.line(0, "hostname " + hostname(r));
        zebra.line(0, "ip forwarding");
        if (hasIpv6(r, sessions.neighbors())) {
            zebra.line(0, "ipv6 forwarding");
        }
        zebra.bang();
        sortedRoutes(r).forEach(s -> zebra.line(0, staticRoute(s)));
        if (!r.staticRoutes().isEmpty()) {
            zebra.bang();
        }
        zebra.line(0, "line vty").bang();

        QuaggaText bgpd = new QuaggaText();
        bgpd.header(r, "bgpd", notes);
        bgpd.line(0, "hostname " + hostname(r));
        if (r.log() != null && !r.log().isBlank()) {
            bgpd.line(0, "log " + ConfigSyntax.value(QuaggaText.FORMAT, Grammar.FRR_LOG, r.log().strip()));
        }
        bgpd.bang();
        policies(bgpd, r);
        routerBgp(bgpd, r, sessions.neighbors());
        bgpd.line(0, "line vty").bang();
        return new QuaggaConfig(zebra.file(), bgpd.file(), QuaggaText.vtysh(zebra, bgpd), omitted);
    }

    static String hostname(Router r) {
        return r.name() != null && r.name().matches("[A-Za-z0-9][A-Za-z0-9._-]*") ? r.name() : r.id();
    }

    private static boolean hasIpv6(Router r, List<Neighbor> neighbors) {
        return r.interfaces().stream().map(Interface::address).anyMatch(a -> !a.isIpv4())
                || neighbors.stream().anyMatch(n -> !n.address().isIpv4()) || r.networks().stream().anyMatch(p -> !p.isIpv4());
    }

    private static List<StaticRoute> sortedRoutes(Router r) {
        return r.staticRoutes().stream().sorted(Comparator.comparing(StaticRoute::prefix, AddressOrder.PREFIX)).toList();
    }

    /** {@code ip route P (NEXTHOP|IF|Null0) [DISTANCE]}: Quagga takes one target; the next hop wins. */
    static String staticRoute(StaticRoute s) {
        String target = s.blackhole() ? "Null0" : s.nextHop() != null ? s.nextHop().toString() : QuaggaText.word(s.interfaceName());
        return (s.prefix().isIpv4() ? "ip route " : "ipv6 route ") + s.prefix().network() + " " + target
                + (s.distance() != null && s.distance() != 1 ? " " + s.distance() : "");
    }

    private static void policies(QuaggaText out, Router r) {
        for (PrefixList p : r.prefixLists()) {
            String family = p.entries().stream().anyMatch(e -> !e.prefix().any() && !e.prefix().isIpv4()) ? "ipv6" : "ip";
            p.entries().stream().sorted(Comparator.comparingInt(PrefixList.Entry::seq)).forEach(e -> out.line(0, family
                    + " prefix-list " + QuaggaText.word(p.name()) + " seq " + e.seq() + " " + e.action().keyword() + " "
                    + (e.prefix().any() ? "any" : e.prefix().network().toString())
                    + (e.ge() == null ? "" : " ge " + e.ge()) + (e.le() == null ? "" : " le " + e.le())));
            out.bang();
        }
        // Quagga's community-lists have no sequence numbers: entries apply in the order written.
        for (CommunityList c : r.communityLists()) {
            c.entries().stream().sorted(Comparator.comparingInt(CommunityList.Entry::seq)).forEach(e ->
                    out.line(0, "ip community-list standard " + QuaggaText.word(c.name()) + " " + e.action().keyword() + " "
                            + QuaggaText.word(e.community())));
            out.bang();
        }
        for (RouteMap m : r.routeMaps()) {
            for (RouteMap.Entry e : m.entries().stream().sorted(Comparator.comparingInt(RouteMap.Entry::seq)).toList()) {
                out.line(0, "route-map " + QuaggaText.word(m.name()) + " " + e.action().keyword() + " " + e.seq());
                if (e.description() != null && !e.description().isBlank()) {
                    out.line(1, "description " + ConfigSyntax.collapsed(QuaggaText.FORMAT, e.description()));
                }
                if (e.match().prefixList() != null) {
                    out.line(1, "match ip address prefix-list " + QuaggaText.word(e.match().prefixList()));
                }
                if (e.match().community() != null) {
                    out.line(1, "match community " + QuaggaText.word(e.match().community()));
                }
                RouteMap.Set s = e.set();
                if (!s.asPathPrepend().isEmpty()) {
                    out.line(1, "set as-path prepend " + s.asPathPrepend().stream().map(String::valueOf).collect(Collectors.joining(" ")));
                }
                if (!s.communities().isEmpty()) {
                    out.line(1, "set community " + String.join(" ", s.communities().stream().map(QuaggaText::word).toList()) + (s.communityAdditive() ? " additive" : ""));
                }
                if (s.localPreference() != null) {
                    out.line(1, "set local-preference " + s.localPreference());
                }
                if (s.med() != null) {
                    out.line(1, "set metric " + s.med());
                }
                if (s.origin() != null) {
                    out.line(1, "set origin " + s.origin().keyword());
                }
                if (s.weight() != null) {
                    out.line(1, "set weight " + s.weight());
                }
                out.bang();
            }
        }
    }

    private static void routerBgp(QuaggaText out, Router r, List<Neighbor> neighbors) {
        if (r.asn() == null) {
            return;
        }
        out.line(0, "router bgp " + r.asn());
        var b = r.bgp();
        if (r.routerId() != null) {
            out.line(1, "bgp router-id " + r.routerId());
        }
        if (b.alwaysCompareMed()) {
            out.line(1, "bgp always-compare-med");
        }
        if (b.clusterId() != null) {
            out.line(1, "bgp cluster-id " + b.clusterId());
        }
        if (Boolean.TRUE.equals(b.deterministicMed())) {
            out.line(1, "bgp deterministic-med");
        }
        // Quagga has no peer-type multipath-relax; QuaggaSupport refuses it.
        io.peerplan.export.BestPathLines.of(b, false).forEach(l -> out.line(1, l));
        // Quagga's import-check is off by default: write it only when the design asks for it.
        if (Boolean.TRUE.equals(b.networkImportCheck())) {
            out.line(1, "bgp network import-check");
        }
        if (b.keepalive() != null || b.hold() != null) {
            out.line(1, "timers bgp " + b.effectiveKeepalive() + " " + b.effectiveHold());
        }
        r.networks().stream().filter(IpPrefix::isIpv4).sorted(AddressOrder.PREFIX).forEach(p -> out.line(1, "network " + p.network()));
        r.redistribute().stream().sorted(Comparator.comparing(Redistribution::source)).forEach(x ->
                out.line(1, "redistribute " + x.source().keyword() + (x.routeMap() == null ? "" : " route-map " + QuaggaText.word(x.routeMap()))));
        for (PeerGroup g : r.peerGroups().stream().sorted(Comparator.comparing(PeerGroup::name)).toList()) {
            out.line(1, "neighbor " + QuaggaText.word(g.name()) + " peer-group");
            QuaggaNeighborLines.neighbor(out, r, g.name(), g.config(), 1);
        }
        List<Neighbor> v6 = new ArrayList<>();
        for (Neighbor n : neighbors.stream().sorted(Comparator.comparing(Neighbor::address, AddressOrder.IP)).toList()) {
            // Quagga creates a neighbor only with its remote-as (its own, or its group's): one whose
            // AS Quagga cannot say ('remote-as external', listed as unsupported) is left out whole,
            // or bgpd refuses each of its lines ("Specify remote-as or peer-group commands first").
            boolean groupHasAs = n.config().peerGroup() != null && r.peerGroup(n.config().peerGroup())
                    .map(g -> QuaggaNeighborLines.numericAs(r, g.config().remoteAs()) != null).orElse(false);
            if (!groupHasAs && QuaggaNeighborLines.numericAs(r, n.config().remoteAs()) == null) {
                continue;
            }
            if (n.config().peerGroup() != null) {
                String as = QuaggaNeighborLines.numericAs(r, n.config().remoteAs());
                if (as != null && r.peerGroup(n.config().peerGroup()).map(g -> g.config().remoteAs() == null).orElse(true)) {
                    out.line(1, "neighbor " + n.address() + " remote-as " + as);
                }
                out.line(1, "neighbor " + n.address() + " peer-group " + QuaggaText.word(n.config().peerGroup()));
            }
            QuaggaNeighborLines.neighbor(out, r, n.address().toString(), n.config(), n.address().isIpv4() ? 1 : -1);
            if (!n.address().isIpv4()) {
                v6.add(n);
            }
        }
        if (b.maximumPaths() != null && !QuaggaSupport.multipath(b.maximumPaths())) {
            out.line(1, "maximum-paths " + b.maximumPaths());
        }
        if (b.maximumPathsIbgp() != null && !QuaggaSupport.multipath(b.maximumPathsIbgp())) {
            out.line(1, "maximum-paths ibgp " + b.maximumPathsIbgp());
        }
        List<IpPrefix> v6nets = r.networks().stream().filter(p -> !p.isIpv4()).sorted(AddressOrder.PREFIX).toList();
        if (!v6.isEmpty() || !v6nets.isEmpty()) {
            out.line(1, "address-family ipv6");
            v6nets.forEach(p -> out.line(2, "network " + p.network()));
            for (Neighbor n : v6) {
                out.line(2, "neighbor " + n.address() + " activate");
                QuaggaNeighborLines.afLines(out, n.address().toString(), n.config(), 2);
            }
            out.line(1, "exit-address-family");
        }
        out.bang();
    }
}
