package io.peerplan.app.ui.push;

import static io.peerplan.app.ui.TestWindows.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.TestWindows;
import io.peerplan.export.PushCandidates;
import io.peerplan.export.push.DeviceOutcome;
import io.peerplan.export.push.QuaggaCandidate;
import io.peerplan.export.testlab.FrrPair;
import io.peerplan.export.testlab.PushLabDesign;
import io.peerplan.export.testlab.QuaggaEdge;
import io.peerplan.export.testlab.Requires;
import io.peerplan.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The push dialog with a Quagga router: it is listed as supported, chosen, with Quagga's own steps
 * (RouterOS beside it stays "not supported yet"), and a dry run from the dialog previews the diff
 * from the real Quagga 1.2.3 router over real OpenSSH on 127.0.0.1 ({@link QuaggaEdge}), changing
 * nothing on it.
 */
@ExtendWith(ApplicationExtension.class)
class QuaggaPushDialogTest {
    private static final PushLabDesign DESIGN = PushLabDesign.EDGE_AND_UPSTREAM.withRouterOsCore();
    private static Path dir;
    private static QuaggaEdge edge;
    private static String baseline;

    private MainWindow window;

    @BeforeAll
    static void startLab() throws Exception {
        Requires.openSsh();
        Requires.frrRouters();
        Requires.quagga();
        dir = Files.createTempDirectory("peerplan-quagga-dialog");
        Topology one = DESIGN.quaggaTopology(22, null);
        QuaggaCandidate running = PushCandidates.quagga(one, one.routers().getFirst());
        edge = QuaggaEdge.start(dir, running.zebraConf(), running.bgpdConf());
        edge.lab.load(edge.lab.upstream(), PushLabDesign.upstreamConfig());
        edge.awaitEstablished(30);
        baseline = edge.running();
    }

    @AfterAll
    static void stopLab() throws Exception {
        if (edge != null) {
            edge.close();
        }
        if (dir != null) {
            FrrPair.sh("rm", "-rf", "--", dir.toString());
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.open(stage, DESIGN.withPrepends(5).quaggaTopology(edge.ssh.port, null));
    }

    @AfterEach
    void closeDialogs() {
        PushDialogs.closeAll();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        PushDialogs.await(what, condition);
    }

    @Test
    void aQuaggaRouterIsListedAsSupportedAndADryRunPreviewsItsDiffFromTheRouter(FxRobot robot) throws Exception {
        fx(() -> {
            new PushSettings(edge.ssh.knownHosts, List.of(edge.ssh.clientKey), false).save(window.settings());
            return null;
        });
        await("the design is shown", () -> window.model().topology().routers().size() == 3);
        robot.clickOn("File").clickOn("Push to devices…");
        await("the push dialog", () -> robot.lookup("#push-devices").tryQuery().isPresent());
        Stage dialog = fx(() -> (Stage) robot.lookup("#push-devices").query().getScene().getWindow());
        PushViewModel model = fx(() -> PushDialog.of(dialog).orElseThrow().model());

        assertThat(fx(() -> model.rows().stream().map(DeviceRow::id).toList())).containsExactly("edge", "core-mikrotik");
        assertThat(fx(() -> model.row("edge").supported())).isTrue();
        assertThat(fx(() -> model.row("edge").selected())).isTrue();
        assertThat(fx(() -> model.row("edge").kind())).contains("Quagga");
        assertThat(fx(() -> model.row("edge").plan())).contains("bgpd -C -f and zebra -C -f", "vtysh -c 'show running-config'",
                "/etc/init.d/quagga restart").doesNotContain("frr-reload.py");
        await("RouterOS said to be unsupported", () -> "not supported yet".equals(robot.lookup("#push-state-core-mikrotik").queryLabeled().getText()));
        assertThat(robot.lookup("#push-state-edge").queryLabeled().getText()).isNotEqualTo("not supported yet");

        robot.clickOn("#push-dry-run");
        robot.clickOn("#push-preview");
        await("the dry run's report", () -> model.stage() == PushViewModel.Stage.REPORT);
        assertThat(fx(() -> model.row("edge").preview().outcome())).as(fx(() -> model.row("edge").preview().summary()))
                .isEqualTo(DeviceOutcome.PREVIEWED);
        assertThat(fx(() -> robot.lookup("#push-diff").queryAs(DiffView.class).shown()))
                .contains("Applied live with vtysh").contains("+  set as-path prepend 64859 64859 64859 64859 64859");
        assertThat(fx(() -> robot.lookup("#push-apply").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(edge.running()).isEqualTo(baseline);
        String shot = System.getProperty("peerplan.quagga.screenshot");
        if (shot != null) {
            fx(() -> {
                io.peerplan.app.ui.Screenshots.writePng(dialog.getScene(), Path.of(shot));
                return null;
            });
        }
    }
}
