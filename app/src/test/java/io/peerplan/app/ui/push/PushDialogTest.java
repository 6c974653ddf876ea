package io.peerplan.app.ui.push;

import io.peerplan.export.testlab.FrrPair;
import io.peerplan.export.testlab.LoopbackSshServer;
import io.peerplan.export.testlab.PushLabDesign;
import io.peerplan.export.testlab.Requires;
import io.peerplan.export.testlab.SshKeys;
import static io.peerplan.app.ui.TestWindows.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.TestWindows;
import io.peerplan.export.frr.FrrConfigGenerator;
import io.peerplan.export.push.DeviceOutcome;
import io.peerplan.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The push dialog on the real window, against an in-process SSH server (Apache MINA sshd on
 * 127.0.0.1) whose commands run in a network namespace with a real FRR: plan → diff → confirm →
 * apply → report; dry run; an unknown host key (fingerprint shown, device refused, then trusted on
 * confirmation); cancel. Every run's effect is judged by reading the router's running config.
 */
@ExtendWith(ApplicationExtension.class)
class PushDialogTest {
    /** The push lab as the dialog shows it: a named edge, upstream, and a RouterOS core push does not support yet. */
    private static final PushLabDesign DESIGN = PushLabDesign.EDGE_AND_UPSTREAM.withRouterOsCore().withEdgeName("gateway-edge");
    private static Path dir;
    private static FrrPair lab;
    private static LoopbackSshServer ssh;
    private static String baseline;

    private MainWindow window;

    @BeforeAll
    static void startLab() throws Exception {
        Requires.frrRouters();
        Requires.sshKeygen();
        dir = Files.createTempDirectory("peerplan-push-dialog");
        lab = FrrPair.start(dir);
        ssh = LoopbackSshServer.device(dir, lab.edge());
        lab.load(lab.upstream(), PushLabDesign.upstreamConfig());
    }

    @AfterAll
    static void stopLab() throws Exception {
        if (ssh != null) {
            ssh.close();
        }
        if (lab != null) {
            lab.close();
        }
        if (dir != null) {
            FrrPair.sh("rm", "-rf", "--", dir.toString());
        }
    }

    /** The device runs the design with one prepend; the window shows the design with five. */
    @BeforeEach
    void baseline() throws Exception {
        Topology one = DESIGN.withPrepends(1).topology(ssh.port(), lab.edge());
        lab.reload(lab.edge(), FrrConfigGenerator.generate(one, one.routers().getFirst()));
        lab.awaitEstablished(lab.edge(), FrrPair.UPSTREAM_IP, 30);
        baseline = lab.running(lab.edge());
        ssh.clearCommands();
    }

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.open(stage, DESIGN.withPrepends(5).topology(ssh.port(), lab.edge()));
    }

    @AfterEach
    void closeDialogs() {
        PushDialogs.closeAll();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        PushDialogs.await(what, condition);
    }

    private PushViewModel open(FxRobot robot, Path knownHosts) {
        return open(robot, knownHosts, ssh.clientKey());
    }

    private PushViewModel open(FxRobot robot, Path knownHosts, Path key) {
        fx(() -> {
            new PushSettings(knownHosts, java.util.List.of(key), false).save(window.settings());
            return null;
        });
        await("the design is shown", () -> window.model().topology().routers().size() == 3);
        robot.clickOn("File").clickOn("Push to devices…");
        await("the push dialog", () -> robot.lookup("#push-devices").tryQuery().isPresent());
        Stage dialog = fx(() -> (Stage) robot.lookup("#push-devices").query().getScene().getWindow());
        return fx(() -> PushDialog.of(dialog).orElseThrow().model());
    }

    private static String text(FxRobot robot, String id) {
        return fx(() -> {
            var n = robot.lookup(id).query();
            return n instanceof Label l ? l.getText() : n instanceof TextArea a ? a.getText() : ((TextField) n).getText();
        });
    }

    @Test
    void plansDiffsConfirmsAppliesAndReports(FxRobot robot) throws Exception {
        PushViewModel model = open(robot, ssh.knownHosts());
        // 1. The plan: the FRR gateway is chosen; RouterOS is listed and said to be unsupported.
        assertThat(fx(() -> model.rows().stream().map(DeviceRow::id).toList())).containsExactly("edge", "core-mikrotik");
        await("RouterOS said to be unsupported", () -> "not supported yet".equals(robot.lookup("#push-state-core-mikrotik").queryLabeled().getText()));
        assertThat(fx(() -> model.row("core-mikrotik").plan())).contains("RouterOS push is not available yet");
        assertThat(fx(() -> model.row("edge").selected())).isTrue();

        // 2. The diff, from the device's own frr-reload.py --test; nothing is changed by it.
        robot.clickOn("#push-preview");
        await("the diffs", () -> model.stage() == PushViewModel.Stage.REVIEW);
        String diff = fx(() -> robot.lookup("#push-diff").queryAs(DiffView.class).shown());
        assertThat(diff).contains("Lines To Delete", "Lines To Add")
                .contains("-  no set as-path prepend 64859\n")
                .contains("+  set as-path prepend 64859 64859 64859 64859 64859\n");
        assertThat(fx(() -> robot.lookup(".diff-add").queryAll().size())).isPositive();
        assertThat(lab.running(lab.edge())).isEqualTo(baseline);

        // 3. Confirmation, naming how many devices change.
        int[] counts = fx(() -> DiffLines.counts(model.row("edge").diff()));
        assertThat(counts[0]).isPositive();
        robot.clickOn("#push-apply");
        await("the confirmation", () -> robot.lookup("#push-confirmation").tryQuery().isPresent());
        assertThat(text(robot, "#push-confirmation")).startsWith("Apply the design to 1 device?")
                .contains("gateway-edge [edge]: " + (counts[0] == 1 ? "1 line" : counts[0] + " lines") + " removed, " + counts[1] + " added");
        robot.clickOn("Apply");

        // 4. Progress, then 5. the report.
        await("the report", () -> model.stage() == PushViewModel.Stage.REPORT);
        DeviceRow edge = fx(() -> model.row("edge"));
        assertThat(fx(() -> edge.report().outcome())).as(fx(() -> edge.report().summary())).isEqualTo(DeviceOutcome.APPLIED);
        await("the outcome in the table", () -> "applied".equals(robot.lookup("#push-state-edge").queryLabeled().getText()));
        await("a full progress bar", () -> robot.lookup("#push-progress-edge").queryAs(ProgressBar.class).getProgress() == 1.0);
        fx(() -> {
            robot.lookup("#push-devices").queryAs(javafx.scene.control.TableView.class).getSelectionModel().select(0);
            return null;
        });
        assertThat(text(robot, "#push-log")).contains("edge: applied", "verify: ok", "apply: ok", "save running config: ok");
        assertThat(text(robot, "#push-status")).startsWith("Done.").contains("1 applied");
        assertThat(lab.running(lab.edge())).contains("set as-path prepend 64859 64859 64859 64859 64859");
        assertThat(ssh.commands()).anyMatch(c -> c.contains("frr-reload.py") && c.contains("--reload"));
        robot.clickOn("#push-close");
        await("the dialog closes", () -> robot.lookup("#push-devices").tryQuery().isEmpty());
    }

    @Test
    void aDryRunShowsTheDiffAndChangesNothing(FxRobot robot) throws Exception {
        PushViewModel model = open(robot, ssh.knownHosts());
        robot.clickOn("#push-dry-run");
        robot.clickOn("#push-preview");
        await("the dry run's report", () -> model.stage() == PushViewModel.Stage.REPORT);
        assertThat(fx(() -> model.row("edge").preview().outcome())).isEqualTo(DeviceOutcome.PREVIEWED);
        assertThat(fx(() -> robot.lookup("#push-diff").queryAs(DiffView.class).shown()))
                .contains("+  set as-path prepend 64859 64859 64859 64859 64859");
        assertThat(fx(() -> robot.lookup("#push-apply").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(text(robot, "#push-status")).startsWith("Dry run: diffs shown, nothing was changed.");
        assertThat(lab.running(lab.edge())).isEqualTo(baseline);
        assertThat(ssh.commands()).noneMatch(c -> c.contains("--reload"));
    }

    @Test
    void anUnknownHostKeyIsRefusedWithItsFingerprintAndTrustedOnlyOnConfirmation(FxRobot robot) throws Exception {
        Path empty = Files.writeString(dir.resolve("known_hosts-empty-" + System.nanoTime()), "");
        PushViewModel model = open(robot, empty);
        robot.clickOn("#push-preview");
        await("the refusal", () -> model.stage() == PushViewModel.Stage.REPORT);
        assertThat(fx(() -> model.row("edge").preview().outcome())).isEqualTo(DeviceOutcome.FAILED);
        assertThat(ssh.commands()).as("nothing was sent to the device").isEmpty();
        String fingerprint = ssh.fingerprint(dir);
        assertThat(text(robot, "#push-fingerprint")).isEqualTo(fingerprint);
        assertThat(text(robot, "#push-hostkey-trust-line")).isEqualTo("ssh-keyscan -p " + ssh.port() + " -t ecdsa 127.0.0.1 >> " + empty);
        assertThat(text(robot, "#push-hostkey-check")).isEqualTo("ssh-keyscan -p " + ssh.port() + " -t ecdsa 127.0.0.1 | ssh-keygen -lf -");

        // Trusting asks first, with the fingerprint; cancelling writes nothing.
        robot.clickOn("#push-trust");
        await("the trust confirmation", () -> robot.lookup("#push-trust-text").tryQuery().isPresent());
        assertThat(text(robot, "#push-trust-text")).contains(fingerprint).contains(ssh.knownHostsLine().strip());
        robot.clickOn("Cancel");
        assertThat(Files.readString(empty)).isEmpty();
        robot.clickOn("#push-trust");
        await("the trust confirmation", () -> robot.lookup("#push-trust-text").tryQuery().isPresent());
        robot.clickOn("Trust this key");
        await("the key in known_hosts", () -> {
            try {
                return Files.readString(empty).equals(ssh.knownHostsLine());
            } catch (java.io.IOException e) {
                return false;
            }
        });

        // Now the device is reached: its diff comes back.
        robot.clickOn("#push-dry-run");
        robot.clickOn("#push-preview");
        await("the preview after trusting", () -> model.stage() == PushViewModel.Stage.REPORT && model.row("edge").preview() != null);
        assertThat(fx(() -> model.row("edge").preview().outcome())).as(fx(() -> model.row("edge").preview().summary()))
                .isEqualTo(DeviceOutcome.PREVIEWED);
        assertThat(lab.running(lab.edge())).isEqualTo(baseline);
    }

    @Test
    void anEncryptedKeysPassphraseIsAskedInAPasswordFieldAndNeverStored(FxRobot robot) throws Exception {
        Path encrypted = dir.resolve("id_encrypted_" + System.nanoTime());
        String passphrase = "pp-" + Long.toHexString(System.nanoTime());
        SshKeys.run("ssh-keygen", "-q", "-t", "ecdsa", "-N", passphrase, "-f", encrypted.toString());
        ssh.authorize(Path.of(encrypted + ".pub"));
        PushViewModel model = open(robot, ssh.knownHosts(), encrypted);
        robot.clickOn("#push-dry-run");
        robot.clickOn("#push-preview");
        await("the passphrase prompt", () -> robot.lookup("#push-passphrase").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#push-passphrase").query()).getClass().getSimpleName()).isEqualTo("PasswordField");
        robot.clickOn("#push-passphrase").write(passphrase);
        robot.clickOn("OK");
        await("the dry run's report", () -> model.stage() == PushViewModel.Stage.REPORT);
        assertThat(fx(() -> model.row("edge").preview().outcome())).as(fx(() -> model.row("edge").preview().summary()))
                .isEqualTo(DeviceOutcome.PREVIEWED);
        String saved = Files.readString(window.settings().home().resolve("settings.properties"));
        assertThat(saved).contains(encrypted.getFileName().toString()).doesNotContain(passphrase);
        assertThat(lab.running(lab.edge())).isEqualTo(baseline);
    }

    @Test
    void cancelStopsTheRunAndLeavesTheDeviceAsItWas(FxRobot robot) throws Exception {
        PushViewModel model = open(robot, ssh.knownHosts());
        ssh.hold(c -> c.contains("frr-reload.py") && c.contains("--test"));
        try {
            robot.clickOn("#push-preview");
            assertThat(ssh.awaitHeld(30)).as("the diff step reached the device").isTrue();
            await("the step shown", () -> model.row("edge").stepText().startsWith("diff…"));
            robot.clickOn("#push-cancel");
            await("the run ends", () -> !model.running());
        } finally {
            ssh.release();
        }
        assertThat(fx(() -> model.row("edge").preview().outcome())).isEqualTo(DeviceOutcome.CANCELLED);
        assertThat(fx(() -> model.row("edge").preview().reason())).contains("cancelled").contains("not changed");
        assertThat(lab.running(lab.edge())).isEqualTo(baseline);
    }
}
