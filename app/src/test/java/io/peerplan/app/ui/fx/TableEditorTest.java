package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Interface;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Router;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table field in the inspector (the router's interfaces), edited with the mouse and keyboard as
 * a user would: Add, typing into cells, a drop-down cell, moving and removing rows with the
 * buttons and with Alt+arrows. Each row operation and each cell commit is one undo step; a
 * refused cell shows the reason at the cell and under the table and changes nothing.
 */
class TableEditorTest extends DesignerFxTest {

    @BeforeEach
    void openSample() throws ProjectLoadException {
        open(Samples.load("two-dc-anycast"));
        click("antares");
        assertSelected("antares");
    }

    @Test
    void addTypeChooseAndRefuseInCells() {
        clickField("#field-interfaces-add");
        settle();
        assertThat(names()).containsExactly("eth0", "eth1", "eth2");
        assertThat(undoDepth()).isEqualTo(1);
        assertThat(focusedId()).as("the caret goes to the new row").isEqualTo("field-interfaces-3-name");

        robot.push(KeyCode.CONTROL, KeyCode.A).write("ether9").push(KeyCode.TAB);
        settle();
        assertThat(names()).containsExactly("eth0", "eth1", "ether9");
        assertThat(focusedId()).as("Tab walks to the next cell").isEqualTo("field-interfaces-3-address");

        robot.push(KeyCode.CONTROL, KeyCode.A).write("192.0.2.300/24").push(KeyCode.ENTER);
        settle();
        assertThat(undoDepth()).as("refused: nothing applied").isEqualTo(2);
        assertThat(message().isVisible()).isTrue();
        assertThat(message().getText()).startsWith("Interface 3, Address: ");
        assertThat(this.<TextField>node("#field-interfaces-3-address").getText()).as("the typed text stays to be fixed")
                .isEqualTo("192.0.2.300/24");
        robot.push(KeyCode.ESCAPE);
        settle();
        assertThat(message().isVisible()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.A).write("192.0.2.1/24").push(KeyCode.TAB);
        settle();
        assertThat(antares().interfaces().get(2).address()).isEqualTo(IpPrefix.parse("192.0.2.1/24"));
        assertThat(focusedId()).isEqualTo("field-interfaces-3-network");

        clickField("#field-interfaces-3-network");
        settle();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "".equals(c.getText())
                && c.getItem() != null).<Node>query());
        settle();
        assertThat(antares().interfaces().get(2).network()).isNull();
        assertThat(undoDepth()).isEqualTo(4);
        assertThat(model().document().undoTextProperty().get())
                .isEqualTo("Undo Set network of interface 3 in interfaces");
        assertSelected("antares");
    }

    @Test
    void rowsMoveAndGoByButtonAndByKeyboard() {
        clickField("#field-interfaces-2-name");
        clickField("#field-interfaces-up");
        settle();
        assertThat(names()).containsExactly("eth1", "eth0");
        assertThat(focusedId()).as("the moved row stays current").isEqualTo("field-interfaces-1-name");

        robot.push(KeyCode.ALT, KeyCode.DOWN);
        settle();
        assertThat(names()).containsExactly("eth0", "eth1");
        assertThat(focusedId()).isEqualTo("field-interfaces-2-name");

        robot.push(KeyCode.ALT, KeyCode.INSERT);
        settle();
        assertThat(names()).containsExactly("eth0", "eth1", "eth2");
        assertThat(focusedId()).isEqualTo("field-interfaces-3-name");

        clickField("#field-interfaces-1-address");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("198.51.100.10/29");
        robot.push(KeyCode.ALT, KeyCode.DELETE);
        settle();
        assertThat(names()).as("the typed cell committed, then its row went").containsExactly("eth1", "eth2");
        assertThat(undoDepth()).isEqualTo(5);
        assertThat(model().document().undoTextProperty().get()).isEqualTo("Undo Remove interface 1 from interfaces");
        robot.interact(() -> model().document().undo());
        settle();
        assertThat(antares().interfaces().getFirst())
                .isEqualTo(new Interface("eth0", IpPrefix.parse("198.51.100.10/29"), "alfa-link"));
        assertThat(this.<TextField>node("#field-interfaces-1-address").getText()).isEqualTo("198.51.100.10/29");
        assertSelected("antares");
    }

    private Router antares() {
        return new TopologyIndex(topology()).router("antares").orElseThrow();
    }

    private java.util.List<String> names() {
        return antares().interfaces().stream().map(Interface::name).toList();
    }

    private int undoDepth() {
        return model().document().undoDepth();
    }

    private Label message() {
        return node("#field-interfaces-message");
    }

    private <T extends Node> T node(String query) {
        return robot.lookup(query).query();
    }
}
