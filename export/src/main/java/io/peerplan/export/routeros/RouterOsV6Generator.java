package io.peerplan.export.routeros;

import io.peerplan.export.Secrets;
import io.peerplan.model.BfdProfile;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Redistribution;
import io.peerplan.model.Router;
import io.peerplan.model.StaticRoute;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.session.Neighbor;
import io.peerplan.model.session.RouterNeighbors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A RouterOS v6 script in the form of seed 002 ({@code /routing bgp instance set default as=...},
 * {@code /routing bgp peer add ...}), with {@code /routing bgp network} for announced prefixes,
 * {@code /routing filter} chains for prefix-lists and route-maps ({@link V6Filters}), BFD and
 * static routes. v6 has no dynamic neighbors, no peer-groups (their settings are copied into each
 * member) and no per-peer local AS; those are reported. Pure: no I/O.
 */
public final class RouterOsV6Generator {

    private RouterOsV6Generator() {
    }

    public static String generate(TopologyIndex index, Router r, List<String> notes, List<String> warnings) {
        RouterNeighbors sessions = RouterNeighbors.of(index, r.id());
        warnings.addAll(sessions.problems());
        RscScript out = new RscScript(r, "v6", notes);
        V6Filters filters = new V6Filters(r, warnings);
        Map<Neighbor, String> names = PeerNames.of(index, sessions.neighbors());
        List<RscLine> peers = new ArrayList<>();
        for (Neighbor n : sessions.neighbors()) {
            RscLine peer = peer(r, n, names.get(n), filters, warnings);
            if (peer != null) {
                peers.add(peer);
            }
        }
        if (!r.bfdPeers().isEmpty()) {
            warnings.add(r.id() + " (RouterOS v6): static BFD peers (" + r.bfdPeers().stream().map(p -> p.address().toString())
                    .collect(java.util.stream.Collectors.joining(", ")) + ") have no RouterOS form; BFD runs only for BGP peers with use-bfd");
        }
        if (!r.bgp().listenRanges().isEmpty()) {
            warnings.add(r.id() + " (RouterOS v6): no dynamic neighbors ('bgp listen range'); list each speaker as a peer");
        }
        out.menu("/routing filter", filters.rules());
        bfd(out, r, sessions.neighbors(), warnings);
        out.menu("/routing bgp instance", instance(r));
        List<RscLine> nets = new ArrayList<>();
        for (IpPrefix p : r.networks()) {
            // synchronize=yes announces only what is in the routing table, FRR's network import-check.
            nets.add(RscLine.add().prop("network", p.network()).prop("synchronize", r.bgp().effectiveNetworkImportCheck() ? null : "no"));
        }
        out.menu("/routing bgp network", nets);
        out.menu("/routing bgp peer", peers);
        out.menu("/ip route", staticRoutes(r, false));
        return out.toString();
    }

    private static RscLine instance(Router r) {
        RscLine l = RscLine.set("default").prop("as", r.asn()).prop("router-id", r.routerId());
        for (Redistribution x : r.redistribute()) {
            l.prop("redistribute-" + x.source().keyword(), "yes");
        }
        if (r.bgp().clusterId() != null) {
            l.prop("cluster-id", r.bgp().clusterId());
        }
        return l;
    }

    private static RscLine peer(Router r, Neighbor n, String name, V6Filters filters, List<String> warnings) {
        NeighborConfig c = n.effective(r);
        String at = r.id() + " neighbor " + n.address() + ": ";
        String remoteAs = c.remoteAs();
        if ("internal".equals(remoteAs) && r.asn() != null) {
            remoteAs = r.asn().toString();
        } else if (remoteAs == null || !remoteAs.matches("[0-9]+")) {
            warnings.add(at + "RouterOS v6 needs a numeric remote AS (has '" + remoteAs + "'); peer left out");
            return null;
        }
        RscLine l = RscLine.add().prop("name", name).prop("remote-address", n.address()).prop("remote-as", remoteAs)
                .prop("multihop", c.ebgpMultihop() != null ? "yes" : "no")
                .prop("ttl", c.ebgpMultihop() != null ? c.ebgpMultihop() : "default");
        if (c.bfdEnabled()) {
            l.prop("use-bfd", "yes");
        }
        if (c.passwordRef() != null) {
            l.prop("tcp-md5-key", Secrets.placeholder(c.passwordRef()));
        }
        if (c.updateSource() != null) {
            l.prop("update-source", c.updateSource());
        }
        if (c.keepalive() != null || c.hold() != null) {
            l.prop("keepalive-time", (c.keepalive() != null ? c.keepalive() : r.bgp().effectiveKeepalive()) + "s");
            l.prop("hold-time", (c.hold() != null ? c.hold() : r.bgp().effectiveHold()) + "s");
        }
        if (c.port() != null && c.port() != 179) {
            l.prop("remote-port", c.port());
        }
        if (Boolean.TRUE.equals(c.routeReflectorClient())) {
            l.prop("route-reflect", "yes");
        }
        if (Boolean.TRUE.equals(c.nextHopSelf())) {
            l.prop("nexthop-choice", "force-self");
        }
        if (Boolean.TRUE.equals(c.defaultOriginate())) {
            l.prop("default-originate", "always");
        }
        if (c.allowasIn() != null) {
            l.prop("allow-as-in", c.allowasIn());
        }
        if (Boolean.TRUE.equals(c.shutdown())) {
            l.prop("disabled", "yes");
        }
        if (c.description() != null && !c.description().strip().equals(name)) {
            l.text("comment", c.description());
        }
        if (c.localAs() != null) {
            warnings.add(at + "RouterOS v6 has no per-peer local AS (local-as " + c.localAs() + "); left out");
        }
        if (c.interfaceName() != null) {
            warnings.add(at + "RouterOS v6 cannot bind a peer to interface " + c.interfaceName() + "; left out");
        }
        l.prop("in-filter", filters.neighborChain(name, "in", c.prefixListIn(), c.routeMapIn(), c.weight()));
        l.prop("out-filter", filters.neighborChain(name, "out", c.prefixListOut(), c.routeMapOut(), null));
        return l;
    }

    /**
     * RouterOS v6 has one BFD setting per interface and no profiles, minimum TTL or echo mode
     * (reference.md §4): the profile of the first BFD session is applied to all interfaces.
     */
    private static void bfd(RscScript out, Router r, List<Neighbor> neighbors, List<String> warnings) {
        List<String> used = neighbors.stream().map(n -> n.effective(r)).filter(NeighborConfig::bfdEnabled)
                .map(NeighborConfig::bfdProfile).distinct().toList();
        if (used.isEmpty()) {
            return;
        }
        BfdProfile p = used.stream().filter(x -> x != null).findFirst().flatMap(r::bfdProfile).orElse(null);
        if (used.size() > 1) {
            warnings.add(r.id() + " (RouterOS v6): BFD settings are per interface, not per profile; using "
                    + (p == null ? "the defaults" : "profile " + p.name()) + " for all sessions");
        }
        if (p != null && (Boolean.TRUE.equals(p.echoMode()) || p.minimumTtl() != null)) {
            warnings.add(r.id() + " (RouterOS v6): BFD echo mode and minimum TTL do not exist on RouterOS; left out");
        }
        RscLine l = RscLine.set("[ find default=yes ]");
        int rx = p == null ? 300 : p.effectiveReceiveInterval();
        int tx = p == null ? 300 : p.effectiveTransmitInterval();
        int mult = p == null ? 3 : p.effectiveMultiplier();
        l.prop("interval", tx + "ms").prop("min-rx", rx + "ms").prop("multiplier", mult);
        out.menu("/routing bfd interface", l);
    }

    /** Static routes; v6 marks a blackhole with {@code type=blackhole}, v7 with the {@code blackhole} flag. */
    static List<RscLine> staticRoutes(Router r, boolean v7) {
        List<RscLine> out = new ArrayList<>();
        for (StaticRoute s : r.staticRoutes()) {
            RscLine l = RscLine.add().prop("dst-address", s.prefix().network());
            if (s.blackhole()) {
                if (v7) {
                    l.flag("blackhole");
                } else {
                    l.prop("type", "blackhole");
                }
            } else if (s.nextHop() != null && s.interfaceName() != null) {
                l.prop("gateway", s.nextHop() + "%" + s.interfaceName());
            } else {
                l.prop("gateway", s.nextHop() != null ? s.nextHop() : s.interfaceName());
            }
            if (s.distance() != null) {
                l.prop("distance", s.distance());
            }
            out.add(l);
        }
        return out;
    }
}
