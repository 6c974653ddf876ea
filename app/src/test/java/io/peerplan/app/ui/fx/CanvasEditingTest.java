package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.Footprint;
import io.peerplan.model.Peering;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Selection, delete, copy/paste, move and resize on the two-dc-anycast sample, by mouse and keyboard. */
class CanvasEditingTest extends DesignerFxTest {
    private Topology sample;

    @BeforeEach
    void openSample() throws ProjectLoadException {
        sample = Samples.load("two-dc-anycast");
        open(sample);
    }

    @Test
    void deletingAGatewayTakesItsPeeringsAlongAndUndoBringsThemBack() {
        click("gateway-alfa-unoone");
        assertSelected("gateway-alfa-unoone");
        robot.push(KeyCode.DELETE);
        settle();
        TopologyIndex index = new TopologyIndex(topology());
        assertThat(index.router("gateway-alfa-unoone")).isEmpty();
        assertThat(topology().peerings()).extracting(Peering::id).containsExactly("bravo-speakers", "bravo-provider",
                "antares-internet", "betelgeuse-internet");
        assertThat(model().diagramProperty().get().links()).hasSize(4);
        assertThat(model().document().undoDepth()).isEqualTo(1);
        shortcut(KeyCode.Z);
        assertThat(topology()).isEqualTo(sample);
    }

    @Test
    void shiftClickBuildsASelectionThatCopiesAndPastesWithItsPeering() {
        click("gateway-alfa-unoone");
        shiftClick("antares");
        assertSelected("gateway-alfa-unoone", "antares");
        shiftClick("antares");
        assertSelected("gateway-alfa-unoone");
        shiftClick("antares");
        shortcut(KeyCode.C);
        shortcut(KeyCode.V);
        assertSelected("gateway-alfa-unoone-2", "antares-2");
        Peering copy = new TopologyIndex(topology()).peering("alfa-provider-2").orElseThrow();
        assertThat(copy.a().element()).isEqualTo("gateway-alfa-unoone-2");
        assertThat(copy.b().element()).isEqualTo("antares-2");
        assertThat(topology().layout().positions().get("antares-2").x())
                .isEqualTo(sample.layout().positions().get("antares").x() + 40);
        shortcut(KeyCode.D);
        assertThat(model().selection().keys()).hasSize(2).allSatisfy(k -> assertThat(k).endsWith("-3"));
        assertThat(model().document().undoDepth()).isEqualTo(2);
        shortcut(KeyCode.Z);
        shortcut(KeyCode.Z);
        assertThat(topology()).isEqualTo(sample);
    }

    @Test
    void marqueeInsideARegionSelectsTheCardsItTouches() {
        // From the empty top-left of region Alfa to the middle of its gateway: the two networks
        // on the left and the gateway, Antares (touched) but not the cluster below nor the region.
        robot.drag(at(60, 240), MouseButton.PRIMARY).moveTo(at(300, 400)).drop();
        settle();
        assertSelected("alfa-link", "antares", "gateway-alfa-unoone");
        robot.press(KeyCode.SHIFT);
        settle();
        robot.drag(at(60, 440), MouseButton.PRIMARY).moveTo(at(120, 500)).drop();
        settle();
        robot.release(KeyCode.SHIFT);
        settle();
        assertSelected("alfa-link", "antares", "gateway-alfa-unoone", "alfa-cloud");
        robot.drag(at(20, 180), MouseButton.PRIMARY).moveTo(at(620, 680)).drop();
        settle();
        assertThat(model().selection().keys()).contains("alfa", "k8s-alfa", "gateway-alfa-unoone")
                .doesNotContain("bravo", "betelgeuse", "internet");
        robot.clickOn(at(640, 120));
        settle();
        assertSelected();
    }

    @Test
    void draggingACardIntoTheOtherRegionIsOneMoveThatChangesItsRegion() {
        Point2D from = center("antares");
        Point2D to = at(card("antares").bounds().centerX() + 640, card("antares").bounds().centerY());
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        settle();
        assertThat(new TopologyIndex(topology()).router("antares").orElseThrow().region()).isEqualTo("bravo");
        assertThat(topology().layout().positions().get("antares").x()).isEqualTo(900);
        assertThat(model().document().undoDepth()).isEqualTo(1);
    }

    @Test
    void resizingARegionByItsCornerLetsTheClusterOut() {
        camera(0.7, 20, 20);
        robot.clickOn(at(300, 210));
        settle();
        assertSelected("alfa");
        Footprint b = model().diagramProperty().get().region("alfa").orElseThrow().bounds();
        robot.moveTo(at(b.maxX() - 20, b.maxY() - 20)).moveTo(at(b.maxX(), b.maxY()));
        robot.drag(at(b.maxX(), b.maxY()), MouseButton.PRIMARY).moveTo(at(b.maxX(), 500)).drop();
        settle();
        assertThat(topology().layout().regions().get("alfa").height()).isEqualTo(300);
        assertThat(new TopologyIndex(topology()).cluster("k8s-alfa").orElseThrow().region()).isNull();
        assertThat(model().document().undoDepth()).isEqualTo(1);
    }

    @Test
    void wheelZoomsAroundThePointerAndFitShowsEverything() {
        Point2D p = center("antares");
        robot.moveTo(p).scroll(5, javafx.geometry.VerticalDirection.DOWN);
        settle();
        double zoomed = canvas().viewport().scale();
        assertThat(zoomed).isNotCloseTo(1, org.assertj.core.data.Offset.offset(0.01));
        assertThat(center("antares").distance(p)).as("the point under the pointer stays put").isLessThan(2);
        robot.scroll(5, javafx.geometry.VerticalDirection.UP);
        settle();
        assertThat(canvas().viewport().scale()).isCloseTo(1, org.assertj.core.data.Offset.offset(0.001));
        assertThat(center("antares").distance(p)).isLessThan(2);
        robot.interact(canvas()::fit);
        Footprint visible = canvas().viewport().visible(canvas().getWidth(), canvas().getHeight());
        Footprint content = model().diagramProperty().get().contentBounds();
        assertThat(visible.x()).isLessThanOrEqualTo(content.x());
        assertThat(visible.maxX()).isGreaterThanOrEqualTo(content.maxX());
        assertThat(visible.maxY()).isGreaterThanOrEqualTo(content.maxY());
    }
}
