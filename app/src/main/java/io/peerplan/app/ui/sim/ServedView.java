package io.peerplan.app.ui.sim;

import io.peerplan.model.sim.AnycastView;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** Where each service IP is served from, seen from the vantage: the legend of the canvas colours. */
final class ServedView extends BorderPane {
    private final TableView<AnycastView> table = Columns.table("sim-served", "Turn simulation mode on to follow the traffic.");

    ServedView(SimulationViewModel model) {
        table.getColumns().setAll(List.of(
                Columns.text("Service IP", 120, v -> v.serviceIp().toString()),
                Columns.text("Services", 200, v -> String.join(", ", v.services())),
                Columns.text("Served from", 260, ServedView::place),
                Columns.text("Via", 150, v -> v.viaPeer() == null ? "" : v.viaPeer()),
                Columns.text("AS path", 140, v -> v.asPath().stream().map(String::valueOf).collect(Collectors.joining(" "))),
                Columns.text("Prefix", 130, v -> v.prefix() == null ? "no route" : v.prefix().toString()),
                Columns.text("Why (FRR)", 160, AnycastView::selectionReason)));
        setCenter(table);
        model.snapshotProperty().addListener((o, a, s) -> table.getItems().setAll(s.served()));
    }

    static String place(AnycastView v) {
        if (v.prefix() == null) {
            return "unreachable";
        }
        if (!v.reachable()) {
            return "ends at " + String.join(", ", v.endsAt()) + " (no cluster)";
        }
        return String.join(", ", v.regions()) + " (" + String.join(", ", v.clusters()) + ": " + String.join(", ", v.nodes())
                + ")";
    }
}
