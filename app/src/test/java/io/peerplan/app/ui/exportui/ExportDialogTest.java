package io.peerplan.app.ui.exportui;

import static io.peerplan.app.ui.TestWindows.await;
import static io.peerplan.app.ui.TestWindows.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.TestWindows;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The export dialog on the real window: preview a file, then write the bundle to a folder. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.open(stage, Samples.load("two-dc-anycast"));
    }

    @Test
    void writesTheBundleOfTheChosenDevicesToAFolder(FxRobot robot) throws Exception {
        await("the design is shown", () -> window.model().diagramProperty().get().region("alfa").isPresent());
        robot.clickOn("File").clickOn("Export configs…");
        await("the bundle preview", () -> robot.lookup("#export-files").tryQueryAs(ListView.class)
                .map(l -> !l.getItems().isEmpty()).orElse(false));
        ListView<?> files = robot.lookup("#export-files").queryAs(ListView.class);
        assertThat(fx(() -> files.getItems().stream().map(f -> ((io.peerplan.export.ExportFile) f).path()).toList()))
                .contains("gateway-alfa-unoone/frr.conf", "gateway-bravo-bissotwo/frr.conf", "README.md");

        // The preview highlights: the frr.conf of the selected file shows keywords and comments styled.
        robot.clickOn("gateway-alfa-unoone/frr.conf");
        TextFlow preview = robot.lookup("#export-preview").queryAs(TextFlow.class);
        await("the preview", () -> preview.getChildren().stream().anyMatch(n -> n.getStyleClass().contains("hl-keyword")));
        String shown = fx(() -> preview.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat));
        assertThat(shown).contains("router bgp 64859");

        // Only the Alfa side: untick Bravo's gateway and cluster.
        robot.clickOn("#export-device-gateway-bravo-bissotwo");
        robot.clickOn("#export-device-k8s-bravo");
        await("the smaller bundle", () -> files.getItems().stream()
                .noneMatch(f -> ((io.peerplan.export.ExportFile) f).path().startsWith("gateway-bravo")));

        Path out = dir.resolve("bundle");
        robot.clickOn("#export-target").write(out.toString());
        robot.clickOn("#export-write");
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        await("the bundle is written", () -> status.getText().startsWith("Wrote"));
        assertThat(out.resolve("gateway-alfa-unoone/frr.conf")).exists();
        assertThat(Files.readString(out.resolve("gateway-alfa-unoone/frr.conf"))).contains("router bgp 64859");
        assertThat(out.resolve("README.md")).exists();
        assertThat(out.resolve("gateway-bravo-bissotwo")).doesNotExist();
    }
}
