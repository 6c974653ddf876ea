package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.BundleExporter;
import io.peerplan.export.ExportFile;
import io.peerplan.export.ExportOptions;
import io.peerplan.model.Router;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

/**
 * File → Import a folder…: an exported bundle with one line Peerplan does not model is read into a
 * new, unsaved design in the background, and the report names the line; a path that cannot be read
 * gets one located message and leaves the open design alone.
 */
class ImportConfigsTest extends DesignerFxTest {

    @Test
    void aBundleFolderBecomesAnUnsavedDesignAndTheReportNamesWhatWasNotImported() throws Exception {
        Path bundle = home.resolve("two-dc-bundle");
        for (ExportFile f : BundleExporter.export(Samples.load("two-dc-anycast"), ExportOptions.DEFAULT).files()) {
            Path p = bundle.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content());
        }
        Path frr = Files.walk(bundle).filter(p -> p.toString().endsWith("gateway-alfa-unoone/frr.conf")).findFirst().orElseThrow();
        Files.writeString(frr, Files.readString(frr) + "agentx\n");

        robot.clickOn("File");
        assertThat(robot.lookup("#menu-importFolder").tryQuery()).as("File menu has Import a folder…").isNotEmpty();
        assertThat(menuItem("importFiles").getText()).isEqualTo("Import configs…");
        robot.clickOn("File");
        // Past the folder chooser (a native dialog headless TestFX cannot drive), as the chooser hands the folder over.
        robot.interact(() -> window.imports().importPaths(List.of(bundle)));
        waitUntil(() -> robot.lookup("#import-report").tryQuery().isPresent());

        String report = robot.lookup("#import-report").<TextArea>query().getText();
        assertThat(report).contains("Not understood").contains("agentx");
        assertThat(topology().routers()).extracting(Router::id).contains("gateway-alfa-unoone", "gateway-bravo-bissotwo");
        assertThat(topology().clusters()).hasSize(2);
        assertThat(model().document().isDirty()).as("an import is a new design, not yet saved").isTrue();
        assertThat(model().document().file()).isNull();
        assertThat(model().diagramProperty().get().card("gateway-alfa-unoone")).isPresent();
        robot.clickOn("OK");
        settle();
        assertThat(robot.lookup("#import-report").tryQuery()).isEmpty();
    }

    @Test
    void aPathThatCannotBeReadGetsOneMessageAndTheDesignStays() throws Exception {
        open(Samples.load("homelab-openwrt-quagga"));
        Path missing = home.resolve("no-such-bundle");

        robot.interact(() -> window.imports().importPaths(List.of(missing)));
        waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isPresent());

        String message = robot.lookup("#dialog-message").<Label>query().getText();
        assertThat(message).contains("no-such-bundle").doesNotContain("Exception").doesNotContain("\tat ");
        robot.clickOn("OK");
        settle();
        assertThat(topology().name()).isEqualTo("homelab-openwrt-quagga");
    }

    private MenuItem menuItem(String id) {
        Node bar = robot.lookup(".menu-bar").query();
        return ((javafx.scene.control.MenuBar) bar).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> ("menu-" + id).equals(i.getId())).findFirst().orElseThrow();
    }
}
