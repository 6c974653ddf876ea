package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Service;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A multi-line field (a service's endpoint nodes, its selector) committed with Ctrl+Enter keeps
 * the caret, as Enter does in a one-line field, and the next click or Tab takes it where the user
 * points: the field's help tooltip, opened while the pointer rested during the typing, used to lie
 * over the next field and swallow the click.
 */
class AreaCommitFocusTest extends DesignerFxTest {

    @BeforeEach
    void openSample() throws ProjectLoadException {
        open(Samples.load("mikrotik-core"));
        clickOutline("smtp · 172.22.35.70");
    }

    @Test
    void ctrlEnterCommitsTheAreaKeepsTheCaretAndTheNextClickLandsOnTheNextField() {
        clickField("#field-endpoint-nodes");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("kube1\nkube3");
        // A user reads what they typed: the pointer rests longer than a tooltip's delay.
        robot.sleep(1500);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        settle();
        assertThat(service().endpointNodes()).containsExactly("kube1", "kube3");
        assertThat(focusedId()).as("Ctrl+Enter commits in place").isEqualTo("field-endpoint-nodes");
        assertThat(robot.lookup("#field-endpoint-nodes").<TextArea>query().getText()).as("the committed list as the form writes it, no line break added")
                .isEqualTo("kube1, kube3");
        assertThat(model().document().undoDepth()).isEqualTo(1);

        clickField("#field-selector");
        assertThat(focusedId()).as("the click lands on the field it aims at").isEqualTo("field-selector");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("app=mail");
        robot.sleep(1500);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER).push(KeyCode.TAB);
        settle();
        assertThat(service().selector()).containsEntry("app", "mail").hasSize(1);
        assertThat(focusedId()).as("Tab walks on to the ports").isEqualTo("field-ports-1-name");
        assertSelected("k8s/service/default/smtp");
        assertThat(model().document().undoDepth()).isEqualTo(2);
    }

    private Service service() {
        return topology().clusters().getFirst().services().getFirst();
    }
}
