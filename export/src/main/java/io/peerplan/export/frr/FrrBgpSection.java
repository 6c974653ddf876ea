package io.peerplan.export.frr;

import io.peerplan.export.AddressOrder;
import io.peerplan.model.BgpOptions;
import io.peerplan.model.DefaultsProfile;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.ListenRange;
import io.peerplan.model.PeerGroup;
import io.peerplan.model.Platform;
import io.peerplan.model.Redistribution;
import io.peerplan.model.Router;
import io.peerplan.model.session.Neighbor;
import java.util.Comparator;
import java.util.List;

/**
 * {@code router bgp ASN ... exit} in FRR 8.4's running-config form. Options equal to the
 * {@code frr defaults} profile's value are not printed (FRR does not print them either), peer-groups
 * come sorted by name, then neighbors in FRR's {@code peer_cmp} order: peer-group members first
 * (by group name, then address), then the others by address.
 */
final class FrrBgpSection {
    /** FRR's default {@code bgp listen limit} (BGP_DYNAMIC_NEIGHBORS_LIMIT_DEFAULT). */
    static final int DEFAULT_LISTEN_LIMIT = 100;

    private FrrBgpSection() {
    }

    static final Comparator<Neighbor> PEER_ORDER = Comparator
            .comparing((Neighbor n) -> n.config().peerGroup() == null)
            .thenComparing(n -> n.config().peerGroup() == null ? "" : n.config().peerGroup())
            .thenComparing(Neighbor::address, AddressOrder.IP);

    static void write(FrrText out, Router r, List<Neighbor> neighbors, List<String> warnings) {
        if (r.asn() == null) {
            warnings.add(r.id() + " has no AS number; no 'router bgp' block is written");
            return;
        }
        BgpOptions b = r.bgp();
        DefaultsProfile d = b.effectiveDefaults();
        out.line("router bgp " + r.asn());
        if (b.alwaysCompareMed()) {
            out.line(1, "bgp always-compare-med");
        }
        flag(out, "bgp ebgp-requires-policy", ebgpRequiresPolicy(r), d.ebgpRequiresPolicy());
        if (b.clusterId() != null) {
            out.line(1, "bgp cluster-id " + b.clusterId());
        }
        flag(out, "bgp deterministic-med", b.deterministicMed(), d.deterministicMed());
        io.peerplan.export.BestPathLines.of(b, true).forEach(l -> out.line(1, l));
        flag(out, "bgp network import-check", networkImportCheck(r), d.networkImportCheck());
        if ((b.keepalive() != null || b.hold() != null) && (b.effectiveKeepalive() != d.keepalive() || b.effectiveHold() != d.hold())) {
            out.line(1, "timers bgp " + b.effectiveKeepalive() + " " + b.effectiveHold());
        }
        List<PeerGroup> groups = r.peerGroups().stream().sorted(Comparator.comparing(PeerGroup::name)).toList();
        groups.forEach(g -> FrrNeighborLines.group(out, r, g));
        List<Neighbor> sorted = neighbors.stream().sorted(PEER_ORDER).toList();
        sorted.forEach(n -> FrrNeighborLines.neighbor(out, r, n.address().toString(), n.config(), warnings));
        if (b.listenLimit() != null && b.listenLimit() != DEFAULT_LISTEN_LIMIT) {
            out.line(1, "bgp listen limit " + b.listenLimit());
        }
        b.listenRanges().stream().sorted(Comparator.comparing(ListenRange::peerGroup)).forEach(lr ->
                out.line(1, "bgp listen range " + lr.range().network() + " peer-group " + FrrText.word(lr.peerGroup())));
        ipv4(out, r, groups, sorted);
        ipv6(out, r, sorted);
        out.line("exit");
        out.bang(0);
    }

    /**
     * A router designed for another platform keeps that platform's behaviour when written as FRR
     * (for the lab, or with {@code --as frr}): Quagga and RouterOS have no RFC 8212 policy requirement
     * (reference.md §3-4), so unless the design says otherwise FRR must not have one either.
     */
    static Boolean ebgpRequiresPolicy(Router r) {
        Boolean v = r.bgp().ebgpRequiresPolicy();
        return v == null && isOtherPlatform(r) ? Boolean.FALSE : v;
    }

    /** Quagga's {@code bgp network import-check} is off unless configured; RouterOS synchronises networks by default, like FRR. */
    static Boolean networkImportCheck(Router r) {
        Boolean v = r.bgp().networkImportCheck();
        return v == null && r.platform() == Platform.QUAGGA ? Boolean.FALSE : v;
    }

    private static boolean isOtherPlatform(Router r) {
        return r.platform() == Platform.QUAGGA || r.platform() == Platform.ROUTEROS_V6 || r.platform() == Platform.ROUTEROS_V7;
    }

    private static void flag(FrrText out, String command, Boolean value, boolean profileDefault) {
        if (value != null && value != profileDefault) {
            out.line(1, (value ? "" : "no ") + command);
        }
    }

    private static void ipv4(FrrText out, Router r, List<PeerGroup> groups, List<Neighbor> neighbors) {
        FrrText af = new FrrText();
        r.networks().stream().filter(IpPrefix::isIpv4).sorted(AddressOrder.PREFIX)
                .forEach(p -> af.line(2, "network " + p.network()));
        r.redistribute().stream().sorted(Comparator.comparing(Redistribution::source)).forEach(x ->
                af.line(2, "redistribute " + x.source().keyword() + (x.routeMap() == null ? "" : " route-map " + FrrText.word(x.routeMap()))));
        groups.forEach(g -> FrrNeighborLines.af(af, g.name(), g.config(), false));
        neighbors.stream().filter(n -> n.address().isIpv4())
                .forEach(n -> FrrNeighborLines.af(af, n.address().toString(), n.config(), false));
        if (r.bgp().maximumPaths() != null) {
            af.line(2, "maximum-paths " + r.bgp().maximumPaths());
        }
        if (r.bgp().maximumPathsIbgp() != null) {
            af.line(2, "maximum-paths ibgp " + r.bgp().maximumPathsIbgp());
        }
        block(out, "ipv4", af);
    }

    /** IPv6 networks and neighbors: FRR activates IPv6 neighbors only in their own address family. */
    private static void ipv6(FrrText out, Router r, List<Neighbor> neighbors) {
        FrrText af = new FrrText();
        r.networks().stream().filter(p -> !p.isIpv4()).sorted(AddressOrder.PREFIX)
                .forEach(p -> af.line(2, "network " + p.network()));
        neighbors.stream().filter(n -> !n.address().isIpv4())
                .forEach(n -> FrrNeighborLines.af(af, n.address().toString(), n.config(), true));
        block(out, "ipv6", af);
    }

    private static void block(FrrText out, String family, FrrText body) {
        String text = body.toString();
        if (text.isEmpty()) {
            return;
        }
        out.bang(1);
        out.line(1, "address-family " + family + " unicast");
        for (String line : text.split("\n")) {
            out.line(line);
        }
        out.line(1, "exit-address-family");
    }
}
