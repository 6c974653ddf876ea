package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.ui.sim.MigrationViewModel;
import io.peerplan.model.Speaker;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The migration report as a person uses it, on seed 000's design (two-dc-anycast): select cluster
 * k8s-alfa, Simulate ▸ Compare speakers, pick Cilium, set the request rate, Compare. The anycast
 * placement stays; alfa's speaker sessions go from BFD (0.9 s) to Cilium's hold timer (90 s), ~90
 * against ~9000 requests lost at 100 rps; only k8s-alfa's Cilium objects are to apply. Then every
 * cluster at 127 rps (the figures of {@code peerplan compare --speaker cilium}: ~115 → ~11430), and
 * the canvas's context menu on cluster k8s-bravo. Comparing edits nothing.
 */
class MigrationReportTest extends DesignerFxTest {

    private MigrationViewModel migration() {
        return window.simulationPanel().migration();
    }

    /** Opens a drop-down of the report with a click and clicks the entry showing {@code text}. */
    private void pick(String id, String text) {
        robot.clickOn("#" + id);
        settle();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> text.equals(c.getText())
                && c.getItem() != null).<Node>query());
        settle();
    }

    /** Types a rate into the report's spinner, as the user does: select its text, type, Enter. */
    private void rate(String value) {
        robot.doubleClickOn("#migration-rate .text-field");
        shortcut(KeyCode.A);
        robot.write(value).type(KeyCode.ENTER);
        settle();
    }

    /** Clicks Compare and waits for the report computed off the FX thread. */
    private String compare() {
        robot.clickOn("#migration-compare");
        waitUntil(() -> migration().resultProperty().get() != null && !migration().runningProperty().get());
        return robot.lookup("#migration-summary").queryAs(Label.class).getText();
    }

    /**
     * Clicks the report's tab that holds the table, then reads the text each row shows in the given
     * columns, joined by " | ".
     */
    @SuppressWarnings("unchecked")
    private List<String> shown(String id, int... columns) {
        TableView<Object> table = robot.lookup("#" + id).queryAs(TableView.class);
        TabPane sections = robot.lookup("#migration-sections").queryAs(TabPane.class);
        Tab tab = sections.getTabs().stream().filter(t -> t.getContent() == table).findFirst().orElseThrow();
        robot.clickOn(robot.lookup("#migration-sections .tab-label").match((Label l) -> tab.getText().equals(l.getText())).<Node>query());
        settle();
        assertThat(sections.getSelectionModel().getSelectedItem()).isSameAs(tab);
        return table.getItems().stream().map(row -> String.join(" | ", java.util.Arrays.stream(columns)
                .mapToObj(c -> String.valueOf(table.getColumns().get(c).getCellObservableValue(row).getValue())).toList())).toList();
    }

    @Test
    void aClusterAndThenTheDesignSwitchedToCilium() throws ProjectLoadException {
        open(Samples.load("two-dc-anycast"));
        robot.interact(() -> canvas().fit());
        settle();
        var header = card("k8s-alfa").bounds();
        robot.clickOn(at(header.x() + header.width() / 2, header.y() + io.peerplan.app.design.Footprint.CLUSTER_HEADER / 2.0));
        settle();
        assertSelected("k8s-alfa");
        var before = topology();

        robot.clickOn("Simulate").clickOn("Compare speakers (migration report)");
        settle();
        assertThat(robot.lookup("#migration-cluster").queryAs(ComboBox.class).getValue()).isEqualTo(Optional.of("k8s-alfa"));
        pick("migration-speaker", "frr-k8s");
        pick("migration-speaker", "Cilium BGP");
        assertThat(migration().speakerProperty().get()).isEqualTo(Speaker.CILIUM);
        rate("100");
        assertThat(window.simulation().requestRateProperty().get()).isEqualTo(100.0);

        assertThat(compare()).startsWith("Cluster k8s-alfa to Cilium BGP: placement unchanged")
                .contains("failover BFD 0.9 s → hold timer 90 s, ~90 → ~9000 requests lost at 100 rps")
                .endsWith("; 2 sessions change; 4 objects to apply");
        assertThat(shown("migration-placements", 0, 3)).contains("203.0.113.70 | unchanged").allMatch(r -> r.endsWith("| unchanged"));
        assertThat(shown("migration-failover", 0, 2, 3, 4, 5)).contains("203.0.113.70 | BFD 0.9 s | 90 | hold timer 90 s | 9000");
        assertThat(shown("migration-sessions", 0)).isNotEmpty().allMatch(s -> s.contains("alfa"));
        assertThat(shown("migration-objects", 1)).as("only the switched cluster's objects").isNotEmpty()
                .allMatch("k8s-alfa/cilium.yaml"::equals);
        assertThat(shown("migration-objects", 0)).containsExactlyInAnyOrder("CiliumBGPClusterConfig k8s-alfa",
                "CiliumBGPPeerConfig gateway-alfa-unoone", "CiliumBGPAdvertisement anycast-adv", "CiliumLoadBalancerIPPool anycast-pool");

        pick("migration-cluster", "every cluster");
        rate("127");
        assertThat(compare()).startsWith("Every cluster to Cilium BGP: placement unchanged")
                .contains("failover BFD 0.9 s → hold timer 90 s, ~115 → ~11430 requests lost at 127 rps");
        assertThat(shown("migration-failover", 0, 2, 3, 4, 5)).contains("203.0.113.70 | BFD 0.9 s | 115 | hold timer 90 s | 11430");
        assertThat(shown("migration-objects", 1)).contains("k8s-alfa/cilium.yaml", "k8s-bravo/cilium.yaml");
        assertThat(shown("migration-sessions", 0)).anyMatch(s -> s.contains("bravo"));

        var bravo = card("k8s-bravo").bounds();
        robot.rightClickOn(at(bravo.x() + bravo.width() / 2, bravo.y() + io.peerplan.app.design.Footprint.CLUSTER_HEADER / 2.0));
        robot.clickOn("Compare speakers for cluster k8s-bravo");
        settle();
        assertThat(migration().clusterProperty().get()).isEqualTo(Optional.of("k8s-bravo"));
        assertThat(compare()).startsWith("Cluster k8s-bravo to Cilium BGP: placement unchanged");
        assertThat(shown("migration-objects", 1)).isNotEmpty().allMatch("k8s-bravo/cilium.yaml"::equals);

        assertThat(topology()).as("comparing edits nothing").isEqualTo(before);
    }
}
