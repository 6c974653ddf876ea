package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.PaletteItem;
import io.peerplan.export.frr.FrrConfigGenerator;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's outbound policy built on a new FRR gateway through the inspector alone, as a user
 * would: the prefix-list {@code my_anycast_subnet} (two entries, one with {@code le 32}) and the
 * route-map {@code prpnd_private} that prepends the gateway's AS once. Typing mistakes are refused
 * at the cell or field with the reason and change nothing; the exported frr.conf then has the
 * seed's lines, and undo takes every step back, one gesture at a time.
 */
class RouterPolicyEditorsTest extends DesignerFxTest {

    @Test
    void seed000sPrefixListAndRouteMapBuiltInTheInspector() {
        camera(1, 20, 20);
        dropFromPalette(PaletteItem.FRR_GATEWAY, 144, 112);
        String gateway = model().selection().single();
        setField("field-as-number", "64859");
        Topology before = topology();
        int start = model().document().undoDepth();

        clickField("#field-prefix-lists-add");
        assertThat(focusedId()).as("the caret goes to the new list's name").isEqualTo("field-prefix-lists-1-name");
        type("my_anycast_subnet", KeyCode.ENTER);
        assertThat(router(gateway).prefixList("my_anycast_subnet")).isPresent();

        String entries = "#field-prefix-list-my-anycast-subnet";
        clickField(entries + "-1-seq");
        type("10", KeyCode.TAB);
        choose(entries + "-1-action", "permit");
        clickField(entries + "-1-prefix");
        int depth = model().document().undoDepth();
        type("203.0.113.300/29", KeyCode.ENTER);
        assertThat(model().document().undoDepth()).as("refused: nothing applied").isEqualTo(depth);
        assertThat(this.<Label>node(entries + "-message").getText()).startsWith("Entry 1, Prefix: '203.0.113.300/29'");
        type("203.0.113.64/29", KeyCode.TAB);
        robot.push(KeyCode.TAB);
        type("33", KeyCode.ENTER);
        assertThat(this.<Label>node(entries + "-message").getText()).contains("0..32, not 33");
        type("32", KeyCode.ENTER);
        clickField(entries + "-add");
        assertThat(focusedId()).isEqualTo(entries.substring(1) + "-2-seq");
        type("100", KeyCode.ENTER);

        clickField("#field-route-maps-add");
        type("prpnd_private", KeyCode.ENTER);
        clickField("#field-route-map-prpnd-private-1-description");
        type("For AS PATH prepend", KeyCode.ENTER);
        clickField("#field-as-path-prepend");
        depth = model().document().undoDepth();
        type("64859 70000000000", KeyCode.ENTER);
        assertThat(model().document().undoDepth()).isEqualTo(depth);
        assertThat(window.inspectorModel().field("AS-path prepend").error()).contains("out of range");
        type("64859", KeyCode.ENTER);
        assertSelected(gateway);

        assertThat(FrrConfigGenerator.generate(topology(), router(gateway))).contains("""
                ip prefix-list my_anycast_subnet seq 10 permit 203.0.113.64/29 le 32
                ip prefix-list my_anycast_subnet seq 100 deny any
                !
                route-map prpnd_private permit 10
                 description For AS PATH prepend
                 set as-path prepend 64859
                exit
                """);

        int steps = model().document().undoDepth() - start;
        assertThat(steps).as("one undo step per committed gesture").isEqualTo(12);
        robot.clickOn(at(420, 320));
        settle();
        assertSelected();
        for (int i = 0; i < steps; i++) {
            shortcut(KeyCode.Z);
        }
        assertThat(topology()).isEqualTo(before);
    }

    /**
     * A reference is chosen from the router's own names, and a rename in the names table carries
     * every reference along: the peer group's route-map in, and the provider neighbor's route-map out.
     */
    @Test
    void aRouteMapChosenFromTheDropDownFollowsItsRename() throws ProjectLoadException {
        open(Samples.load("two-dc-anycast"));
        Topology before = topology();
        click("gateway-alfa-unoone");
        choose("#field-route-map-in", "prpnd_private");
        assertThat(router("gateway-alfa-unoone").peerGroup("mks-nodes").orElseThrow().config().routeMapIn())
                .isEqualTo("prpnd_private");

        clickField("#field-route-maps-1-name");
        type("prepend_once", KeyCode.ENTER);
        assertSelected("gateway-alfa-unoone");
        assertThat(router("gateway-alfa-unoone").peerGroup("mks-nodes").orElseThrow().config().routeMapIn())
                .isEqualTo("prepend_once");
        assertThat(new TopologyIndex(topology()).peering("alfa-provider").orElseThrow().a().config().routeMapOut())
                .isEqualTo("prepend_once");
        assertThat(FrrConfigGenerator.generate(topology(), router("gateway-alfa-unoone")))
                .contains("neighbor mks-nodes route-map prepend_once in", "route-map prepend_once permit 10")
                .doesNotContain("prpnd_private");

        robot.clickOn(at(100, 100));
        settle();
        assertSelected();
        shortcut(KeyCode.Z);
        shortcut(KeyCode.Z);
        assertThat(topology()).isEqualTo(before);
    }

    private void type(String text, KeyCode end) {
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text).push(end);
        settle();
    }

    private Router router(String id) {
        return new TopologyIndex(topology()).router(id).orElseThrow();
    }

    private <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }
}
