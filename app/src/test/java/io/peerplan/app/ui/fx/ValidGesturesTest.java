package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.PaletteItem;
import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.model.Interface;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * From an empty canvas, with the palette, the mouse and the keyboard only: the defaults of each
 * gesture give a design without errors (a default cluster-to-gateway peering, Ctrl+D and
 * nodes dropped next to a network each used to produce errors).
 */
class ValidGesturesTest extends DesignerFxTest {

    @Override
    FindingsSource findings() {
        return ValidatorFindings.INSTANCE;
    }

    private List<String> errors() {
        return Validator.validate(topology()).stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::message)
                .toList();
    }

    /** A LAN, an FRR gateway and a cluster with two nodes, dropped from the palette. */
    private void lanGatewayAndClusterByMouse() {
        camera(1, 20, 20);
        dropFromPalette(PaletteItem.NETWORK, 80, 40);
        dropFromPalette(PaletteItem.FRR_GATEWAY, 80, 160);
        dropFromPalette(PaletteItem.CLUSTER, 80, 320);
        dropOnCard(PaletteItem.NODE, "cluster-1");
        dropOnCard(PaletteItem.NODE, "cluster-1");
    }

    @Test
    void aLanAGatewayAndAClusterConnectedByDragValidateAndDuplicateCleanly() {
        lanGatewayAndClusterByMouse();
        drawLink("cluster-1", "gateway-1");
        robot.clickOn("#peering-connect");
        settle();

        Topology built = topology();
        assertThat(built.clusters().getFirst().nodes()).extracting(n -> n.network()).containsOnly("network-1");
        Router gw = new TopologyIndex(built).router("gateway-1").orElseThrow();
        assertThat(gw.interfaces()).extracting(Interface::network).containsExactly("network-1");
        assertThat(gw.bgp().listenRanges()).hasSize(1);
        assertThat(errors()).isEmpty();

        Footprint cluster = card("cluster-1").bounds();
        robot.clickOn(at(cluster.x() + 60, cluster.y() + 10));
        settle();
        assertSelected("cluster-1");
        setField("field-as-number", "64600");
        assertThat(built.clusters()).isNotEqualTo(topology().clusters());
        assertThat(topology().clusters().getFirst().metallb().peers()).extracting(p -> p.myASN()).containsOnly(64600L);
        assertThat(errors()).as("eBGP now: the gateway's peer group follows the new AS").isEmpty();

        click("gateway-1");
        setField("field-router-id", gw.interfaces().getFirst().address().ip().toString());
        click("gateway-1");
        shortcut(KeyCode.D);
        assertThat(model().selection().keys()).containsExactly("gateway-2");
        Router copy = new TopologyIndex(topology()).router("gateway-2").orElseThrow();
        assertThat(copy.interfaces().getFirst().address()).isNotEqualTo(gw.interfaces().getFirst().address());
        assertThat(copy.routerId()).as("the router id follows its interface").isEqualTo(copy.interfaces().getFirst().address().ip());
        assertThat(errors()).isEmpty();
        assertThat(model().document().undoDepth()).isEqualTo(9);
    }

    @Test
    void thePopoverOffersOneNeighborPerNodeInAFreePrivateAs() {
        lanGatewayAndClusterByMouse();
        drawLink("gateway-1", "cluster-1");
        assertThat(robot.lookup("#peering-listen").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#peering-ibgp").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(model().document().undoDepth()).as("nothing drawn before the choice").isEqualTo(5);
        robot.clickOn("#peering-per-node");
        robot.clickOn("#peering-ebgp");
        robot.clickOn("#peering-connect");
        settle();
        assertThat(topology().peerings()).extracting(p -> p.a().peerAddress())
                .containsExactlyElementsOf(topology().clusters().getFirst().nodes().stream().map(n -> n.address()).toList());
        assertThat(topology().clusters().getFirst().metallb().peers()).extracting(p -> p.myASN()).containsOnly(64513L);
        assertThat(model().selection().keys()).hasSize(2);
        assertThat(model().document().undoDepth()).isEqualTo(6);
        assertThat(errors()).isEmpty();
    }

    @Test
    void aCardDroppedAtTheCanvasEdgeLandsWhollyInView() {
        camera(1, 20, 20);
        Footprint view = canvas().viewport().visible(canvas().getWidth(), canvas().getHeight());
        dropFromPalette(PaletteItem.PROVIDER_ROUTER, view.maxX() - 8, view.maxY() - 8);
        Footprint card = card("provider-1").bounds();
        assertThat(card.x()).isGreaterThanOrEqualTo(view.x());
        assertThat(card.maxX()).isLessThanOrEqualTo(view.maxX());
        assertThat(card.maxY()).isLessThanOrEqualTo(view.maxY());
    }
}
