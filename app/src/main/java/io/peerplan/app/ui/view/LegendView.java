package io.peerplan.app.ui.view;

import io.peerplan.app.render.DiagramTheme;
import io.peerplan.app.render.Legend;
import io.peerplan.app.render.LegendPainter;
import io.peerplan.app.render.SimulationMarks;
import io.peerplan.app.render.TextMeasure;
import io.peerplan.app.ui.canvas.CanvasSurface;
import io.peerplan.app.ui.sim.SimulationViewModel;
import io.peerplan.app.ui.vm.DesignerViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.StackPane;

/**
 * The legend over the canvas's bottom-left corner (View → Legend): what each line style, colour,
 * badge and tint in the current drawing means, in the current theme, painted by the same
 * {@link LegendPainter} as diagram exports. It repaints only when the drawing, the findings,
 * the simulation or the theme change; it never takes the mouse from the canvas.
 */
public final class LegendView extends StackPane {
    private final Canvas canvas = new Canvas();
    private final DesignerViewModel model;
    private final SimulationViewModel simulation;
    private final ObjectProperty<DiagramTheme> theme;
    private final TextMeasure measure;
    private Legend shown;

    public LegendView(DesignerViewModel model, SimulationViewModel simulation, ObjectProperty<DiagramTheme> theme,
            TextMeasure measure) {
        this.model = model;
        this.simulation = simulation;
        this.theme = theme;
        this.measure = measure;
        setId("legend");
        getChildren().add(canvas);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        for (ObservableValue<?> v : java.util.List.of(model.diagramProperty(), model.marksProperty(), simulation.activeProperty(),
                simulation.snapshotProperty(), theme, visibleProperty())) {
            v.addListener((o, a, b) -> repaint());
        }
        repaint();
    }

    /** The entries now on show (for tests and screenshots). */
    public Legend legend() {
        return shown;
    }

    private void repaint() {
        if (!isVisible()) {
            return;
        }
        var snapshot = simulation.snapshotProperty().get();
        SimulationMarks sim = simulation.activeProperty().get() && snapshot != null && snapshot.marks() != null
                ? snapshot.marks() : SimulationMarks.NONE;
        Legend legend = Legend.of(model.diagramProperty().get(), model.marksProperty().get(), sim, theme.get());
        if (legend.equals(shown) && canvas.getWidth() > 0) {
            return;
        }
        shown = legend;
        LegendPainter painter = new LegendPainter(theme.get(), measure);
        double[] size = painter.size(legend);
        canvas.setWidth(size[0] + 2);
        canvas.setHeight(size[1] + 2);
        var gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        CanvasSurface s = new CanvasSurface(gc);
        s.transform(1, 0, 0);
        painter.paint(s, legend, 1, 1);
    }
}
