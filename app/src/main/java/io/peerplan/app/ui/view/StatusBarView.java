package io.peerplan.app.ui.view;

import io.peerplan.app.ui.canvas.DiagramCanvas;
import io.peerplan.app.ui.fit.Words;
import io.peerplan.app.ui.vm.DesignerViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;

/** Status line: the last message, findings counts, selection size, zoom, and a spinner while work runs. */
public final class StatusBarView extends StatusBar {

    public StatusBarView(DesignerViewModel model, DiagramCanvas canvas, ObservableBooleanValue ioBusy) {
        setId("status-bar");
        textProperty().bind(model.statusProperty());
        Label errors = badge("errors");
        errors.textProperty().bind(Bindings.createStringBinding(() -> Words.count(model.findings().errorsProperty().get(),
                "error"), model.findings().errorsProperty()));
        Label warnings = badge("warnings");
        warnings.textProperty().bind(Bindings.createStringBinding(() -> Words.count(model.findings().warningsProperty()
                .get(), "warning"), model.findings().warningsProperty()));
        errors.visibleProperty().bind(model.findings().errorsProperty().greaterThan(0));
        errors.managedProperty().bind(errors.visibleProperty());
        warnings.visibleProperty().bind(model.findings().warningsProperty().greaterThan(0));
        warnings.managedProperty().bind(warnings.visibleProperty());
        Label selection = new Label();
        selection.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.selection().keys().size();
            return n == 0 ? "" : n == 1 ? model.selection().keys().iterator().next() : n + " selected";
        }, model.selection().keysProperty()));
        Label zoom = new Label();
        zoom.setId("zoom-label");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(canvas.zoomProperty().get() * 100) + " %",
                canvas.zoomProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(Bindings.or(model.findings().runningProperty(), ioBusy));
        getRightItems().setAll(errors, warnings, sep(), selection, sep(), zoom, busy);
    }

    private static Label badge(String style) {
        Label l = new Label();
        l.getStyleClass().addAll("status-badge", style);
        return l;
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }
}
