package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inspector driven by keyboard as a user fills a form: Tab walks the fields in order, and a
 * field committed by Tab, Enter or a click into another field keeps the selection (every
 * commit used to clear or scramble it, because the outline's rebuild echoed an empty selection).
 */
class InspectorKeyboardTest extends DesignerFxTest {

    @BeforeEach
    void openSample() throws ProjectLoadException {
        open(Samples.load("two-dc-anycast"));
        click("gateway-alfa-unoone");
        assertSelected("gateway-alfa-unoone");
    }

    @Test
    void tabWalksTheRouterFormInOrder() {
        robot.clickOn("#field-id");
        List<String> walked = new ArrayList<>();
        walked.add(focusedId());
        for (int i = 0; i < 19; i++) {
            robot.push(KeyCode.TAB);
            settle();
            walked.add(focusedId());
        }
        // The form's order on screen: the Router section, then BGP; a table's cells row by row,
        // then its buttons.
        assertThat(walked).containsExactly("field-id", "field-name", "field-role", "field-platform", "field-description",
                "field-log", "field-as-number", "field-router-id", "field-networks", "field-defaults-profile",
                "field-ebgp-requires-policy", "field-listen-ranges-1-range", "field-listen-ranges-1-peer-group",
                "field-listen-ranges-add", "field-listen-ranges-remove", "field-listen-ranges-up",
                "field-listen-ranges-down", "field-listen-limit", "field-keepalive", "field-hold");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        settle();
        assertThat(focusedId()).as("Shift+Tab goes back, out of a table too").isEqualTo("field-listen-ranges-down");
        assertSelected("gateway-alfa-unoone");
    }

    @Test
    void tabCommitsTheFieldMovesOnAndKeepsTheSelection() {
        robot.clickOn("#field-name");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("gw-alfa").push(KeyCode.TAB);
        settle();
        assertThat(router().name()).isEqualTo("gw-alfa");
        assertThat(model().document().undoDepth()).isEqualTo(1);
        assertThat(focusedId()).isEqualTo("field-role");
        assertSelected("gateway-alfa-unoone");
        assertThat(outlineSelection()).containsExactly("gateway-alfa-unoone");

        robot.clickOn("#field-as-number");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("64860").push(KeyCode.ENTER);
        settle();
        assertThat(router().asn().value()).isEqualTo(64860);
        assertSelected("gateway-alfa-unoone");
        assertThat(focusedId()).as("Enter commits in place").isEqualTo("field-as-number");

        robot.push(KeyCode.CONTROL, KeyCode.A).write("Alfa gateway");
        robot.clickOn("#field-router-id");
        settle();
        assertThat(router().asn().value()).as("not a number: nothing applied").isEqualTo(64860);
        assertThat(window.inspectorModel().field("AS number").error()).as("the reason, at the field").isNotBlank();
        robot.clickOn("#field-description");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("edge of Alfa");
        robot.clickOn("#field-name");
        settle();
        assertThat(router().description()).isEqualTo("edge of Alfa");
        assertSelected("gateway-alfa-unoone");
        assertThat(outlineSelection()).containsExactly("gateway-alfa-unoone");
        assertThat(model().document().undoDepth()).isEqualTo(3);
    }

    private Router router() {
        return new TopologyIndex(topology()).router("gateway-alfa-unoone").orElseThrow();
    }

    private List<String> outlineSelection() {
        return window.outline().getSelectionModel().getSelectedItems().stream().map(i -> i.getValue().key()).toList();
    }
}
