package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.findings.DesignFinding;
import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.app.render.Marks;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/**
 * Live validation with the real validator: a wrong remote AS typed into the inspector raises the
 * session's ASN-mismatch finding (panel, red link, badge), clicking the finding selects what it
 * names, and putting the right AS back clears it.
 */
class LiveFindingTest extends DesignerFxTest {
    private static final String RULE = "BGP-SESSION-ASN-MISMATCH";

    @Override
    FindingsSource findings() {
        return ValidatorFindings.INSTANCE;
    }

    private boolean hasMismatch() {
        return model().findings().findings().stream().anyMatch(f -> f.ruleId().equals(RULE));
    }

    @Test
    void aFindingAppearsAndDisappearsAsTheFieldIsFixed() throws ProjectLoadException {
        open(Samples.load("two-dc-anycast"));
        waitUntil(() -> !model().findings().runningProperty().get() && !model().findings().findings().isEmpty());
        assertThat(hasMismatch()).isFalse();
        assertThat(model().findings().errorsProperty().get()).isZero();

        var antares = card("antares").bounds();
        var gateway = card("gateway-alfa-unoone").bounds();
        robot.clickOn(at((antares.centerX() + gateway.centerX()) / 2, (antares.centerY() + gateway.centerY()) / 2));
        settle();
        assertSelected("alfa-provider");
        setField("field-remote-as", "65999");
        waitUntil(this::hasMismatch);
        DesignFinding mismatch = model().findings().findings().stream().filter(f -> f.ruleId().equals(RULE)).findFirst()
                .orElseThrow();
        assertThat(mismatch.severity()).isEqualTo(Marks.Level.ERROR);
        assertThat(mismatch.message()).contains("expects AS 65999 but Antares sends AS 65101");
        assertThat(model().marksProperty().get().link("alfa-provider")).isEqualTo(Marks.Level.ERROR);
        assertThat(model().marksProperty().get().card("gateway-alfa-unoone").errors()).isPositive();
        assertThat(robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getRightItems())
                .anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(javafx.scene.control.Label.class,
                        l -> assertThat(l.getText()).matches("[1-9]\\d* errors")));

        robot.clickOn(at(900, 120));
        settle();
        TableView<?> table = robot.lookup("#findings-table").queryTableView();
        int row = table.getItems().indexOf(mismatch);
        robot.interact(() -> table.scrollTo(row));
        javafx.scene.Node cell = robot.lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() == mismatch).query();
        robot.clickOn(cell);
        settle();
        assertSelected("alfa-provider");
        javafx.scene.Node focused = window.stage().getScene().getFocusOwner();
        assertThat(focused.getId()).as("the offending field has the caret").isEqualTo("field-remote-as");
        assertThat(((javafx.scene.control.TextField) focused).getText()).isEqualTo("65999");
        robot.write("65101").push(javafx.scene.input.KeyCode.ENTER);
        settle();
        waitUntil(() -> !hasMismatch() && !model().findings().runningProperty().get());
        assertThat(model().marksProperty().get().link("alfa-provider")).isNotEqualTo(Marks.Level.ERROR);
        assertThat(model().findings().errorsProperty().get()).isZero();
    }
}
