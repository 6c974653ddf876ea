package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.model.Speaker;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * A cluster's speaker switched the way a person does it: click the cluster on the canvas, open the
 * inspector's Speaker drop-down, pick Cilium (then frr-k8s). Each pick is one undoable edit; the live
 * findings follow (Cilium has no BFD, so two-dc-anycast's BFD profile draws a warning) and the export
 * dialog lists the speaker's objects for that cluster.
 */
class SpeakerChoiceTest extends DesignerFxTest {
    private static final String CLUSTER = "k8s-alfa";
    private static final String NO_BFD = "METALLB-SPEAKER-CILIUM-NO-BFD";

    @Override
    FindingsSource findings() {
        return ValidatorFindings.INSTANCE;
    }

    private Speaker speaker() {
        return topology().clusters().stream().filter(c -> c.id().equals(CLUSTER)).findFirst().orElseThrow().speaker();
    }

    private boolean warnsNoBfd() {
        return !model().findings().runningProperty().get()
                && model().findings().findings().stream().anyMatch(f -> f.ruleId().equals(NO_BFD));
    }

    /** Opens the drop-down with a click and clicks the entry. */
    private void pick(String value) {
        robot.clickOn("#field-speaker");
        settle();
        ListCell<?> cell = robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> value.equals(c.getText())).query();
        robot.clickOn(cell);
        settle();
    }

    @Test
    void switchingTheSpeakerIsOneUndoableEditThatFindingsAndExportFollow() throws ProjectLoadException {
        open(Samples.load("two-dc-anycast"));
        waitUntil(() -> !model().findings().runningProperty().get() && !model().findings().findings().isEmpty());
        assertThat(warnsNoBfd()).isFalse();
        robot.interact(() -> canvas().fit()); // the whole sample in view, the clusters below the gateways
        settle();
        // On the cluster card's header: its middle lists the nodes, each selectable on its own.
        var header = card(CLUSTER).bounds();
        robot.clickOn(at(header.x() + header.width() / 2, header.y() + io.peerplan.app.design.Footprint.CLUSTER_HEADER / 2.0));
        settle();
        assertSelected(CLUSTER);
        ComboBox<?> box = robot.lookup("#field-speaker").queryAs(ComboBox.class);
        assertThat(box.getValue()).isEqualTo("default");
        int depth = model().document().undoDepth();

        assertThat(shown("field-backend", "field-config-style", "field-namespace", "field-as-number", "field-bfd-profiles"))
                .as("MetalLB's form").containsExactly(true, true, true, true, true);

        pick("cilium");
        assertThat(speaker()).isEqualTo(Speaker.CILIUM);
        assertThat(model().document().undoDepth()).as("one edit").isEqualTo(depth + 1);
        assertThat(shown("field-backend", "field-config-style", "field-namespace", "field-as-number", "field-bfd-profiles"))
                .as("Cilium's form: no MetalLB backend or config style, cluster-scoped objects, the BFD profile left to remove")
                .containsExactly(false, false, false, true, true);
        waitUntil(this::warnsNoBfd);
        assertThat(exportedFiles()).contains(CLUSTER + "/cilium.yaml", CLUSTER + "/services.yaml")
                .doesNotContain(CLUSTER + "/metallb.yaml");

        shortcut(KeyCode.Z);
        assertThat(speaker()).as("undo restores the speaker").isNull();
        assertThat(model().document().undoDepth()).isEqualTo(depth);
        assertThat(robot.lookup("#field-speaker").queryAs(ComboBox.class).getValue()).isEqualTo("default");
        waitUntil(() -> !model().findings().runningProperty().get() && !warnsNoBfd());

        pick("frr-k8s");
        assertThat(speaker()).isEqualTo(Speaker.FRR_K8S);
        assertThat(model().document().undoDepth()).isEqualTo(depth + 1);
        assertThat(shown("field-backend", "field-config-style", "field-namespace", "field-as-number"))
                .as("frr-k8s's form: its own namespace, no MetalLB backend").containsExactly(false, false, true, true);
        waitUntil(() -> !model().findings().runningProperty().get());
        assertThat(warnsNoBfd()).as("frr-k8s runs BFD").isFalse();
        assertThat(exportedFiles()).contains(CLUSTER + "/frr-k8s.yaml").doesNotContain(CLUSTER + "/cilium.yaml");
        shortcut(KeyCode.Z);
        assertThat(speaker()).isNull();
    }

    /** Whether the inspector shows each field (by id) for the selection. */
    private List<Boolean> shown(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> robot.lookup("#" + id).tryQuery().isPresent()).toList();
    }

    /** Opens File → Export configs… (its shortcut), reads the file list, closes the dialog. */
    private List<String> exportedFiles() {
        shortcut(KeyCode.SHIFT, KeyCode.X);
        waitUntil(() -> robot.lookup("#export-files").tryQueryAs(ListView.class).map(l -> !l.getItems().isEmpty()).orElse(false));
        ListView<?> files = robot.lookup("#export-files").queryAs(ListView.class);
        List<String> paths = files.getItems().stream().map(f -> ((io.peerplan.export.ExportFile) f).path()).toList();
        Window dialog = files.getScene().getWindow();
        javafx.scene.control.Button close = robot.from(dialog.getScene().getRoot())
                .lookup((javafx.scene.control.Button b) -> "Close".equals(b.getText())).query();
        robot.clickOn(close);
        settle();
        assertThat(dialog.isShowing()).isFalse();
        return paths;
    }
}
