package io.peerplan.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Cluster;
import io.peerplan.model.Interface;
import io.peerplan.model.Peering;
import io.peerplan.model.Topology;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletionTest {
    private final Topology sample = Fixtures.sample("two-dc-anycast");

    @Test
    void deletingAGatewayTakesItsPeeringsAndLayout() {
        Topology t = Deletion.delete(sample, Set.of("gateway-alfa-unoone"));
        assertThat(t.routers()).extracting(r -> r.id()).doesNotContain("gateway-alfa-unoone");
        assertThat(t.peerings()).extracting(Peering::id).doesNotContain("alfa-speakers", "alfa-provider")
                .contains("bravo-speakers", "bravo-provider", "antares-internet");
        assertThat(t.layout().positions()).doesNotContainKey("gateway-alfa-unoone");
        Fixtures.roundTrips(t);
    }

    @Test
    void deletingARegionDeletesEverythingInside() {
        Topology t = Deletion.delete(sample, Set.of("alfa"));
        assertThat(t.regions()).extracting(r -> r.id()).containsExactly("bravo");
        assertThat(t.routers()).extracting(r -> r.id()).containsExactly("gateway-bravo-bissotwo", "betelgeuse");
        assertThat(t.clusters()).extracting(Cluster::id).containsExactly("k8s-bravo");
        assertThat(t.peerings()).extracting(Peering::id).containsExactly("bravo-speakers", "bravo-provider",
                "betelgeuse-internet");
        assertThat(t.layout().regions()).containsOnlyKeys("bravo");
        Fixtures.roundTrips(t);
    }

    @Test
    void deletingANetworkClearsTheReferencesToIt() {
        Topology t = Deletion.delete(sample, Set.of("alfa-cloud"));
        assertThat(t.clusters().getFirst().nodes()).allSatisfy(n -> assertThat(n.network()).isNull());
        List<Interface> gw = t.routers().getFirst().interfaces();
        assertThat(gw).extracting(Interface::network).containsExactly("alfa-link", null);
        Fixtures.roundTrips(t);
    }

    @Test
    void deletingANodeDropsItFromServiceEndpoints() {
        Topology t = Deletion.delete(sample, Set.of("alfa-worker-1"));
        Cluster alfa = t.clusters().getFirst();
        assertThat(alfa.nodes()).extracting(n -> n.id()).containsExactly("alfa-master", "alfa-worker-2");
        assertThat(alfa.services()).allSatisfy(s -> assertThat(s.endpointNodes()).containsExactly("alfa-worker-2"));
        Fixtures.roundTrips(t);
    }

    @Test
    void deletingAPoolAndAServiceByTheirKeys() {
        Topology t = Deletion.delete(sample, Set.of("k8s-alfa/pool/anycast-pool", "k8s-alfa/service/default/echo-svc-sameip"));
        Cluster alfa = t.clusters().getFirst();
        assertThat(alfa.metallb().pools()).isEmpty();
        assertThat(alfa.services()).extracting(s -> s.name()).containsExactly("cilium-echo-svc-metallb");
        assertThat(t.clusters().get(1)).isEqualTo(sample.clusters().get(1));
    }

    @Test
    void closureListsWhatGoes() {
        assertThat(Deletion.closure(sample, Set.of("antares")))
                .containsExactlyInAnyOrder("antares", "alfa-provider", "antares-internet");
    }
}
