package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.PaletteItem;
import io.peerplan.app.diagram.Link;
import io.peerplan.app.diagram.LinkType;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Peering;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectCodec;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The core of seed 000 built by mouse, as a user would: a region with an FRR gateway, a cluster
 * with two nodes, a provider router, the peerings between them; then every step undone and
 * redone with the keyboard; then saved, reopened and compared.
 */
class BuildSeedCoreTest extends DesignerFxTest {

    @Test
    void buildUndoRedoSaveReopen() {
        Topology start = topology();
        camera(1, 20, 20);

        dropFromPalette(PaletteItem.REGION, 64, 52);
        assertThat(topology().regions()).extracting(r -> r.id()).containsExactly("region-1");

        dropFromPalette(PaletteItem.FRR_GATEWAY, 144, 112);
        setField("field-as-number", "64859");
        dropFromPalette(PaletteItem.CLUSTER, 144, 232);
        dropOnCard(PaletteItem.NODE, "cluster-1");
        dropOnCard(PaletteItem.NODE, "cluster-1");
        dropFromPalette(PaletteItem.PROVIDER_ROUTER, 584, 112);
        setField("field-as-number", "65101");

        connect("gateway-1", "provider-1");
        connect("gateway-1", "cluster-1");

        Topology built = topology();
        TopologyIndex index = new TopologyIndex(built);
        assertThat(index.router("gateway-1").orElseThrow().region()).isEqualTo("region-1");
        assertThat(index.router("gateway-1").orElseThrow().asn().value()).isEqualTo(64859);
        assertThat(index.router("provider-1").orElseThrow().region()).as("dropped outside the region").isNull();
        assertThat(index.router("provider-1").orElseThrow().asn().value()).isEqualTo(65101);
        Cluster cluster = index.cluster("cluster-1").orElseThrow();
        assertThat(cluster.region()).isEqualTo("region-1");
        assertThat(cluster.nodes()).hasSize(2);
        assertThat(built.peerings()).hasSize(2);
        Peering up = index.peeringsOf("provider-1").getFirst();
        assertThat(up.endOf("gateway-1").config().remoteAs()).isEqualTo("65101");
        assertThat(up.endOf("provider-1").config().remoteAs()).isEqualTo("64859");
        Peering speakers = index.peeringsOf("cluster-1").getFirst();
        assertThat(speakers.endOf("gateway-1").listenRange()).isTrue();
        BgpPeer peer = cluster.metallb().peer(speakers.endOf("cluster-1").bgpPeer()).orElseThrow();
        assertThat(peer.myASN()).isEqualTo(64859L);
        assertThat(peer.peerASN()).isEqualTo(64859L);
        assertThat(model().diagramProperty().get().links()).extracting(Link::type)
                .containsExactlyInAnyOrder(LinkType.EBGP, LinkType.IBGP);
        assertThat(window.stage().getTitle()).startsWith("*");

        int steps = model().document().undoDepth();
        assertThat(steps).as("one step per drop, field edit and link").isEqualTo(10);
        robot.clickOn(at(900, 600));
        for (int i = 0; i < steps; i++) {
            shortcut(KeyCode.Z);
        }
        assertThat(topology()).isEqualTo(start);
        assertThat(window.stage().getTitle()).doesNotStartWith("*");
        for (int i = 0; i < steps; i++) {
            shortcut(KeyCode.SHIFT, KeyCode.Z);
        }
        assertThat(topology()).isEqualTo(built);

        Path file = home.resolve("seed-core" + ProjectCodec.EXTENSION);
        robot.interact(() -> window.files().saveTo(file, () -> { }));
        waitUntil(() -> !model().document().isDirty());
        assertThat(window.stage().getTitle()).isEqualTo("seed-core.peerplan.yaml — Peerplan");
        robot.interact(() -> model().document().reset(Topology.empty("other"), null, false));
        robot.interact(() -> window.files().load(file));
        waitUntil(() -> file.equals(model().document().file()));
        assertThat(topology()).isEqualTo(built);
    }
}
