package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.Footprint;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Find (Ctrl+F) with jump-to, align and distribute from the Arrange menu (each one undo step), and
 * File → Close, done with the keyboard and mouse on the real window and two-dc-anycast.
 */
class FindArrangeCloseTest extends DesignerFxTest {
    @BeforeEach
    void sample() throws Exception {
        open(Samples.load("two-dc-anycast"));
    }

    @Test
    void findByAsnOrAddressJumpsToTheElement() {
        shortcut(KeyCode.F);
        robot.clickOn("#find-field").write("AS 64600");
        settle();
        ListView<?> results = robot.lookup("#find-results").queryAs(ListView.class);
        assertThat(results.getItems()).hasSize(1);
        robot.push(KeyCode.ENTER);
        settle();
        assertSelected("betelgeuse");
        assertInView("betelgeuse");
        robot.clickOn("#find-field").push(KeyCode.CONTROL, KeyCode.A).write("192.168.147.111");
        settle();
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);
        settle();
        String node = model().selection().single();
        assertThat(node).as("the node with that address").isNotNull();
        assertThat(results.getItems().toString()).contains("bravo-master");
        robot.clickOn("#find-field").push(KeyCode.CONTROL, KeyCode.A).write("no-such-thing");
        settle();
        assertThat(results.getItems()).isEmpty();
        assertThat(robot.lookup("#find-summary").queryLabeled().getText()).startsWith("Nothing matches");
        javafx.stage.Window findWindow = robot.lookup("#find-field").query().getScene().getWindow();
        robot.push(KeyCode.ESCAPE);
        settle();
        assertThat(findWindow.isShowing()).isFalse();
    }

    @Test
    void alignAndDistributeAreOneUndoStepEach() {
        click("alfa-link");
        shiftClick("antares");
        shiftClick("internet");
        assertSelected("alfa-link", "antares", "internet");
        Topology before = topology();
        robot.clickOn("Arrange").clickOn("Align top edges");
        settle();
        assertThat(card("alfa-link").bounds().y()).isEqualTo(40);
        assertThat(card("antares").bounds().y()).isEqualTo(40);
        assertThat(card("internet").bounds().y()).isEqualTo(40);
        shortcut(KeyCode.Z);
        assertThat(topology()).isEqualTo(before);
        robot.clickOn("Arrange").clickOn("Distribute horizontally");
        settle();
        // alfa-link (left) and internet (right) stay; antares goes where the gaps each side of it are equal.
        var left = card("alfa-link").bounds();
        var middle = card("antares").bounds();
        var right = card("internet").bounds();
        assertThat(left.x()).isEqualTo(100);
        assertThat(right.x()).isEqualTo(600);
        assertThat(middle.x() - left.maxX()).isCloseTo(right.x() - middle.maxX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(model().document().undoTextProperty().get()).isEqualTo("Undo Distribute horizontally");
        shortcut(KeyCode.Z);
        assertThat(topology()).isEqualTo(before);
    }

    @Test
    void closeAsksAboutUnsavedChangesThenLeavesAnEmptyDesign() {
        click("antares");
        robot.push(KeyCode.RIGHT);
        settle();
        assertThat(model().document().isDirty()).isTrue();
        shortcut(KeyCode.W);
        robot.clickOn("Cancel");
        settle();
        assertThat(topology().routers()).isNotEmpty();
        robot.clickOn("File").clickOn("Close");
        robot.clickOn("Don't save");
        settle();
        assertThat(topology().routers()).isEmpty();
        assertThat(model().document().isDirty()).isFalse();
        assertThat(window.stage().getTitle()).isEqualTo("untitled — Peerplan");
    }

    @Test
    void theOutlineFilterKeepsMatchingRowsAndTheirGroups() {
        robot.clickOn("#outline-filter").write("bissotwo");
        settle();
        java.util.List<String> rows = new java.util.ArrayList<>();
        collect(window.outline().getRoot(), rows);
        // A matching cluster keeps its rows; nothing of Alfa's is left.
        assertThat(rows).contains("k8s-bravo-bissotwo", "gateway-bravo-bissotwo · AS 64859", "bravo-master · 192.168.147.111")
                .doesNotContain("Antares · AS 65101", "gateway-alfa-unoone · AS 64859", "k8s-alfa-unoone", "Regions (2)");
        robot.push(KeyCode.ESCAPE);
        settle();
        rows.clear();
        collect(window.outline().getRoot(), rows);
        assertThat(rows).contains("Antares · AS 65101");
    }

    private static void collect(javafx.scene.control.TreeItem<io.peerplan.app.ui.view.OutlineView.Entry> item,
            java.util.List<String> rows) {
        for (var c : item.getChildren()) {
            rows.add(c.getValue().text());
            if (c.isExpanded()) {
                collect(c, rows);
            }
        }
    }

    private void assertInView(String id) {
        Footprint b = card(id).bounds();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        var v = canvas().viewport();
        assertThat(v.toScreenX(b.x())).isBetween(0.0, w);
        assertThat(v.toScreenX(b.maxX())).isBetween(0.0, w);
        assertThat(v.toScreenY(b.y())).isBetween(0.0, h);
        assertThat(v.toScreenY(b.maxY())).isBetween(0.0, h);
    }
}
