package io.peerplan.app.ui.sim;

import io.peerplan.model.sim.Detection;
import io.peerplan.model.sim.FailoverBudget;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The failover budget: for each service IP, every session on its serving paths from the vantage,
 * how that session notices a silent failure (BFD or hold timer) and how many requests are lost
 * meanwhile at the rate the user sets (seed 000 measured 96 lost at 127 rps with BFD 300 ms × 3).
 */
final class BudgetView extends BorderPane {
    /** One row: an IP and a session on its path. */
    record Row(String ip, FailoverBudget.SessionBudget session, boolean worst) {
    }

    private final TableView<Row> table = Columns.table("budget-table", "No serving paths from this vantage.");
    private final Label worst = new Label();

    BudgetView(SimulationViewModel model) {
        Spinner<Double> rate = rateSpinner(model, "budget-rate");
        worst.setId("budget-worst");
        table.getColumns().setAll(List.of(
                Columns.text("Service IP", 120, Row::ip),
                Columns.text("Session", 260, r -> r.session().session()),
                Columns.text("Detection", 100, r -> r.session().detection().mechanism().label()),
                Columns.text("Time", 70, r -> r.session().detection().seconds()),
                Columns.text("Lost requests", 110, r -> lost(r.session().detection(), model.requestRateProperty().get())),
                Columns.text("Why", 300, r -> r.session().detection().explanation() + (r.worst() ? "  (slowest on the path)" : ""))));
        HBox top = new HBox(8, new Label("Request rate (per second):"), rate, worst);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4));
        setTop(top);
        setCenter(table);
        model.snapshotProperty().addListener((o, a, s) -> fill(model));
        model.requestRateProperty().addListener((o, a, b) -> fill(model));
    }

    private void fill(SimulationViewModel model) {
        List<Row> rows = new ArrayList<>();
        long worstLost = -1;
        String worstText = "";
        double rps = model.requestRateProperty().get();
        for (FailoverBudget b : model.snapshot().budgets()) {
            var slowest = b.worst().orElse(null);
            for (FailoverBudget.SessionBudget s : b.sessions()) {
                rows.add(new Row(b.serviceIp().toString(), s, s == slowest));
            }
            if (slowest != null && slowest.requestsLost(rps) > worstLost) {
                worstLost = slowest.requestsLost(rps);
                worstText = "Worst case: " + lost(slowest.detection(), rps) + " requests lost to " + b.serviceIp() + " ("
                        + slowest.session() + ", " + slowest.detection().seconds() + ")";
            }
        }
        table.getItems().setAll(rows);
        worst.setText(worstText);
        table.refresh();
    }

    /** The request rate the lost-request estimates use, one value for the whole simulation panel. */
    static Spinner<Double> rateSpinner(SimulationViewModel model, String id) {
        Spinner<Double> rate = new Spinner<>(0.0, 1_000_000.0, model.requestRateProperty().get(), 10.0);
        rate.setId(id);
        rate.setEditable(true);
        rate.setPrefWidth(110);
        // Bidirectional bindings hold their ends weakly: the spinner keeps the boxed view of the rate alive.
        javafx.beans.property.ObjectProperty<Double> boxed = model.requestRateProperty().asObject();
        rate.getProperties().put(SimulationViewModel.class, boxed);
        rate.getValueFactory().valueProperty().bindBidirectional(boxed);
        return rate;
    }

    static String lost(Detection d, double rps) {
        long n = d.requestsLost(rps);
        return n == Long.MAX_VALUE ? "all (never detected)" : String.valueOf(n);
    }
}
