package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.app.findings.FindingsSource;
import io.peerplan.model.sample.Samples;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * File → Export diagram as PNG/SVG… through its options dialog: background (transparent, dark),
 * legend, badges and scale each change the written picture; the legend also shows on the canvas
 * from the View menu.
 */
class DiagramExportOptionsTest extends DesignerFxTest {
    @Override
    FindingsSource findings() {
        return ValidatorFindings.INSTANCE;
    }

    @Test
    void backgroundLegendBadgesAndScaleShapeTheExport() throws Exception {
        open(Samples.load("two-dc-anycast"));
        waitUntil(() -> model().findings().revision() >= 0);
        Path transparent = home.resolve("transparent.png");
        exportPng("#export-backdrop-transparent", true, transparent);
        BufferedImage t = ImageIO.read(transparent.toFile());
        assertThat(t.getRGB(1, 1) >>> 24).as("corner alpha of a transparent export").isZero();

        Path dark = home.resolve("dark.png");
        exportPng("#export-backdrop-dark", false, dark);
        BufferedImage d = ImageIO.read(dark.toFile());
        assertThat(d.getRGB(1, 1) & 0xffffff).as("dark background").isEqualTo(0x0d1117);
        // Same 2× scale: the legend under the diagram makes the first picture taller.
        assertThat(t.getHeight()).isGreaterThan(d.getHeight());
        assertThat(t.getWidth()).isEqualTo(d.getWidth());

        Path svg = home.resolve("plain.svg");
        robot.clickOn("File").clickOn("Export diagram as SVG…");
        settle();
        robot.clickOn("#export-backdrop-light");
        if (robot.lookup("#export-badges").queryAs(javafx.scene.control.CheckBox.class).isSelected()) {
            robot.clickOn("#export-badges");
        }
        assertThat(robot.lookup("#export-scale").query().isDisabled()).as("scale is for PNG only").isTrue();
        typeFile(svg);
        robot.clickOn("#export-ok");
        waitUntil(() -> Files.exists(svg));
        String text = Files.readString(svg);
        assertThat(text).doesNotContain(">Legend<");
        // The light theme's warning colour (#9a6700: badges, flagged lines) is gone with the findings; eBGP lines stay.
        assertThat(text.toLowerCase()).doesNotContain("#9a6700").contains("#0550ae");
    }

    @Test
    void theLegendToggleShowsWhatTheDrawingUses() throws Exception {
        open(Samples.load("two-dc-anycast"));
        waitUntil(() -> model().findings().revision() >= 0);
        assertThat(window.legend().isVisible()).isFalse();
        robot.clickOn("View").clickOn("Legend");
        settle();
        assertThat(window.legend().isVisible()).isTrue();
        assertThat(window.legend().legend().entries()).extracting(e -> e.text())
                .anySatisfy(s -> assertThat(s).startsWith("eBGP"))
                .anySatisfy(s -> assertThat(s).startsWith("iBGP"))
                .anySatisfy(s -> assertThat(s).startsWith("BFD"))
                .anySatisfy(s -> assertThat(s).contains("warning"));
        robot.interact(() -> window.simulation().activeProperty().set(true));
        waitUntil(() -> window.legend().legend().entries().stream().anyMatch(e -> e.text().contains("203.0.113.70")));
        assertThat(window.settings().get("legend.shown", "")).isEqualTo("true");
    }

    private void exportPng(String backdrop, boolean legend, Path file) {
        robot.clickOn("File").clickOn("Export diagram as PNG…");
        settle();
        robot.clickOn(backdrop);
        var box = robot.lookup("#export-legend").queryAs(javafx.scene.control.CheckBox.class);
        if (box.isSelected() != legend) {
            robot.clickOn("#export-legend");
        }
        typeFile(file);
        robot.clickOn("#export-ok");
        waitUntil(() -> Files.exists(file));
    }

    private void typeFile(Path file) {
        robot.doubleClickOn("#export-file");
        robot.push(KeyCode.CONTROL, KeyCode.A).write(file.toString());
        settle();
    }
}
