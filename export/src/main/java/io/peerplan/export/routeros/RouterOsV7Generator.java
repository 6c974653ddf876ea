package io.peerplan.export.routeros;

import io.peerplan.export.Secrets;
import io.peerplan.model.BfdProfile;
import io.peerplan.model.Interface;
import io.peerplan.model.ListenRange;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Redistribution;
import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.session.Neighbor;
import io.peerplan.model.session.RouterNeighbors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A RouterOS v7 script: {@code /routing/bgp/template} (AS, router-id, networks, redistribution),
 * one {@code /routing/bgp/connection} per neighbor and per listen range, announced networks as a
 * firewall address-list named by {@code output.network}, {@code /routing/filter/rule} chains
 * ({@link V7Filters}), BFD and static routes (reference.md §4). Pure: no I/O.
 */
public final class RouterOsV7Generator {

    private RouterOsV7Generator() {
    }

    public static String generate(TopologyIndex index, Router r, List<String> notes, List<String> warnings) {
        RouterNeighbors sessions = RouterNeighbors.of(index, r.id());
        warnings.addAll(sessions.problems());
        RscScript out = new RscScript(r, "v7", notes);
        V7Filters filters = new V7Filters(r, warnings);
        Map<Neighbor, String> names = PeerNames.of(index, sessions.neighbors());
        List<RscLine> connections = new ArrayList<>();
        for (Neighbor n : sessions.neighbors()) {
            RscLine c = connection(r, n.address().toString(), n.effective(r), names.get(n), filters, warnings);
            if (c != null) {
                connections.add(c);
            }
        }
        for (ListenRange lr : r.bgp().listenRanges()) {
            // v7 accepts any peer inside remote.address when it is a prefix: the listen range.
            NeighborConfig group = r.peerGroup(lr.peerGroup()).map(g -> g.config()).orElse(NeighborConfig.EMPTY);
            RscLine c = connection(r, lr.range().network().toString(), group, lr.peerGroup(), filters, warnings);
            if (c != null) {
                connections.add(c);
            }
        }
        if (!r.bfdPeers().isEmpty()) {
            warnings.add(r.id() + " (RouterOS v7): static BFD peers (" + r.bfdPeers().stream().map(p -> p.address().toString())
                    .collect(Collectors.joining(", ")) + ") have no RouterOS form; BFD runs only for connections with use-bfd");
        }
        if (r.bgp().listenLimit() != null) {
            warnings.add(r.id() + " (RouterOS v7): no limit on dynamic peers ('bgp listen limit " + r.bgp().listenLimit() + "'); left out");
        }
        String networks = "bgp-networks-" + r.id();
        out.menu("/routing/filter/rule", filters.rules());
        out.menu("/ip/firewall/address-list",
                r.networks().stream().map(p -> RscLine.add().prop("list", networks).prop("address", p.network())).toList());
        out.menu("/routing/bgp/template", template(r, r.networks().isEmpty() ? null : networks));
        bfd(out, r, sessions.neighbors(), warnings);
        out.menu("/routing/bgp/connection", connections);
        out.menu("/ip/route", RouterOsV6Generator.staticRoutes(r, true));
        return out.toString();
    }

    private static RscLine template(Router r, String networks) {
        RscLine t = RscLine.set("default").prop("as", r.asn()).prop("router-id", r.routerId()).prop("output.network", networks);
        if (!r.redistribute().isEmpty()) {
            t.prop("output.redistribute", r.redistribute().stream().map(Redistribution::source).map(Redistribution.Source::keyword)
                    .distinct().collect(Collectors.joining(",")));
        }
        if (r.bgp().clusterId() != null) {
            t.prop("cluster-id", r.bgp().clusterId());
        }
        return t;
    }

    private static RscLine connection(Router r, String address, NeighborConfig c, String name, V7Filters filters,
            List<String> warnings) {
        String at = r.id() + " neighbor " + address + ": ";
        boolean internal = "internal".equals(c.remoteAs()) || (r.asn() != null && r.asn().toString().equals(c.remoteAs()));
        RscLine l = RscLine.add().prop("name", name).prop("remote.address", address).prop("templates", "default")
                .prop("local.role", internal ? (Boolean.TRUE.equals(c.routeReflectorClient()) ? "ibgp-rr" : "ibgp") : "ebgp");
        if (c.remoteAs() != null && c.remoteAs().matches("[0-9]+")) {
            l.prop("remote.as", c.remoteAs());
        } else if ("internal".equals(c.remoteAs()) && r.asn() != null) {
            l.prop("remote.as", r.asn());
        }
        l.prop("multihop", c.ebgpMultihop() != null ? "yes" : null);
        if (c.bfdEnabled()) {
            l.prop("use-bfd", "yes");
        }
        if (c.passwordRef() != null) {
            l.prop("tcp-md5-key", Secrets.placeholder(c.passwordRef()));
        }
        if (c.updateSource() != null) {
            String local = c.updateSource().matches("[0-9.:a-fA-F]+") ? c.updateSource()
                    : r.iface(c.updateSource()).map(Interface::address).map(p -> p.ip().toString()).orElse(null);
            if (local == null) {
                warnings.add(at + "update-source " + c.updateSource() + " is not an address of " + r.id() + "; left out");
            }
            l.prop("local.address", local);
        }
        if (c.keepalive() != null || c.hold() != null) {
            l.prop("keepalive-time", (c.keepalive() != null ? c.keepalive() : r.bgp().effectiveKeepalive()) + "s");
            l.prop("hold-time", (c.hold() != null ? c.hold() : r.bgp().effectiveHold()) + "s");
        }
        if (c.port() != null && c.port() != 179) {
            l.prop("remote.port", c.port());
        }
        if (c.localAs() != null) {
            l.prop("as", c.localAs());
        }
        if (Boolean.TRUE.equals(c.nextHopSelf())) {
            l.prop("nexthop-choice", "force-self");
        }
        if (Boolean.TRUE.equals(c.defaultOriginate())) {
            l.prop("output.default-originate", "always");
        }
        if (c.allowasIn() != null) {
            l.prop("input.allow-as", c.allowasIn());
        }
        if (Boolean.TRUE.equals(c.shutdown())) {
            l.prop("disabled", "yes");
        }
        if (c.description() != null && !c.description().strip().equals(name)) {
            l.text("comment", c.description());
        }
        if (c.interfaceName() != null) {
            warnings.add(at + "RouterOS v7 cannot bind a connection to interface " + c.interfaceName() + "; left out");
        }
        l.prop("input.filter", filters.neighborChain(name, "in", c.prefixListIn(), c.routeMapIn(), c.weight()));
        l.prop("output.filter-chain", filters.neighborChain(name, "out", c.prefixListOut(), c.routeMapOut(), null));
        return l;
    }

    /** v7 BFD settings per interface set: the profile of each profile used, no echo or minimum TTL on RouterOS. */
    private static void bfd(RscScript out, Router r, List<Neighbor> neighbors, List<String> warnings) {
        List<String> used = new ArrayList<>();
        neighbors.stream().map(n -> n.effective(r)).filter(NeighborConfig::bfdEnabled).forEach(c -> used.add(c.bfdProfile()));
        r.bgp().listenRanges().forEach(lr -> r.peerGroup(lr.peerGroup()).filter(g -> g.config().bfdEnabled())
                .ifPresent(g -> used.add(g.config().bfdProfile())));
        if (used.isEmpty()) {
            return;
        }
        BfdProfile p = used.stream().filter(x -> x != null).findFirst().flatMap(r::bfdProfile).orElse(null);
        if (used.stream().distinct().count() > 1) {
            warnings.add(r.id() + " (RouterOS v7): one BFD setting for all interfaces; using "
                    + (p == null ? "the defaults" : "profile " + p.name()) + " for all sessions");
        }
        if (p != null && (Boolean.TRUE.equals(p.echoMode()) || p.minimumTtl() != null)) {
            warnings.add(r.id() + " (RouterOS v7): BFD echo mode and minimum TTL do not exist on RouterOS; left out");
        }
        RscLine l = RscLine.add().prop("interfaces", "all")
                .prop("min-rx", (p == null ? 300 : p.effectiveReceiveInterval()) + "ms")
                .prop("min-tx", (p == null ? 300 : p.effectiveTransmitInterval()) + "ms")
                .prop("multiplier", p == null ? 3 : p.effectiveMultiplier());
        out.menu("/routing/bfd/configuration", l);
    }
}
