package io.peerplan.app.cli;

import io.peerplan.model.AddressPool;
import io.peerplan.model.BgpAdvertisement;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.MetalLbBfdProfile;
import io.peerplan.model.Network;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Region;
import io.peerplan.model.Router;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.Vantage;
import java.util.List;
import java.util.stream.Collectors;

/** The text {@code peerplan show} prints: one section per element kind, ids in brackets. */
final class TopologySummary {
    private final Topology t;
    private final TopologyIndex index;
    private final StringBuilder out = new StringBuilder();

    TopologySummary(Topology t) {
        this.t = t;
        this.index = new TopologyIndex(t);
    }

    String render() {
        line(0, "Topology: " + (t.name() == null ? "(unnamed)" : t.name()));
        if (t.description() != null) {
            line(1, t.description().strip().lines().findFirst().orElse(""));
        }
        section("Regions", t.regions().size());
        for (Region r : t.regions()) {
            line(1, r.name() + " [" + r.id() + "]" + join(" — ", r.site(), r.location(), r.zone() == null ? null : "zone " + r.zone()));
        }
        section("Networks", t.networks().size());
        for (Network n : t.networks()) {
            line(1, (n.name() == null ? n.id() : n.name()) + " [" + n.id() + "] " + n.cidr() + kindOf(n) + in(n.region()));
        }
        section("Routers", t.routers().size());
        t.routers().forEach(this::router);
        section("Vantages", t.vantages().size());
        for (Vantage v : t.vantages()) {
            line(1, v.displayName() + " [" + v.id() + "] AS " + v.asn() + addresses(v.interfaces()));
        }
        section("Clusters", t.clusters().size());
        t.clusters().forEach(this::cluster);
        section("Peerings", t.peerings().size());
        for (Peering p : t.peerings()) {
            line(1, "[" + p.id() + "] " + end(p.a()) + "  <->  " + end(p.b()));
        }
        return out.toString();
    }

    private void router(Router r) {
        line(1, r.displayName() + " [" + r.id() + "] " + r.role().name().toLowerCase() + ", " + r.platform().label() + ", AS " + r.asn()
                + (r.routerId() == null ? "" : ", router-id " + r.routerId()) + in(r.region()));
        for (Interface f : r.interfaces()) {
            line(2, "interface " + f.name() + " " + f.address() + (f.network() == null ? "" : " on " + f.network()));
        }
        if (!r.networks().isEmpty()) {
            line(2, "announces " + r.networks().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        r.prefixLists().forEach(pl -> line(2, "prefix-list " + pl.name() + " (" + pl.entries().size() + " entries)"));
        r.routeMaps().forEach(rm -> line(2, "route-map " + rm.name() + " " + rm.entries().stream()
                .map(e -> e.action().keyword() + " " + e.seq() + (e.set().asPathPrepend().isEmpty() ? "" : " prepend " + e.set().asPathPrepend()))
                .collect(Collectors.joining("; "))));
        r.peerGroups().forEach(pg -> line(2, "peer-group " + pg.name()));
        r.bgp().listenRanges().forEach(lr -> line(2, "listen range " + lr.range() + " peer-group " + lr.peerGroup()));
        r.bfdProfiles().forEach(b -> line(2, "BFD profile " + b.name()));
    }

    private void cluster(Cluster c) {
        line(1, c.displayName() + " [" + c.id() + "] MetalLB " + c.effectiveBackend().name().toLowerCase().replace('_', '-') + ", "
                + (c.effectiveConfigStyle() == Cluster.ConfigStyle.CRDS ? "CRDs" : "legacy ConfigMap") + ", namespace "
                + c.effectiveNamespace() + in(c.region()));
        for (Node n : c.nodes()) {
            line(2, "node " + n.name() + " [" + n.id() + "] " + n.address() + " " + n.role().name().toLowerCase()
                    + (n.isSpeaker() ? "" : " (no speaker)"));
        }
        for (AddressPool p : c.metallb().pools()) {
            line(2, "pool " + p.name() + " " + String.join(", ", p.addresses()) + (p.effectiveAutoAssign() ? "" : " (auto-assign off)"));
        }
        for (BgpPeer p : c.metallb().peers()) {
            line(2, "BGPPeer " + p.name() + " " + p.peerAddress() + " myASN " + p.myASN() + " peerASN "
                    + (p.peerASN() != null ? p.peerASN() : p.dynamicASN()) + (p.bfdProfile() == null ? "" : " bfd " + p.bfdProfile()));
        }
        for (BgpAdvertisement a : c.metallb().advertisements()) {
            line(2, "BGPAdvertisement " + a.name() + " pools " + (a.ipAddressPools().isEmpty() ? "(all)" : a.ipAddressPools())
                    + (a.aggregationLength() == null ? "" : " aggregation-length " + a.aggregationLength())
                    + (a.localPref() == null ? "" : " localPref " + a.localPref())
                    + (a.communities().isEmpty() ? "" : " communities " + a.communities()));
        }
        for (MetalLbBfdProfile b : c.metallb().bfdProfiles()) {
            line(2, "BFDProfile " + b.name() + " " + b.effectiveReceiveInterval() + "/" + b.effectiveTransmitInterval() + "/"
                    + b.effectiveMultiplier() + (b.minimumTtl() == null ? "" : " minimumTtl " + b.minimumTtl()));
        }
        for (Service s : c.services()) {
            line(2, "service " + s.effectiveNamespace() + "/" + s.name() + " " + String.join(", ", s.ips())
                    + (s.pool() == null ? "" : " pool " + s.pool())
                    + (s.sharingKey() == null ? "" : " shared " + s.sharingKey())
                    + " externalTrafficPolicy " + (s.effectiveTrafficPolicy() == Service.TrafficPolicy.LOCAL ? "Local" : "Cluster"));
        }
    }

    private String end(Peering.End e) {
        String name = index.displayName(e.element());
        if (e.isCluster()) {
            return name + " speakers (BGPPeer " + e.bgpPeer() + ")";
        }
        String as = e.config().remoteAs() == null ? "" : " remote-as " + e.config().remoteAs();
        if (e.listenRange()) {
            return name + " (listen range, peer-group " + e.config().peerGroup() + ")";
        }
        return name + " -> " + e.peerAddress() + as;
    }

    private String in(String region) {
        return region == null ? "" : " in " + index.displayName(region);
    }

    private static String kindOf(Network n) {
        return n.kind() == null ? "" : " (" + n.kind().name().toLowerCase() + ")";
    }

    private static String addresses(List<Interface> interfaces) {
        return interfaces.isEmpty() ? "" : ", " + interfaces.stream().map(f -> f.address().toString()).collect(Collectors.joining(", "));
    }

    private static String join(String sep, String... parts) {
        String s = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
        return s.isEmpty() ? "" : sep + s;
    }

    private void section(String title, int count) {
        out.append('\n').append(title).append(" (").append(count).append(")\n");
    }

    private void line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
    }
}
