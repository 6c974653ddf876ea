package io.peerplan.app.ui.lab;

import io.peerplan.export.testlab.Requires;
import static io.peerplan.app.ui.TestWindows.await;
import static io.peerplan.app.ui.TestWindows.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.TestWindows;
import io.peerplan.export.lab.LabPlan;
import io.peerplan.export.lab.Preflight;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.sim.Scenario;
import io.peerplan.model.sim.SimulationResult;
import io.peerplan.model.sim.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lab panel on the real window with seed 000's design: "Rehearse in lab" builds it on real FRR,
 * shows every (speaker, prefix) agreeing with the simulator, and leaves no namespace behind; with
 * simulation mode's what-if (region Alfa failed) it rehearses that; on a machine without root and
 * FRR it says what is missing and the action stays disabled with that reason.
 */
@ExtendWith(ApplicationExtension.class)
class LabPanelTest {
    private MainWindow window;
    private Topology seed;

    @Start
    void start(Stage stage) throws Exception {
        seed = Samples.load("two-dc-anycast");
        window = TestWindows.open(stage, seed);
    }

    private static void assumeLab() {
        Requires.nothingMissing(Preflight.report());
    }

    private LabViewModel lab() {
        return window.labPanel().model();
    }

    private void awaitFinished() throws Exception {
        // A lab of two-dc-anycast builds in about 6 s (docs/benchmarks.md); check and down take a few more.
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> fx(() -> {
            LabViewModel.Phase p = lab().status().phase();
            return p == LabViewModel.Phase.DONE || p == LabViewModel.Phase.FAILED || p == LabViewModel.Phase.CANCELLED;
        }));
        assertThat(fx(() -> lab().status().phase())).as(fx(() -> lab().status().message()))
                .isEqualTo(LabViewModel.Phase.DONE);
    }

    /** The (speaker, prefix) pairs the simulator gives a best path, over the lab's hosts that run in the scenario. */
    private static long predicted(Topology t, LabPlan plan, Scenario s) {
        SimulationResult r = Simulator.run(t, s);
        return plan.hosts().stream().map(LabPlan.Host::elementId)
                .flatMap(id -> r.rib(id).stream())
                .mapToLong(rib -> rib.entries().values().stream().filter(e -> e.best().isPresent()).count()).sum();
    }

    @SuppressWarnings("unchecked")
    private List<AgreementRow> shown() {
        TableView<AgreementRow> table = fx(() -> window.labPanel().table());
        return fx(() -> List.copyOf(table.getItems()));
    }

    @Test
    @Tag("lab")
    void rehearsingTwoDcAnycastShowsFullAgreementAndLeavesNothingBehind(FxRobot robot) throws Exception {
        assumeLab();
        await("the design is shown", () -> window.model().diagramProperty().get().region("alfa").isPresent());
        // The toolbar's flask (the Simulate menu holds the same action).
        robot.clickOn("#tool-rehearse");
        await("the rehearsal to start", () -> lab().status().plan() != null);
        LabPlan plan = fx(() -> lab().status().plan());
        assertThat(fx(() -> lab().status().scenarioNote())).startsWith("Scenario: baseline. Simulation mode is off");
        await("a step shown", () -> robot.lookup("#lab-step").queryAs(Label.class).getText().startsWith("Step "));
        awaitFinished();

        List<AgreementRow> rows = shown();
        long expected = predicted(seed, plan, Scenario.BASELINE);
        assertThat(rows).hasSize((int) expected).hasSize(21);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.agrees()).as(r.toString()).isTrue();
            assertThat(r.labReason()).isEqualTo(r.simulatorReason());
            assertThat(r.labPath()).isEqualTo(r.simulatorPath());
        });
        assertThat(robot.lookup("#lab-summary").queryAs(Label.class).getText())
                .isEqualTo("21 of 21 (speaker, prefix) best paths agree (100 %)");
        assertThat(robot.lookup("#lab-timing").queryAs(Label.class).getText())
                .startsWith("FRR converged ").contains("the simulator computed the same answers in");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.speaker()).isEqualTo("internet");
            assertThat(r.prefix()).hasToString("203.0.113.70/32");
            assertThat(r.labPath()).contains("65101 64859");
        });

        // Only the disagreements: none.
        robot.clickOn("#lab-only-differ");
        await("the filter", () -> window.labPanel().table().getItems().isEmpty());
        robot.clickOn("#lab-only-differ");
        await("all rows again", () -> window.labPanel().table().getItems().size() == 21);

        // Sorted by prefix (as the header click does): the table reorders, addresses in numeric order.
        fx(() -> {
            TableView<AgreementRow> t = window.labPanel().table();
            t.getSortOrder().setAll(t.getColumns().get(2));
            return null;
        });
        List<AgreementRow> byPrefix = shown();
        assertThat(byPrefix).hasSize(21).isSortedAccordingTo(java.util.Comparator.comparing(AgreementRow::prefix));
        assertThat(byPrefix).isNotEqualTo(rows);

        // Everything the lab created is gone.
        assertThat(LabViewModelTest.namespaces()).doesNotContainAnyElementsOf(plan.namespaces());
        assertThat(Files.exists(Path.of("/run/peerplan-lab", plan.labId()))).isFalse();
        assertThat(fx(() -> lab().canRehearse())).isTrue();
    }

    @Test
    @Tag("lab")
    void rehearsesTheWhatIfSetInSimulationMode(FxRobot robot) throws Exception {
        assumeLab();
        await("the design is shown", () -> window.model().diagramProperty().get().region("alfa").isPresent());
        robot.clickOn("#tool-simulate");
        fx(() -> {
            window.simulation().toggleFailed("alfa");
            return null;
        });
        robot.clickOn("#tab-lab");
        await("the scenario note", () -> lab().status().scenarioNote().startsWith("Scenario from simulation mode: fail alfa."));
        robot.clickOn("#lab-rehearse");
        await("the rehearsal to start", () -> lab().status().plan() != null);
        LabPlan plan = fx(() -> lab().status().plan());
        awaitFinished();

        List<AgreementRow> rows = shown();
        // Alfa's gateway and speakers are down: only the running hosts' tables are compared.
        assertThat(rows).isNotEmpty().hasSize((int) predicted(seed, plan, Scenario.failing("alfa")))
                .allMatch(AgreementRow::agrees)
                .noneMatch(r -> r.speaker().equals("gateway-alfa-unoone"));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.speaker()).isEqualTo("internet");
            assertThat(r.prefix()).hasToString("203.0.113.70/32");
            // Now from Bravo, whose gateway prepends its AS three times.
            assertThat(r.labPath()).isEqualTo(r.simulatorPath()).contains("64859 64859 64859 64859");
        });
        assertThat(robot.lookup("#lab-summary").queryAs(Label.class).getText()).endsWith("(100 %)");
        assertThat(robot.lookup("#lab-timing").queryAs(Label.class).getText()).startsWith("FRR reached the what-if's tables");
        assertThat(LabViewModelTest.namespaces()).doesNotContainAnyElementsOf(plan.namespaces());
    }

    @Test
    void withoutRootAndFrrThePanelSaysWhatIsMissingAndTheActionIsDisabled(FxRobot robot) {
        await("the design is shown", () -> window.model().diagramProperty().get().region("alfa").isPresent());
        fx(() -> {
            lab().usePrerequisites(() -> Preflight.missing(LabViewModelTest.BARE));
            return null;
        });
        robot.clickOn("#tab-lab");
        VBox missing = robot.lookup("#lab-missing").queryAs(VBox.class);
        List<String> lines = fx(() -> missing.getChildren().stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).toList());
        assertThat(lines.getFirst()).isEqualTo("The lab cannot run here:");
        assertThat(lines).anyMatch(l -> l.contains("root: creating network namespaces and starting FRR needs root (run with sudo)"))
                .anyMatch(l -> l.contains("FRR: /usr/lib/frr/zebra is missing; install FRR 8.4 or newer: apt-get install -y frr frr-pythontools"))
                .anyMatch(l -> l.contains("vtysh: not on PATH"));
        assertThat(fx(() -> missing.isVisible() && missing.getScene() != null)).isTrue();

        Button rehearse = robot.lookup("#lab-rehearse").queryAs(Button.class);
        assertThat(fx(rehearse::isDisabled)).isTrue();
        String tip = fx(() -> window.labPanel().reasonTip().getText());
        assertThat(tip).startsWith("The lab cannot run here:").contains("needs root").contains("apt-get install -y frr");
        ButtonBase tool = robot.lookup("#tool-rehearse").queryAs(ButtonBase.class);
        assertThat(fx(tool::isDisabled)).isTrue();
        assertThat(fx(() -> tool.getTooltip().getText())).isEqualTo(tip);

        javafx.scene.control.MenuItem menuItem = fx(() -> robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "menu-rehearse".equals(i.getId()))
                .findFirst().orElseThrow());
        assertThat(fx(menuItem::getText)).isEqualTo("Rehearse in lab");
        assertThat(fx(menuItem::isDisable)).isTrue();

        // The menu's action does nothing either.
        fx(() -> {
            window.rehearseInLab();
            return null;
        });
        assertThat(fx(() -> lab().status().phase())).isEqualTo(LabViewModel.Phase.UNAVAILABLE);
        assertThat(fx(() -> lab().status().plan())).isNull();

        // Installed after all: "Check again" brings the action back.
        fx(() -> {
            lab().usePrerequisites(List::of);
            return null;
        });
        assertThat(fx(rehearse::isDisabled)).isFalse();
        assertThat(fx(tool::isDisabled)).isFalse();
        assertThat(fx(menuItem::isDisable)).isFalse();
    }
}
