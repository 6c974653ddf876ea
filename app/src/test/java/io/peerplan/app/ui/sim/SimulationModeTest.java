package io.peerplan.app.ui.sim;

import static io.peerplan.app.ui.TestWindows.await;
import static io.peerplan.app.ui.TestWindows.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.render.Rgb;
import io.peerplan.app.render.SimulationMarks;
import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.TestWindows;
import io.peerplan.model.sample.Samples;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Simulation mode on the real window with seed 000's design: 203.0.113.70 is served by Alfa
 * (prepend ×1 against Bravo's ×3); failing region Alfa from the canvas's context menu, or raising
 * Alfa's prepend past Bravo's with the spinner, moves it to Bravo on the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class SimulationModeTest {
    private static final String ANYCAST = "203.0.113.70";
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.open(stage, Samples.load("two-dc-anycast"));
    }

    private SimulationMarks marks() {
        return fx(() -> window.canvas().overlay().simulation);
    }

    private void simulationOn(FxRobot robot) {
        await("the design is shown", () -> window.model().diagramProperty().get().region("alfa").isPresent());
        robot.clickOn("#tool-simulate");
        await("the baseline simulation", () -> window.simulation().snapshot().result() != null);
        assertThat(fx(() -> window.simulation().snapshot().error())).isNull();
        assertThat(fx(() -> window.simulation().vantageProperty().get())).isEqualTo("internet");
        assertThat(marks().regionIps().get("alfa")).contains(ANYCAST);
        assertThat(marks().regionIps().getOrDefault("bravo", List.of())).doesNotContain(ANYCAST);
        assertThat(marks().pathLinks()).containsKey("alfa-speakers");
    }

    @Test
    void failingRegionAlfaMovesTheAnycastIpToBravo(FxRobot robot) {
        simulationOn(robot);
        Footprint alfa = fx(() -> window.model().diagramProperty().get().region("alfa").orElseThrow().bounds());
        Point2D title = TestWindows.screen(window, alfa.maxX() - 30, alfa.y() + 8);
        robot.rightClickOn(title);
        robot.clickOn("Fail region alfa");
        await("the what-if with alfa failed", () -> window.simulation().snapshot().scenario().failed().contains("alfa"));

        SimulationMarks m = marks();
        assertThat(m.failed()).contains("alfa");
        assertThat(m.regionIps().get("bravo")).contains(ANYCAST);
        assertThat(m.regionIps()).doesNotContainKey("alfa");
        assertThat(m.pathLinks()).containsKey("bravo-speakers").doesNotContainKey("alfa-speakers");
        assertThat(window.simulation().snapshot().servedFrom(ANYCAST).orElseThrow().regions()).containsExactly("bravo");

        // The what-if panel names the move: from Alfa to Bravo.
        TableView<?> moves = robot.lookup("#whatif-moves").queryAs(TableView.class);
        List<String> rows = fx(() -> window.simulation().snapshot().moves().stream()
                .map(mv -> mv.prefix() + " " + (mv.from() == null ? "unreachable" : mv.from().describe()) + " -> "
                        + (mv.to() == null ? "unreachable" : mv.to().describe())).toList());
        assertThat(rows).anyMatch(r -> r.contains("alfa (k8s-alfa") && r.contains("-> bravo (k8s-bravo"));
        assertThat(fx(() -> moves.getItems().size())).isEqualTo(rows.size());

        // On the canvas: Bravo's "serves 203.0.113.70" chip is painted in the IP's colour.
        Footprint bravo = fx(() -> window.model().diagramProperty().get().region("bravo").orElseThrow().bounds());
        Rgb expected = m.colour(ANYCAST);
        Color painted = fx(() -> {
            window.canvas().fit();
            window.canvas().paintNow();
            WritableImage img = window.canvas().snapshot(null, null);
            // The chips are laid out left to right in the order of m.regionIps(): skip those before ours.
            double x = bravo.x() + 10;
            for (String ip : m.regionIps().get("bravo")) {
                if (ip.equals(ANYCAST)) {
                    break;
                }
                x += window.canvas().textMeasure().width("serves " + ip, 11, true) + 14 + 6;
            }
            Point2D p = window.canvas().toLocal(x + 4, bravo.maxY() + 13); // the chips sit under the region
            return img.getPixelReader().getColor((int) p.getX(), (int) p.getY());
        });
        assertThat(Math.abs(painted.getRed() * 255 - expected.r())).isLessThan(40);
        assertThat(Math.abs(painted.getGreen() * 255 - expected.g())).isLessThan(40);
        assertThat(Math.abs(painted.getBlue() * 255 - expected.b())).isLessThan(40);
    }

    @Test
    void raisingAlfasPrependWithTheSpinnerFlipsTheTrafficToBravo(FxRobot robot) {
        simulationOn(robot);
        robot.clickOn("What-if");
        PrependKnob alfa = fx(() -> window.simulation().knobs().stream()
                .filter(k -> k.routerId().equals("gateway-alfa-unoone")).findFirst().orElseThrow());
        fx(() -> {
            window.simulationPanel().whatIf().knobBox().setValue(alfa);
            return null;
        });
        assertThat(fx(() -> window.simulationPanel().whatIf().spinner().getValue())).isEqualTo(1);
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#whatif-prepend-count .increment-arrow-button");
        }
        await("the prepend override", () -> window.simulation().snapshot().scenario().prepends().stream()
                .anyMatch(p -> p.count() == 5));
        assertThat(window.simulation().snapshot().servedFrom(ANYCAST).orElseThrow().regions()).containsExactly("bravo");
        assertThat(marks().regionIps().get("bravo")).contains(ANYCAST);

        // And back: the design's own count flips it home (the override disappears).
        robot.clickOn("#whatif-prepend-count .decrement-arrow-button");
        robot.clickOn("#whatif-prepend-count .decrement-arrow-button");
        robot.clickOn("#whatif-prepend-count .decrement-arrow-button");
        robot.clickOn("#whatif-prepend-count .decrement-arrow-button");
        await("back to the baseline", () -> window.simulation().snapshot().scenario().isBaseline()
                && window.simulation().snapshot().result() != null);
        assertThat(marks().regionIps().get("alfa")).contains(ANYCAST);
    }
}
