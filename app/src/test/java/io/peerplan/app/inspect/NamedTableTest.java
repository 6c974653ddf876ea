package io.peerplan.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Peering;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import org.junit.jupiter.api.Test;

/**
 * The tables of a router's named things (seed 000's gateway): renaming follows every reference on
 * that router and no other, a name still referred to is not removed, a taken name is refused.
 */
class NamedTableTest {
    private static final String GATEWAY = "gateway-alfa-unoone";

    @Test
    void renamingAPrefixListRenamesTheNeighborsFilter() throws ProjectLoadException {
        Topology t = Samples.load("two-dc-anycast");
        TableSpec lists = table(t, "Prefix lists");
        int row = lists.rows(t).indexOf(java.util.List.of("my_anycast_subnet"));

        Topology renamed = lists.setCell(t, row, 0, "anycast_out");

        Peering up = new TopologyIndex(renamed).peering("alfa-provider").orElseThrow();
        assertThat(up.endOf(GATEWAY).config().prefixListOut()).isEqualTo("anycast_out");
        assertThat(gateway(renamed).prefixList("anycast_out")).isPresent();
        Peering other = new TopologyIndex(renamed).peering("bravo-provider").orElseThrow();
        assertThat(other.a().config().prefixListOut()).as("the other gateway's list keeps its name")
                .isEqualTo("my_anycast_subnet");
    }

    @Test
    void renamingAPeerGroupAndABfdProfileFollowsListenRangesAndBfdPeers() throws ProjectLoadException {
        Topology t = Samples.load("two-dc-anycast");
        Topology renamed = table(t, "Peer groups").setCell(t, 0, 0, "speakers");
        renamed = table(renamed, "BFD profiles").setCell(renamed, 0, 0, "fast");

        Router r = gateway(renamed);
        assertThat(r.bgp().listenRanges().getFirst().peerGroup()).isEqualTo("speakers");
        assertThat(r.peerGroup("speakers").orElseThrow().config().bfdProfile()).isEqualTo("fast");
        assertThat(r.bfdPeers().getFirst().profile()).isEqualTo("fast");
        assertThat(new TopologyIndex(renamed).peering("alfa-speakers").orElseThrow().b().config().peerGroup())
                .isEqualTo("speakers");
    }

    @Test
    void aNameInUseIsNotRemovedAndATakenNameIsRefused() throws ProjectLoadException {
        Topology t = Samples.load("two-dc-anycast");
        TableSpec maps = table(t, "Route maps");

        assertThatThrownBy(() -> maps.remove(t, 0)).hasMessageContaining("route-map 'prpnd_private' is still used by "
                + "neighbor 198.51.100.9 route-map out");
        TableSpec lists = table(t, "Prefix lists");
        assertThatThrownBy(() -> lists.setCell(t, 0, 0, "my_anycast_subnet")).hasMessageContaining("already has a prefix-list");
        assertThatThrownBy(() -> lists.setCell(t, 0, 0, "two words")).hasMessageContaining("holds a space");

        Topology added = maps.add(t);
        assertThat(gateway(added).routeMap("route-map-1")).isPresent();
        assertThat(gateway(table(added, "Route maps").remove(added, 1)).routeMaps()).isEqualTo(gateway(t).routeMaps());
    }

    private static TableSpec table(Topology t, String label) {
        return InspectorFields.of(t, GATEWAY).stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow().table();
    }

    private static Router gateway(Topology t) {
        return new TopologyIndex(t).router(GATEWAY).orElseThrow();
    }
}
