package io.peerplan.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import org.junit.jupiter.api.Test;

/**
 * A cluster connected to a gateway by the default gesture validates without an error, on every
 * gateway platform and in either way the router accepts the speakers (each fix of the
 * old gesture's result revealed the next error).
 */
class SpeakerPeeringTest {

    /** A LAN, a gateway and a cluster with two nodes, placed as the palette would. */
    private static Topology lanGatewayCluster(PaletteItem gateway) {
        Topology t = Placement.place(Topology.empty("t"), PaletteItem.NETWORK, 0, 0).topology();
        t = Placement.place(t, gateway, 0, 100).topology();
        t = Placement.place(t, PaletteItem.CLUSTER, 0, 300).topology();
        t = Placement.intoCluster(t, PaletteItem.NODE, "cluster-1").topology();
        return Placement.intoCluster(t, PaletteItem.NODE, "cluster-1").topology();
    }

    private static void assertNoErrors(Topology t) {
        assertThat(Validator.validate(t)).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::message)
                .isEmpty();
    }

    @Test
    void nodesJoinTheLanAndTheDefaultFrrPeeringValidates() {
        Topology t = lanGatewayCluster(PaletteItem.FRR_GATEWAY);
        assertThat(t.clusters().getFirst().nodes()).extracting(n -> n.network()).containsOnly("network-1");
        assertThat(t.clusters().getFirst().nodes()).extracting(n -> n.address().toString())
                .containsExactly("10.0.0.10", "10.0.0.11");
        Linking.Linked l = (Linking.Linked) Linking.connect(t, "cluster-1", "gateway-1");
        assertThat(l.topology().routers().getFirst().interfaces()).singleElement()
                .satisfies(i -> assertThat(i.network()).isEqualTo("network-1"));
        assertNoErrors(l.topology());
        Fixtures.roundTrips(l.topology());
    }

    @Test
    void oneNeighborPerNodeOnFrrValidatesToo() {
        Topology t = lanGatewayCluster(PaletteItem.FRR_GATEWAY);
        SpeakerPeering.Options options = Linking.options(t, "cluster-1", "gateway-1").orElseThrow();
        assertThat(options.open()).isTrue();
        assertThat(options.defaults()).isEqualTo(new SpeakerPeering.Choice(true, ElementFactory.GATEWAY_ASN));
        Linking.Linked l = (Linking.Linked) Linking.connect(t, "cluster-1", "gateway-1",
                new SpeakerPeering.Choice(false, options.ebgpAsn()));
        assertThat(l.peeringIds()).hasSize(2);
        assertThat(l.topology().clusters().getFirst().metallb().peers()).singleElement()
                .satisfies(p -> assertThat(p.myASN()).isEqualTo(ElementFactory.GATEWAY_ASN + 1));
        assertNoErrors(l.topology());
    }

    @Test
    void quaggaAndRouterOsGatewaysValidateWithANeighborPerNode() {
        for (PaletteItem gateway : new PaletteItem[] {PaletteItem.QUAGGA_GATEWAY, PaletteItem.ROUTEROS_GATEWAY}) {
            Topology t = lanGatewayCluster(gateway);
            assertThat(Linking.options(t, "gateway-1", "cluster-1").orElseThrow().canListen()).isFalse();
            Linking.Linked l = (Linking.Linked) Linking.connect(t, "gateway-1", "cluster-1");
            assertThat(l.peeringIds()).as(gateway.label()).hasSize(2);
            assertNoErrors(l.topology());
        }
    }

    @Test
    void theClustersAsIsRenumberedWithTheRoutersRemoteAs() {
        Topology t = lanGatewayCluster(PaletteItem.QUAGGA_GATEWAY);
        t = ((Linking.Linked) Linking.connect(t, "gateway-1", "cluster-1")).topology();
        assertThat(ClusterAs.of(t.clusters().getFirst())).isEqualTo("64513");
        Topology renumbered = ClusterAs.renumber(t, "cluster-1", 65001);
        assertThat(ClusterAs.of(renumbered.clusters().getFirst())).isEqualTo("65001");
        assertThat(renumbered.peerings()).extracting(p -> p.a().config().remoteAs()).containsOnly("65001");
        assertNoErrors(renumbered);
    }

    @Test
    void aNewNetworkCoversNodesDroppedBeforeIt() {
        Topology t = Placement.place(Topology.empty("t"), PaletteItem.CLUSTER, 0, 300).topology();
        t = Placement.intoCluster(t, PaletteItem.NODE, "cluster-1").topology();
        t = Placement.place(t, PaletteItem.NETWORK, 0, 0).topology();
        assertThat(t.networks().getFirst().cidr().contains(t.clusters().getFirst().nodes().getFirst().address())).isTrue();
    }
}
