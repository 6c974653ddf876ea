package io.peerplan.app.ui.live;

import static io.peerplan.app.ui.TestWindows.await;
import static io.peerplan.app.ui.TestWindows.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.diagram.Link;
import io.peerplan.app.render.Geometry;
import io.peerplan.app.render.SimulationMarks;
import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.TestWindows;
import io.peerplan.model.sample.Samples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Live state on the real window: the routers answer with FRR's summary JSON; Alfa's gateway does
 * not list its Antares session, so that peering is drawn red and the table flags it.
 */
@ExtendWith(ApplicationExtension.class)
class LiveStateTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = TestWindows.open(stage, Samples.load("two-dc-anycast"));
    }

    /** FRR 8.4's {@code show bgp ipv4 unicast summary json} shape for the given neighbors. */
    private static String summary(Map<String, Integer> established) {
        StringBuilder b = new StringBuilder("{\"ipv4Unicast\":{\"routerId\":\"10.0.0.1\",\"as\":64859,\"peers\":{");
        String sep = "";
        for (var e : established.entrySet()) {
            b.append(sep).append('"').append(e.getKey()).append("\":{\"remoteAs\":65101,\"state\":\"Established\",\"pfxRcd\":")
                    .append(e.getValue()).append(",\"pfxSnt\":1}");
            sep = ",";
        }
        return b.append("}}}").toString();
    }

    @Test
    void aMissingSessionIsFlaggedAndDrawnRed(FxRobot robot) {
        await("the design is shown", () -> window.model().diagramProperty().get().region("alfa").isPresent());
        robot.clickOn("#tool-simulate");
        await("the baseline simulation", () -> window.simulation().snapshot().result() != null);
        Link provider = fx(() -> window.model().diagramProperty().get().links().stream()
                .filter(l -> Set.of(l.from(), l.to()).equals(Set.of("gateway-alfa-unoone", "antares"))).findFirst().orElseThrow());

        // What the design expects each router to report, as FRR would print it, minus Antares on Alfa's gateway.
        var design = window.simulation().snapshot().result();
        Map<String, Map<String, Integer>> expected = new HashMap<>();
        for (var c : LiveComparison.compare(design, Map.of("gateway-alfa-unoone", Map.of(), "gateway-bravo-bissotwo", Map.of()))) {
            if (c.expectedUp() && !(c.router().equals("gateway-alfa-unoone") && c.peering().equals(provider.id()))) {
                expected.computeIfAbsent(c.router(), k -> new HashMap<>()).put(c.neighborAddress(), c.expectedPrefixes());
            }
        }
        LiveStateView live = fx(() -> window.simulationPanel().live());
        fx(() -> {
            live.setReader(router -> summary(expected.getOrDefault(router.id(), Map.of())));
            return null;
        });
        robot.clickOn("#live-refresh");
        TableView<?> table = robot.lookup("#live-table").queryAs(TableView.class);
        await("the comparison", () -> !table.getItems().isEmpty());

        @SuppressWarnings("unchecked")
        List<LiveComparison.SessionCheck> checks = fx(() -> List.copyOf((List<LiveComparison.SessionCheck>) table.getItems()));
        assertThat(checks).filteredOn(LiveComparison.SessionCheck::drifted)
                .extracting(LiveComparison.SessionCheck::router, LiveComparison.SessionCheck::peering,
                        LiveComparison.SessionCheck::drift)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gateway-alfa-unoone", provider.id(), "missing session"));
        SimulationMarks marks = fx(() -> window.canvas().overlay().simulation);
        assertThat(marks.live().get(provider.id()).drift()).isTrue();
        assertThat(marks.live().values()).filteredOn(SimulationMarks.LiveLink::drift).hasSize(1);

        // On the canvas the drifted peering is stroked red at its middle.
        Color painted = fx(() -> {
            window.canvas().fit();
            window.canvas().paintNow();
            var d = window.model().diagramProperty().get();
            double[] seg = Geometry.segment(d.card(provider.from()).orElseThrow().bounds(),
                    d.card(provider.to()).orElseThrow().bounds(), provider.laneOffset());
            WritableImage img = window.canvas().canvas().snapshot(null, null);
            // The bitmap is larger than the view (a painted margin for cheap panning): map into its own coordinates.
            Point2D p = window.canvas().canvas().parentToLocal(window.canvas().toLocal((seg[0] + seg[2]) / 2,
                    (seg[1] + seg[3]) / 2));
            return img.getPixelReader().getColor((int) Math.round(p.getX()), (int) Math.round(p.getY()));
        });
        assertThat(painted.getRed()).isGreaterThan(0.7);
        assertThat(painted.getGreen()).isLessThan(0.35);
        assertThat(painted.getBlue()).isLessThan(0.35);
    }
}
