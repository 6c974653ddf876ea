package io.peerplan.app.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.PaletteItem;
import io.peerplan.app.findings.DesignFinding;
import io.peerplan.app.render.Marks;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The view-models without any UI: no JavaFX toolkit is started here. */
class DesignerViewModelTest {
    /** Results of background validation arrive here instead of on an FX thread. */
    private final LinkedBlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final List<DesignerViewModel> opened = new ArrayList<>();

    private DesignerViewModel open(Topology t) {
        DesignerViewModel vm = new DesignerViewModel(t, null, topology -> findingsFor(topology), fx::add, 10);
        opened.add(vm);
        return vm;
    }

    /** A small real rule for these tests: every router needs a router-id. */
    private static List<DesignFinding> findingsFor(Topology t) {
        return t.routers().stream().filter(r -> r.routerId() == null)
                .map(r -> new DesignFinding("ROUTER-ID-MISSING", Marks.Level.WARNING, r.id() + " has no router-id",
                        List.of(r.id()), "set bgp router-id"))
                .toList();
    }

    private void deliver() throws InterruptedException {
        Runnable r = fx.poll(5, TimeUnit.SECONDS);
        assertThat(r).as("a validation result").isNotNull();
        r.run();
    }

    @AfterEach
    void close() {
        opened.forEach(DesignerViewModel::close);
    }

    @Test
    void eachPlacementIsOneUndoStepAndSelectsTheNewElement() {
        DesignerViewModel vm = open(Topology.empty("t"));
        String gw = vm.edits().place(PaletteItem.FRR_GATEWAY, 0, 0);
        String cl = vm.edits().place(PaletteItem.CLUSTER, 0, 200);
        vm.edits().placeInto(PaletteItem.NODE, cl);
        assertThat(vm.document().undoDepth()).isEqualTo(3);
        assertThat(vm.selection().keys()).containsExactly("node-1");
        assertThat(vm.diagramProperty().get().card(gw)).isPresent();
        vm.undo();
        assertThat(vm.selection().keys()).as("selection pruned after undo").isEmpty();
        assertThat(vm.topology().clusters().getFirst().nodes()).isEmpty();
    }

    @Test
    void titleMarksUnsavedChanges() {
        DesignerViewModel vm = open(Topology.empty("lab"));
        assertThat(vm.titleProperty().get()).isEqualTo("lab — Peerplan");
        vm.edits().place(PaletteItem.REGION, 0, 0);
        assertThat(vm.titleProperty().get()).isEqualTo("*lab — Peerplan");
        vm.document().markSaved(vm.document().stateMarker(), Path.of("/tmp/lab.peerplan.yaml"));
        assertThat(vm.titleProperty().get()).isEqualTo("lab.peerplan.yaml — Peerplan");
    }

    @Test
    void deleteTakesAttachedPeeringsInOneStep() throws ProjectLoadException {
        DesignerViewModel vm = open(Samples.load("two-dc-anycast"));
        vm.selection().select("antares");
        vm.edits().deleteSelection();
        assertThat(vm.topology().peerings()).extracting(p -> p.id()).doesNotContain("alfa-provider", "antares-internet");
        assertThat(vm.document().undoDepth()).isEqualTo(1);
        vm.undo();
        assertThat(vm.topology()).isEqualTo(Samples.load("two-dc-anycast"));
    }

    @Test
    void copyPasteAndDuplicateSelectTheCopies() throws ProjectLoadException {
        DesignerViewModel vm = open(Samples.load("two-dc-anycast"));
        vm.selection().select(List.of("gateway-alfa-unoone", "antares"));
        assertThat(vm.edits().copy()).isTrue();
        vm.edits().paste();
        assertThat(vm.selection().keys()).containsExactlyInAnyOrder("gateway-alfa-unoone-2", "antares-2");
        vm.edits().paste();
        assertThat(vm.selection().keys()).containsExactlyInAnyOrder("gateway-alfa-unoone-3", "antares-3");
        assertThat(vm.topology().layout().positions().get("antares-3").x())
                .as("each paste cascades further").isEqualTo(vm.topology().layout().positions().get("antares").x() + 80);
        vm.edits().duplicate();
        assertThat(vm.selection().keys()).hasSize(2).doesNotContain("antares-3");
        assertThat(vm.document().undoDepth()).isEqualTo(3);
    }

    @Test
    void connectRefusesNonsenseWithAReasonInTheStatus() {
        DesignerViewModel vm = open(Topology.empty("t"));
        vm.edits().place(PaletteItem.CLUSTER, 0, 0);
        vm.edits().place(PaletteItem.CLUSTER, 400, 0);
        assertThat(vm.edits().connect("cluster-1", "cluster-2")).isPresent();
        assertThat(vm.statusProperty().get()).contains("do not peer with each other");
        assertThat(vm.document().undoDepth()).isEqualTo(2);
    }

    @Test
    void findingsFollowEditsInTheBackgroundAndMarkTheCanvas() throws InterruptedException {
        DesignerViewModel vm = open(Topology.empty("t"));
        deliver();
        assertThat(vm.findings().findings()).isEmpty();
        String gw = vm.edits().place(PaletteItem.FRR_GATEWAY, 0, 0);
        deliver();
        assertThat(vm.findings().findings()).extracting(DesignFinding::ruleId).containsExactly("ROUTER-ID-MISSING");
        assertThat(vm.findings().warningsProperty().get()).isEqualTo(1);
        assertThat(vm.marksProperty().get().card(gw).warnings()).isEqualTo(1);
        vm.selection().select(gw);
        InspectorViewModel inspector = new InspectorViewModel(vm);
        inspector.field("Router ID").textProperty().set("192.0.2.1");
        assertThat(inspector.field("Router ID").commit()).isTrue();
        deliver();
        assertThat(vm.findings().findings()).isEmpty();
        assertThat(vm.marksProperty().get().card(gw)).isNull();
    }

    @Test
    void aBurstOfEditsIsValidatedOnceForTheLatestState() throws InterruptedException {
        DesignerViewModel vm = new DesignerViewModel(Topology.empty("t"), null, DesignerViewModelTest::findingsFor,
                fx::add, 300);
        opened.add(vm);
        for (int i = 0; i < 5; i++) {
            vm.edits().place(PaletteItem.FRR_GATEWAY, i * 200, 0);
        }
        deliver();
        assertThat(vm.findings().findings()).hasSize(5);
        assertThat(fx.poll(600, TimeUnit.MILLISECONDS)).as("no result for the intermediate states").isNull();
    }

    @Test
    void moveOfARegionIsOneStepAndCarriesMembers() throws ProjectLoadException {
        DesignerViewModel vm = open(Samples.load("two-dc-anycast"));
        vm.edits().move(Set.of("alfa"), 0, 40);
        assertThat(vm.document().undoDepth()).isEqualTo(1);
        assertThat(vm.document().undoTextProperty().get()).startsWith("Undo Move ");
        assertThat(vm.topology().layout().positions().get("k8s-alfa").y()).isEqualTo(580);
    }
}
