package io.peerplan.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Cluster;
import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FragmentPasteTest {
    private final Topology sample = Fixtures.sample("two-dc-anycast");

    @Test
    void copyingTwoConnectedRoutersCopiesTheirPeering() {
        Fragment f = Fragment.copy(sample, Set.of("gateway-alfa-unoone", "antares"));
        assertThat(f.peeringIds()).containsExactly("alfa-provider");
        Paste.Result r = Paste.paste(sample, f, 40, 40, null);
        Topology t = r.topology();
        assertThat(r.keys()).containsExactly("gateway-alfa-unoone-2", "antares-2");
        Peering copy = t.peerings().getLast();
        assertThat(copy.id()).isEqualTo("alfa-provider-2");
        assertThat(copy.a().element()).isEqualTo("gateway-alfa-unoone-2");
        assertThat(copy.b().element()).isEqualTo("antares-2");
        assertThat(new TopologyIndex(t).duplicates()).isEmpty();
        Router gw = new TopologyIndex(t).router("gateway-alfa-unoone-2").orElseThrow();
        assertThat(gw.name()).as("a name equal to the id follows the id").isEqualTo("gateway-alfa-unoone-2");
        assertThat(gw.interfaces()).extracting(i -> i.network()).containsExactly("alfa-link", "alfa-cloud");
        assertThat(t.layout().positions().get("antares-2").x()).isEqualTo(sample.layout().positions().get("antares").x() + 40);
        Fixtures.roundTrips(t);
    }

    @Test
    void copyingARegionCopiesItsMembersIntoTheNewRegion() {
        Paste.Result r = Paste.paste(sample, Fragment.copy(sample, Set.of("alfa")), 0, 800, null);
        Topology t = r.topology();
        TopologyIndex index = new TopologyIndex(t);
        assertThat(index.router("gateway-alfa-unoone-2").orElseThrow().region()).isEqualTo("alfa-2");
        assertThat(index.cluster("k8s-alfa-2").orElseThrow().region()).isEqualTo("alfa-2");
        Cluster copy = index.cluster("k8s-alfa-2").orElseThrow();
        assertThat(copy.nodes()).extracting(n -> n.id()).containsExactly("alfa-master-2", "alfa-worker-3", "alfa-worker-4");
        assertThat(copy.nodes()).extracting(n -> n.network()).containsOnly("alfa-cloud-2");
        assertThat(t.peerings()).extracting(Peering::id).contains("alfa-speakers-2", "alfa-provider-2");
        assertThat(t.layout().regions().get("alfa-2").y()).isEqualTo(sample.layout().regions().get("alfa").y() + 800);
        Fixtures.roundTrips(t);
    }

    @Test
    void pastedCardsLandingOutsideTheirRegionLeaveIt() {
        Paste.Result r = Paste.paste(sample, Fragment.copy(sample, Set.of("antares")), 5000, 5000, null);
        assertThat(new TopologyIndex(r.topology()).router("antares-2").orElseThrow().region()).isNull();
    }

    @Test
    void copiedNodesArePastedIntoTheirClusterWithNewNamesAndAddresses() {
        Fragment f = Fragment.copy(sample, Set.of("alfa-worker-1"));
        Paste.Result r = Paste.paste(sample, f, 0, 0, null);
        Cluster alfa = r.topology().clusters().getFirst();
        assertThat(alfa.nodes()).hasSize(4);
        var pasted = alfa.nodes().getLast();
        assertThat(pasted.id()).as("the next free number after the copied one's").isEqualTo("alfa-worker-3");
        assertThat(pasted.name()).isEqualTo("alfa-worker-3");
        assertThat(alfa.nodes().stream().map(n -> n.address()).distinct()).hasSize(4);
        Fixtures.roundTrips(r.topology());
    }

    @Test
    void aDuplicatedGatewayTakesFreeAddressesAndItsNeighborsFollow() {
        Paste.Result r = Paste.paste(sample, Fragment.copy(sample, Set.of("gateway-alfa-unoone", "antares")), 40, 40, null);
        TopologyIndex index = new TopologyIndex(r.topology());
        Router original = index.router("gateway-alfa-unoone").orElseThrow();
        Router copy = index.router("gateway-alfa-unoone-2").orElseThrow();
        Router provider = index.router("antares-2").orElseThrow();
        assertThat(copy.interfaces()).extracting(i -> i.address().ip())
                .doesNotContainAnyElementsOf(original.interfaces().stream().map(i -> i.address().ip()).toList());
        assertThat(copy.routerId()).isNotEqualTo(original.routerId());
        Peering link = index.peering("alfa-provider-2").orElseThrow();
        assertThat(provider.hasAddress(link.endOf("gateway-alfa-unoone-2").peerAddress())).as("the neighbor follows").isTrue();
        assertThat(copy.hasAddress(link.endOf("antares-2").peerAddress())).isTrue();
        assertThat(copy.bfdPeers()).extracting(b -> b.address()).containsOnly(link.endOf("gateway-alfa-unoone-2").peerAddress());
    }

    @Test
    void aCopiedRegionGetsItsOwnSubnetsWithTheSameHostPlan() {
        Topology t = Paste.paste(sample, Fragment.copy(sample, Set.of("alfa")), 0, 800, null).topology();
        TopologyIndex index = new TopologyIndex(t);
        var cloud = t.networks().stream().filter(n -> n.id().equals("alfa-cloud-2")).findFirst().orElseThrow();
        assertThat(cloud.cidr()).isNotEqualTo(sample.networks().getFirst().cidr());
        assertThat(index.cluster("k8s-alfa-2").orElseThrow().nodes()).allSatisfy(n -> assertThat(cloud.cidr().contains(n.address())).isTrue());
        assertThat(index.router("gateway-alfa-unoone-2").orElseThrow().bgp().listenRanges()).extracting(l -> l.range())
                .containsExactly(cloud.cidr());
    }

    @Test
    void nestedItemsGoIntoATargetCluster() {
        Fragment f = Fragment.copy(sample, Set.of("k8s-alfa/pool/anycast-pool"));
        Paste.Result r = Paste.paste(sample, f, 0, 0, "k8s-bravo");
        assertThat(r.keys()).containsExactly("k8s-bravo/pool/anycast-pool-2");
        assertThat(r.topology().clusters().get(1).metallb().pools()).hasSize(2);
    }
}
