package io.peerplan.app.ui.live;

import io.peerplan.app.render.SimulationMarks;
import io.peerplan.app.ui.sim.SimulationViewModel;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.sim.SimulationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * Live state: "Refresh from devices" reads every managed FRR router's BGP summary over SSH in a
 * background task, compares it with the simulated design, overlays the states on the links and
 * lists the sessions, drift in red.
 */
public final class LiveStateView extends BorderPane {
    private final TableView<LiveComparison.SessionCheck> table = new TableView<>();
    private final Label status = new Label("Reads `show bgp ipv4 unicast summary json` from each router with management settings.");
    private final SimulationViewModel simulation;
    private final Supplier<Topology> topology;
    private final Consumer<Map<String, SimulationMarks.LiveLink>> overlay;
    private DeviceReader reader = DeviceReader.ssh();

    public LiveStateView(SimulationViewModel simulation, Supplier<Topology> topology,
            Consumer<Map<String, SimulationMarks.LiveLink>> overlay) {
        this.simulation = simulation;
        this.topology = topology;
        this.overlay = overlay;
        Button refresh = new Button("Refresh from devices");
        refresh.setId("live-refresh");
        refresh.setOnAction(e -> refresh());
        status.setId("live-status");
        HBox top = new HBox(8, refresh, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4));
        table.setId("live-table");
        table.setPlaceholder(new Label("Not read yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Router", 170, LiveComparison.SessionCheck::router),
                column("Neighbor", 130, LiveComparison.SessionCheck::neighborAddress),
                column("Session", 230, LiveComparison.SessionCheck::session),
                column("Device says", 170, c -> c.actual() == null ? "not listed" : c.actual().state()
                        + (c.actual().prefixesReceived() == null ? "" : ", " + c.actual().prefixesReceived() + " pfx")),
                column("Design", 150, c -> (c.expectedUp() ? "Established, " : "down, ") + c.expectedPrefixes() + " pfx"),
                column("Drift", 240, c -> c.drift() == null ? "" : c.drift())));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LiveComparison.SessionCheck c, boolean empty) {
                super.updateItem(c, empty);
                setStyle(!empty && c != null && c.drifted() ? "-fx-background-color: #ffcdd2;" : "");
            }
        });
        setTop(top);
        setCenter(table);
    }

    private static TableColumn<LiveComparison.SessionCheck, String> column(String title, double width,
            java.util.function.Function<LiveComparison.SessionCheck, String> value) {
        TableColumn<LiveComparison.SessionCheck, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Replaces the SSH reader (tests read canned or in-process answers). */
    public void setReader(DeviceReader reader) {
        this.reader = reader;
    }

    /** Reads the devices in the background, then compares and shows. */
    public void refresh() {
        Topology t = topology.get();
        DeviceReader r = reader;
        simulation.activeProperty().set(true);
        status.setText("Reading devices…");
        Task<Map<String, Map<String, LiveComparison.Peer>>> task = new Task<>() {
            private final List<String> problems = new ArrayList<>();

            @Override
            protected Map<String, Map<String, LiveComparison.Peer>> call() {
                Map<String, Map<String, LiveComparison.Peer>> reports = new LinkedHashMap<>();
                for (Router router : t.routers()) {
                    if (router.platform() != Platform.FRR || router.management() == null) {
                        continue;
                    }
                    try {
                        reports.put(router.id(), LiveComparison.parseSummary(r.summaryJson(router)));
                    } catch (Exception e) {
                        problems.add(router.id() + ": " + e.getMessage());
                    }
                }
                updateMessage(String.join("; ", problems));
                return reports;
            }
        };
        task.setOnSucceeded(e -> show(task.getValue(), task.getMessage()));
        task.setOnFailed(e -> status.setText("Reading failed: " + task.getException().getMessage()));
        Thread th = new Thread(task, "peerplan-live-state");
        th.setDaemon(true);
        th.start();
    }

    /** Compares the reports with the current simulated design and shows the result. */
    public void show(Map<String, Map<String, LiveComparison.Peer>> reports, String problems) {
        SimulationResult design = simulation.snapshot().result();
        if (design == null) {
            status.setText("Waiting for the simulation; refresh again in a moment.");
            return;
        }
        List<LiveComparison.SessionCheck> checks = LiveComparison.compare(design, reports);
        table.getItems().setAll(checks);
        long drift = checks.stream().filter(LiveComparison.SessionCheck::drifted).count();
        status.setText(io.peerplan.app.ui.fit.Words.count(reports.size(), "router") + " read, " + io.peerplan.app.ui.fit.Words.count(checks.size(), "session") + " compared, " + drift
                + " drifted" + (problems == null || problems.isEmpty() ? "" : "; " + problems));
        status.setStyle(drift > 0 ? "-fx-text-fill: #c62828;" : "");
        overlay.accept(LiveComparison.overlay(checks));
    }
}
