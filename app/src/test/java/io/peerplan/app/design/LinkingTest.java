package io.peerplan.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Asn;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkingTest {

    private static Topology gatewayAndProvider() {
        Topology t = Placement.place(Topology.empty("t"), PaletteItem.FRR_GATEWAY, 0, 0).topology();
        t = Placement.place(t, PaletteItem.PROVIDER_ROUTER, 300, 0).topology();
        Router gw = t.routers().get(0).withInterfaces(
                List.of(new Interface("eth0", IpPrefix.parse("198.51.100.14/29"), null)));
        Router pr = t.routers().get(1).withInterfaces(
                List.of(new Interface("eth0", IpPrefix.parse("198.51.100.9/29"), null)));
        return t.withRouters(List.of(gw, pr));
    }

    @Test
    void routersPeerOnTheirSharedSubnetWithEachOthersAs() {
        Linking.Linked l = (Linking.Linked) Linking.connect(gatewayAndProvider(), "gateway-1", "provider-1");
        Peering p = l.topology().peerings().getFirst();
        assertThat(p.id()).isEqualTo(l.peeringId());
        assertThat(p.a().element()).isEqualTo("gateway-1");
        assertThat(p.a().peerAddress()).hasToString("198.51.100.9");
        assertThat(p.a().config().remoteAs()).isEqualTo(String.valueOf(ElementFactory.PROVIDER_ASN));
        assertThat(p.b().peerAddress()).hasToString("198.51.100.14");
        assertThat(p.b().config().remoteAs()).isEqualTo(String.valueOf(ElementFactory.GATEWAY_ASN));
        Fixtures.roundTrips(l.topology());
    }

    @Test
    void frrGatewayAcceptsAClustersSpeakersThroughAListenRangeOnTheSubnetTheyShare() {
        Topology t = Placement.place(gatewayAndProvider(), PaletteItem.CLUSTER, 0, 200).topology();
        t = Placement.intoCluster(t, PaletteItem.NODE, "cluster-1").topology();
        Linking.Linked l = (Linking.Linked) Linking.connect(t, "gateway-1", "cluster-1");
        Peering p = l.topology().peerings().getFirst();
        assertThat(p.a().listenRange()).isTrue();
        assertThat(p.a().peerAddress()).isNull();
        assertThat(p.b().isCluster()).isTrue();
        Router gw = l.topology().routers().getFirst();
        assertThat(gw.interfaces()).as("the gateway joins the speakers' subnet").extracting(i -> i.address().toString())
                .containsExactly("198.51.100.14/29", "10.0.0.11/24");
        assertThat(gw.bgp().listenRanges()).singleElement().satisfies(r -> {
            assertThat(r.range()).hasToString("10.0.0.0/24");
            assertThat(r.peerGroup()).isEqualTo(p.a().config().peerGroup()).isNotNull();
        });
        assertThat(gw.peerGroup(p.a().config().peerGroup()).orElseThrow().config().remoteAs()).isEqualTo("internal");
        BgpPeer peer = l.topology().clusters().getFirst().metallb().peer(p.b().bgpPeer()).orElseThrow();
        assertThat(peer.peerASN()).isEqualTo(ElementFactory.GATEWAY_ASN);
        assertThat(peer.myASN()).as("iBGP by default, as seed 000").isEqualTo(ElementFactory.GATEWAY_ASN);
        assertThat(peer.peerAddress()).as("the gateway's address on that subnet, not its router id").isEqualTo("10.0.0.11");
        Fixtures.roundTrips(l.topology());
    }

    @Test
    void quaggaGatewayNamesEverySpeakerInOneGesture() {
        Topology t = Placement.place(Topology.empty("t"), PaletteItem.QUAGGA_GATEWAY, 0, 0).topology();
        t = Placement.place(t, PaletteItem.CLUSTER, 0, 200).topology();
        t = Placement.intoCluster(t, PaletteItem.NODE, "cluster-1").topology();
        t = Placement.intoCluster(t, PaletteItem.NODE, "cluster-1").topology();
        Linking.Linked l = (Linking.Linked) Linking.connect(t, "gateway-1", "cluster-1");
        Topology once = l.topology();
        assertThat(l.peeringIds()).containsExactly("gateway-1-node-1", "gateway-1-node-2");
        assertThat(once.peerings()).extracting(p -> p.a().peerAddress())
                .containsExactlyElementsOf(once.clusters().getFirst().nodes().stream().map(n -> n.address()).toList());
        assertThat(once.peerings()).extracting(p -> p.a().config().description()).containsExactly("node-1", "node-2");
        assertThat(once.peerings()).extracting(p -> p.a().config().remoteAs())
                .as("eBGP in the AS after the gateway's, as seeds 001 and 002").containsOnly("64513");
        assertThat(Linking.connect(once, "gateway-1", "cluster-1")).as("every speaker is named already")
                .isInstanceOf(Linking.Refused.class);
        Fixtures.roundTrips(once);
    }

    @Test
    void refusesClusterToClusterAndSelfLinks() {
        Topology t = Placement.place(Topology.empty("t"), PaletteItem.CLUSTER, 0, 0).topology();
        t = Placement.place(t, PaletteItem.CLUSTER, 300, 0).topology();
        assertThat(Linking.connect(t, "cluster-1", "cluster-2")).isInstanceOf(Linking.Refused.class);
        assertThat(Linking.connect(t, "cluster-1", "cluster-1")).isInstanceOf(Linking.Refused.class);
        Topology withNet = Placement.place(t, PaletteItem.NETWORK, 0, 300).topology();
        assertThat(Linking.connect(withNet, "cluster-1", "network-1")).isInstanceOf(Linking.Refused.class);
    }

    @Test
    void clusterReusesItsAsForASecondRouter() {
        Topology t = Placement.place(gatewayAndProvider(), PaletteItem.CLUSTER, 0, 200).topology();
        t = ((Linking.Linked) Linking.connect(t, "cluster-1", "gateway-1")).topology();
        Router other = t.routers().get(1).withAsn(Asn.of(65001));
        t = t.withRouters(List.of(t.routers().get(0), other));
        t = ((Linking.Linked) Linking.connect(t, "cluster-1", "provider-1")).topology();
        assertThat(t.clusters().getFirst().metallb().peers()).extracting(BgpPeer::myASN)
                .containsOnly(ElementFactory.GATEWAY_ASN);
        assertThat(t.clusters().getFirst().metallb().peers()).extracting(BgpPeer::name).doesNotHaveDuplicates();
    }
}
