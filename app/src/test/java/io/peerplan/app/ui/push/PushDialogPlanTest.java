package io.peerplan.app.ui.push;

import static io.peerplan.app.ui.TestWindows.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.TestWindows;
import io.peerplan.model.sample.Samples;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Before anything connects, the push dialog's "What will be done" shows each router's steps with
 * the exact command prefix every remote command runs through (the two-DC sample's gateways use
 * {@code commandPrefix: sudo}), so the operator sees what will run on the device before confirming.
 */
@ExtendWith(ApplicationExtension.class)
class PushDialogPlanTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.open(stage, Samples.load("two-dc-anycast"));
    }

    @AfterEach
    void closeDialogs() {
        fx(() -> {
            Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Push to devices"))
                    .toList().forEach(Window::hide);
            return null;
        });
    }

    @Test
    void thePlanOfEachGatewayNamesTheCommandPrefixAndTheReadOnlyChecksFirst(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Push to devices…");
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> fx(() -> robot.lookup("#push-state-gateway-bravo-bissotwo").tryQuery().isPresent()));

        for (String gateway : new String[] {"gateway-alfa-unoone", "gateway-bravo-bissotwo"}) {
            // A click on the device's name in its row, as a person picks it in the table (not on the Push
            // check box, which a click would toggle).
            javafx.scene.Node row = robot.lookup("#push-devices .table-row-cell")
                    .match((javafx.scene.control.TableRow<DeviceRow> r) -> r.getItem() != null && r.getItem().id().equals(gateway))
                    .query();
            robot.clickOn(row.lookupAll(".table-cell").stream()
                    .filter(c -> c instanceof javafx.scene.control.TableCell<?, ?> cell && gateway.equals(cell.getText()))
                    .findFirst().orElseThrow());
            String plan = fx(() -> robot.lookup("#push-plan-text").queryAs(Label.class).getText());
            assertThat(plan).startsWith(gateway + " [" + gateway + "], ")
                    .contains("vtysh -c 'show version' (FRR check)", "vtysh -C -f (syntax check)", "frr-reload.py --test (diff)")
                    .endsWith("; every command runs as 'sudo COMMAND'");
        }
        assertThat(fx(() -> window.model().topology().routers().stream().filter(r -> r.management() != null)
                .allMatch(r -> "sudo".equals(r.management().commandPrefix())))).isTrue();
    }
}
