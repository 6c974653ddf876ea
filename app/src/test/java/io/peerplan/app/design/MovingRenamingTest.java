package io.peerplan.app.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Layout;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MovingRenamingTest {
    private final Topology sample = Fixtures.sample("two-dc-anycast");

    @Test
    void movingARegionCarriesItsMembers() {
        Topology t = Moving.translate(sample, Set.of("alfa"), 100, 20);
        assertThat(t.layout().regions().get("alfa").x()).isEqualTo(140);
        assertThat(t.layout().positions().get("gateway-alfa-unoone")).isEqualTo(new Layout.Point(360, 400));
        assertThat(t.layout().positions().get("k8s-alfa")).isEqualTo(new Layout.Point(360, 560));
        assertThat(t.layout().positions().get("betelgeuse")).isEqualTo(sample.layout().positions().get("betelgeuse"));
        assertThat(new TopologyIndex(t).router("gateway-alfa-unoone").orElseThrow().region()).isEqualTo("alfa");
    }

    @Test
    void draggingACardIntoAnotherRegionMovesItThere() {
        Topology t = Moving.translate(sample, Set.of("antares"), 640, 0);
        assertThat(new TopologyIndex(t).router("antares").orElseThrow().region()).isEqualTo("bravo");
        Topology out = Moving.translate(sample, Set.of("antares"), 0, -400);
        assertThat(new TopologyIndex(out).router("antares").orElseThrow().region()).isNull();
        Fixtures.roundTrips(out);
    }

    @Test
    void shrinkingARegionLetsMembersOutAndGrowingTakesThemIn() {
        Topology shrunk = Moving.resizeRegion(sample, "alfa", new Layout.Bounds(40, 200, 560, 150));
        TopologyIndex index = new TopologyIndex(shrunk);
        assertThat(index.cluster("k8s-alfa").orElseThrow().region()).isNull();
        assertThat(index.router("antares").orElseThrow().region()).isEqualTo("alfa");
        Topology grown = Moving.resizeRegion(shrunk, "alfa", new Layout.Bounds(40, 200, 560, 460));
        assertThat(new TopologyIndex(grown).cluster("k8s-alfa").orElseThrow().region()).isEqualTo("alfa");
        assertThat(new TopologyIndex(grown).router("internet")).isEmpty();
    }

    @Test
    void renamingARouterFollowsPeeringsAndLayout() {
        Topology t = Renaming.renameId(sample, "antares", "antares-msk");
        assertThat(t.peerings()).filteredOn(p -> p.id().equals("alfa-provider")).first()
                .satisfies(p -> assertThat(p.b().element()).isEqualTo("antares-msk"));
        assertThat(t.layout().positions()).containsKey("antares-msk").doesNotContainKey("antares");
        Fixtures.roundTrips(t);
    }

    @Test
    void renamingARegionAndANetworkFollowsTheirMembers() {
        Topology t = Renaming.renameId(Renaming.renameId(sample, "alfa", "spb"), "alfa-cloud", "spb-cloud");
        TopologyIndex index = new TopologyIndex(t);
        assertThat(index.router("gateway-alfa-unoone").orElseThrow().region()).isEqualTo("spb");
        assertThat(index.node("alfa-worker-1").orElseThrow().network()).isEqualTo("spb-cloud");
        assertThat(t.layout().regions()).containsKey("spb");
        Fixtures.roundTrips(t);
    }

    @Test
    void renamingRefusesTakenAndMalformedIds() {
        assertThatThrownBy(() -> Renaming.renameId(sample, "antares", "betelgeuse")).hasMessageContaining("already");
        assertThatThrownBy(() -> Renaming.renameId(sample, "antares", "bad id")).hasMessageContaining("letters");
    }

    @Test
    void renamingANodeOrPoolFollowsServices() {
        Topology t = Renaming.renameNode(sample, "alfa-worker-1", "w1");
        assertThat(t.clusters().getFirst().services()).allSatisfy(s -> assertThat(s.endpointNodes()).contains("w1"));
        Topology p = Renaming.renamePool(sample, "k8s-alfa", "anycast-pool", "any");
        assertThat(p.clusters().getFirst().services()).allSatisfy(s -> assertThat(s.pool()).isEqualTo("any"));
        assertThat(p.clusters().getFirst().metallb().advertisements().getFirst().ipAddressPools()).containsExactly("any");
        Fixtures.roundTrips(p);
    }
}
