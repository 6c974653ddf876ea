package io.peerplan.app.ui.sim;

import io.peerplan.model.sim.BgpPath;
import io.peerplan.model.sim.Rib;
import io.peerplan.model.sim.RibEntry;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/**
 * One speaker's BGP table as FRR would show it: each prefix, the best path, every candidate, and
 * FRR's {@code selectionReason} for the choice.
 */
final class RouterTableView extends BorderPane {
    private final TableView<RibEntry> table = Columns.table("sim-rib", "Click a router, vantage or node on the canvas.");
    private final Label title = new Label("BGP table");
    private String speaker;

    RouterTableView(SimulationViewModel model) {
        title.setId("sim-rib-title");
        title.getStyleClass().add("title-4");
        table.getColumns().setAll(List.of(
                Columns.text("Prefix", 130, e -> e.prefix().toString()),
                Columns.text("Best path", 280, e -> e.best().map(RouterTableView::path).orElse("none")),
                Columns.text("Candidates", 420, RouterTableView::candidates),
                Columns.text("selectionReason", 170, RibEntry::selectionReason)));
        setTop(title);
        setCenter(table);
        model.snapshotProperty().addListener((o, a, s) -> show(model, speaker));
    }

    void show(SimulationViewModel model, String id) {
        this.speaker = id;
        var snap = model.snapshot();
        if (id == null || snap.result() == null) {
            title.setText("BGP table");
            table.getItems().clear();
            return;
        }
        Rib rib = snap.result().rib(id).orElse(null);
        if (rib == null) {
            title.setText("BGP table of " + id + ": no table (not a BGP speaker, or down in this scenario)");
            table.getItems().clear();
            return;
        }
        title.setText("BGP table of " + id + " (" + snap.scenario().describe() + ")");
        table.getItems().setAll(new ArrayList<>(rib.entries().values()));
    }

    String speaker() {
        return speaker;
    }

    static String path(BgpPath p) {
        if (p.isLocal()) {
            return "local" + (p.source() == null ? "" : " (" + p.source() + ")");
        }
        String as = p.asPathText().isEmpty() ? "i" : p.asPathText();
        return p.nextHop() + " from " + p.fromPeer() + " [" + as + "]"
                + (p.localPref() == null ? "" : " lp " + p.localPref()) + (p.med() == null ? "" : " med " + p.med());
    }

    static String candidates(RibEntry e) {
        List<String> out = new ArrayList<>();
        for (BgpPath p : e.candidates()) {
            String mark = e.best().map(b -> b.equals(p)).orElse(false) ? "> " : e.multipath().contains(p) ? "= " : "  ";
            out.add(mark + path(p) + (p.valid() ? "" : " inaccessible"));
        }
        return String.join("   |   ", out);
    }
}
