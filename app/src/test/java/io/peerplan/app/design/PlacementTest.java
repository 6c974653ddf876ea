package io.peerplan.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Topology;
import org.junit.jupiter.api.Test;

class PlacementTest {

    @Test
    void gatewayDroppedInsideARegionJoinsIt() {
        Topology t = Placement.place(Topology.empty("t"), PaletteItem.REGION, 0, 0).topology();
        Placement.Result r = Placement.place(t, PaletteItem.FRR_GATEWAY, 100, 100);
        Router gw = r.topology().routers().getFirst();
        assertThat(r.key()).isEqualTo("gateway-1");
        assertThat(gw.region()).isEqualTo("region-1");
        assertThat(gw.platform()).isEqualTo(Platform.FRR);
        assertThat(gw.role()).isEqualTo(RouterRole.GATEWAY);
        assertThat(r.topology().layout().positions().get("gateway-1").x()).isEqualTo(100);
        Fixtures.roundTrips(r.topology());
    }

    @Test
    void elementDroppedOutsideEveryRegionHasNone() {
        Topology t = Placement.place(Topology.empty("t"), PaletteItem.REGION, 0, 0).topology();
        Placement.Result r = Placement.place(t, PaletteItem.PROVIDER_ROUTER, 900, 900);
        assertThat(r.topology().routers().getFirst().region()).isNull();
        assertThat(r.topology().routers().getFirst().platform()).isEqualTo(Platform.EXTERNAL);
    }

    @Test
    void nodesGetDistinctIdsNamesAndAddressesInTheClustersNetwork() {
        Topology t = Placement.place(Topology.empty("t"), PaletteItem.CLUSTER, 0, 0).topology();
        t = Placement.intoCluster(t, PaletteItem.NODE, "cluster-1").topology();
        t = Placement.intoCluster(t, PaletteItem.NODE, "cluster-1").topology();
        Cluster c = t.clusters().getFirst();
        Node a = c.nodes().get(0);
        Node b = c.nodes().get(1);
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(a.name()).isNotEqualTo(b.name());
        assertThat(a.address()).isNotEqualTo(b.address());
        assertThat(a.address().toString()).startsWith("10.0.0.");
        assertThat(b.address().toString()).startsWith("10.0.0.");
        Fixtures.roundTrips(t);
    }

    @Test
    void nodeInASampleClusterTakesTheNextFreeAddressOfItsNetwork() {
        Topology t = Fixtures.sample("two-dc-anycast");
        Topology out = Placement.intoCluster(t, PaletteItem.NODE, "k8s-alfa").topology();
        Node added = out.clusters().getFirst().nodes().getLast();
        assertThat(added.network()).isEqualTo("alfa-cloud");
        assertThat(added.address().toString()).startsWith("192.168.247.");
        assertThat(t.clusters().getFirst().nodes()).extracting(Node::address).doesNotContain(added.address());
    }

    @Test
    void poolsAndServicesGoIntoTheClusterWithFreshNames() {
        Topology t = Placement.place(Topology.empty("t"), PaletteItem.CLUSTER, 0, 0).topology();
        Placement.Result pool = Placement.intoCluster(t, PaletteItem.ADDRESS_POOL, "cluster-1");
        Placement.Result svc = Placement.intoCluster(pool.topology(), PaletteItem.SERVICE, "cluster-1");
        Cluster c = svc.topology().clusters().getFirst();
        assertThat(pool.key()).isEqualTo("cluster-1/pool/pool-1");
        assertThat(svc.key()).isEqualTo("cluster-1/service/default/service-1");
        assertThat(c.services().getFirst().pool()).isEqualTo("pool-1");
        assertThat(c.metallb().pools().getFirst().addresses()).containsExactly("10.255.0.0/28");
        Fixtures.roundTrips(svc.topology());
    }

    @Test
    void newNetworksDoNotOverlapExistingOnes() {
        Topology t = Fixtures.sample("homelab-openwrt-quagga");
        Topology out = Placement.place(t, PaletteItem.NETWORK, 0, 0).topology();
        var added = out.networks().getLast();
        assertThat(t.networks()).allSatisfy(n -> assertThat(n.cidr().overlaps(added.cidr())).isFalse());
    }
}
