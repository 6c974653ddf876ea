package io.peerplan.app.ui.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.files.Settings;
import io.peerplan.app.findings.ValidatorFindings;
import io.peerplan.app.ui.MainWindow;
import io.peerplan.model.sample.Samples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every sample on a 1366 × 768 laptop and a 1920 × 1080 monitor, in design and in simulation mode:
 * no text on screen is cut without a tooltip that carries all of it (JavaFX renders a shortened
 * text with an ellipsis: the skin's text differs from the label's), the findings list has room for
 * five rows, and "fit" keeps card text readable.
 */
class ReadableScreensTest {
    @TempDir
    Path home;
    private MainWindow window;
    private final FxRobot robot = new FxRobot();

    static Stream<Arguments> screens() {
        return Samples.all().stream().flatMap(s -> Stream.of(Arguments.of(s.name(), 1366, 768),
                Arguments.of(s.name(), 1920, 1080)));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.dispose());
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("screens")
    void nothingIsCutWithoutSayingSo(String sample, int width, int height) throws Exception {
        FxToolkit.registerPrimaryStage();
        var topology = Samples.load(sample);
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            window = new MainWindow(stage, new Settings(home), ValidatorFindings.INSTANCE, 20);
            stage.setWidth(width);
            stage.setHeight(height);
            window.show(topology, null);
        });
        waitUntil(() -> window.model().findings().revision() >= 0);
        robot.interact(() -> window.canvas().fit());
        settle();
        assertThat(window.stage().getWidth()).isEqualTo(width);
        assertThat(window.findings().getWidth()).as("findings width").isGreaterThan(width < 1400 ? 330 : 900);
        assertThat(window.canvas().getWidth()).as("canvas width").isGreaterThan(width * 0.6);
        if (width < 1400) {
            assertThat(findingsRowsRoom()).as("findings rows with room on screen").isGreaterThanOrEqualTo(5);
            assertThat(window.canvas().zoomProperty().get()).as("zoom after fit").isGreaterThan(0.65);
        }
        assertThat(clippedWithoutTooltip()).as("clipped text without a tooltip carrying it, designing").isEmpty();
        robot.interact(() -> window.legend().setVisible(true));
        settle();
        robot.interact(() -> window.canvas().fit());
        settle();
        assertThat(cardsUnderLegend()).as("cards under the legend after fit, designing").isEmpty();
        robot.interact(() -> window.simulation().activeProperty().set(true));
        waitUntil(() -> !window.simulation().runningProperty().get() && window.simulation().snapshotProperty().get() != null);
        settle();
        assertThat(clippedWithoutTooltip()).as("clipped text without a tooltip carrying it, simulating").isEmpty();
        // Simulation mode's legend adds the path colours: a fit then still keeps it off every card.
        robot.interact(() -> window.canvas().fit());
        settle();
        assertThat(cardsUnderLegend()).as("cards under the legend after fit, simulating").isEmpty();
    }

    /** The ids of the cards the legend overlay covers: its box on screen, taken back into model units. */
    private List<String> cardsUnderLegend() {
        List<String> covered = new ArrayList<>();
        robot.interact(() -> {
            var legend = window.legend();
            assertThat(legend.isVisible() && legend.getWidth() > 0).as("the legend is shown").isTrue();
            var canvas = window.canvas();
            Bounds b = canvas.sceneToLocal(legend.localToScene(legend.getLayoutBounds()));
            var v = canvas.viewport();
            double x = v.toModelX(b.getMinX());
            double y = v.toModelY(b.getMinY());
            canvas.diagram().cardsIn(x, y, v.toModelX(b.getMaxX()) - x, v.toModelY(b.getMaxY()) - y)
                    .forEach(c -> covered.add(c.id()));
        });
        return covered;
    }

    /** How many rows of the findings table fit on screen: its scrolling area over one row's height. */
    private int findingsRowsRoom() {
        TableView<?> table = window.findings().table();
        Node flow = table.lookup(".virtual-flow");
        Node row = table.lookupAll(".table-row-cell").stream().filter(Node::isVisible).findFirst().orElseThrow();
        assertThat(table.getScene()).isNotNull();
        return (int) Math.floor(flow.getLayoutBounds().getHeight() / row.getLayoutBounds().getHeight());
    }

    private List<String> clippedWithoutTooltip() {
        List<String> bad = new ArrayList<>();
        robot.interact(() -> visit(window.scene().getRoot(), bad));
        return bad;
    }

    private void visit(Node n, List<String> bad) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && onScreen(l)) {
            String full = l.getText() == null ? "" : l.isMnemonicParsing() ? l.getText().replaceFirst("_", "") : l.getText();
            String rendered = l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text && c != l.getGraphic())
                    .map(c -> ((Text) c).getText()).findFirst().orElse(full);
            boolean carried = l.getTooltip() != null && l.getTooltip().getText() != null
                    && l.getTooltip().getText().contains(full);
            if (!full.isEmpty() && !full.equals(rendered) && !carried) {
                bad.add(l.getClass().getSimpleName() + " shows \"" + rendered + "\" of \"" + full + "\"");
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> visit(c, bad));
        }
    }

    private boolean onScreen(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getWidth() >= 1 && b.getHeight() >= 1 && b.getMaxX() > 0 && b.getMaxY() > 0
                && b.getMinX() < window.scene().getWidth() && b.getMinY() < window.scene().getHeight();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
        settle();
    }
}
