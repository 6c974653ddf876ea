package io.peerplan.export.lab;

import io.peerplan.model.NeighborConfig;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.Vantage;
import io.peerplan.model.session.Neighbor;
import io.peerplan.model.session.RouterNeighbors;
import java.util.List;

/**
 * The vantage's frr.conf: a plain FRR speaker in its own AS that peers with whoever the topology
 * connects it to, accepts everything (no RFC 8212 policy requirement) and announces nothing: not
 * its own routes, and not those it learned either (an outbound route-map denying all), since a
 * vantage stands for clients, not for a transit AS between the providers ({@code Vantage}).
 * Only the settings its peering end holds are written, one neighbor per address ({@link RouterNeighbors}).
 */
final class VantageConfig {
    static final String DENY_ALL = "PEERPLAN-VANTAGE-SENDS-NOTHING";
    private VantageConfig() {
    }

    static String render(Topology t, Vantage v, String hostname) {
        StringBuilder b = new StringBuilder();
        b.append("hostname ").append(hostname).append('\n');
        b.append("ip forwarding\n");
        b.append("route-map ").append(DENY_ALL).append(" deny 10\n");
        b.append("exit\n");
        b.append("router bgp ").append(v.asn()).append('\n');
        if (v.routerId() != null) {
            b.append(" bgp router-id ").append(v.routerId()).append('\n');
        }
        b.append(" no bgp ebgp-requires-policy\n");
        List<Neighbor> neighbors = RouterNeighbors.of(new TopologyIndex(t), v.id()).neighbors();
        for (Neighbor n : neighbors) {
            neighbor(b, n.address().toString(), n.config());
        }
        b.append(" address-family ipv4 unicast\n");
        for (Neighbor n : neighbors) {
            b.append("  neighbor ").append(n.address()).append(" route-map ").append(DENY_ALL).append(" out\n");
        }
        b.append(" exit-address-family\n");
        b.append("exit\n");
        return b.toString();
    }

    private static void neighbor(StringBuilder b, String address, NeighborConfig c) {
        String n = " neighbor " + address;
        b.append(n).append(" remote-as ").append(c.remoteAs() != null ? c.remoteAs() : "external").append('\n');
        if (c.ebgpMultihop() != null) {
            b.append(n).append(" ebgp-multihop ").append(c.ebgpMultihop()).append('\n');
        }
        if (c.updateSource() != null) {
            b.append(n).append(" update-source ").append(c.updateSource()).append('\n');
        }
        if (c.keepalive() != null && c.hold() != null) {
            b.append(n).append(" timers ").append(c.keepalive()).append(' ').append(c.hold()).append('\n');
        }
        if (c.port() != null) {
            b.append(n).append(" port ").append(c.port()).append('\n');
        }
        if (c.bfdEnabled()) {
            b.append(n).append(" bfd\n");
            if (c.bfdProfile() != null) {
                b.append(n).append(" bfd profile ").append(c.bfdProfile()).append('\n');
            }
        }
        if (c.weight() != null) {
            b.append(n).append(" weight ").append(c.weight()).append('\n');
        }
    }
}
