package io.peerplan.app.ui.sim;

import io.peerplan.app.render.SimulationMarks;
import io.peerplan.app.ui.canvas.DiagramCanvas;
import io.peerplan.app.ui.vm.DesignerViewModel;
import io.peerplan.model.TopologyIndex;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

/**
 * Simulation mode's panel under the canvas: the mode switch and vantage, then tabs for where
 * each IP is served from, the clicked router's BGP table, the what-if and the failover budget.
 * It also lays the simulation over the canvas and adds Fail / Restore to the canvas's context menu.
 */
public final class SimulationPanel extends BorderPane {
    private final SimulationViewModel model;
    private final DiagramCanvas canvas;
    private final DesignerViewModel designer;
    private final RouterTableView routerTable;
    private final WhatIfView whatIf;
    private final TabPane tabs = new TabPane();
    private final Tab tableTab;
    private final Tab whatIfTab;
    private final Tab budgetTab;
    private final Tab liveTab;
    private final Tab migrationTab;
    private final MigrationViewModel migration;
    private final javafx.beans.binding.BooleanBinding migrationShown;
    private final io.peerplan.app.ui.live.LiveStateView liveView;
    private Map<String, SimulationMarks.LiveLink> live = Map.of();

    public SimulationPanel(SimulationViewModel model, DiagramCanvas canvas, DesignerViewModel designer) {
        this.model = model;
        this.canvas = canvas;
        this.designer = designer;
        this.routerTable = new RouterTableView(model);
        this.whatIf = new WhatIfView(model);
        ToggleButton mode = new ToggleButton("Simulation mode");
        mode.setId("sim-mode");
        mode.selectedProperty().bindBidirectional(model.activeProperty());
        ComboBox<String> vantage = new ComboBox<>(model.vantages());
        vantage.setId("sim-vantage");
        vantage.valueProperty().bindBidirectional(model.vantageProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("sim-status");
        Label vantageLabel = new Label("Vantage:");
        // In a narrow panel the scenario text moves to a line of its own (and, longer than that line, is
        // shortened with its whole text in a tooltip); the switch and its labels are never cut.
        FlowPane bar = new FlowPane(8, 4, mode, vantageLabel, vantage, busy, status);
        status.maxWidthProperty().bind(bar.widthProperty().subtract(12));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 6, 4, 6));
        tableTab = new Tab("BGP table", routerTable);
        whatIfTab = new Tab("What-if", whatIf);
        budgetTab = new Tab("Failover budget", new BudgetView(model));
        migration = new MigrationViewModel(designer::topology, javafx.application.Platform::runLater);
        migrationTab = new Tab("Migration", new MigrationView(migration, model));
        liveView = new io.peerplan.app.ui.live.LiveStateView(model, designer::topology, this::showLive);
        liveTab = new Tab("Live state", liveView);
        tabs.getTabs().setAll(new Tab("Served from", new ServedView(model)), tableTab, whatIfTab, budgetTab, migrationTab, liveTab);
        tabs.getTabs().forEach(t -> t.setClosable(false));
        tabs.setId("sim-tabs");
        migrationShown = javafx.beans.binding.Bindings.equal(tabs.getSelectionModel().selectedItemProperty(), migrationTab);
        setTop(bar);
        setCenter(tabs);
        model.snapshotProperty().addListener((o, a, s) -> {
            status.setText(s.error() != null ? s.error() : s.result() == null ? ""
                    : s.scenario().describe() + (s.result().converged() ? "" : " — does not converge: "
                            + s.result().oscillation().map(Object::toString).orElse("")));
            paint();
        });
        designer.diagramProperty().addListener((o, a, b) -> {
            model.topologyChanged();
            migration.topologyChanged();
        });
        designer.selection().keysProperty().addListener((o, a, keys) -> {
            if (model.activeProperty().get() && keys.size() == 1) {
                String id = keys.iterator().next();
                if (model.snapshot().result() != null && model.snapshot().result().rib(id).isPresent()) {
                    routerTable.show(model, id);
                    tabs.getSelectionModel().select(tableTab);
                }
            }
        });
        installContextMenu();
    }

    /** Lays the latest snapshot and live states over the canvas. */
    private void paint() {
        SimulationMarks m = model.activeProperty().get() ? model.snapshot().marks() : SimulationMarks.NONE;
        if (!live.isEmpty()) {
            m = m.withLive(live);
        }
        canvas.overlay().simulation = m;
        canvas.repaint();
    }

    /** The live session states read from the devices (the live-state view sets them). */
    public void showLive(Map<String, SimulationMarks.LiveLink> states) {
        live = Map.copyOf(states);
        paint();
    }

    private void installContextMenu() {
        ContextMenu menu = new ContextMenu();
        // On the mouse press (after the canvas has selected what is under it), so the menu opens the
        // same way on every platform; the keyboard's menu key comes as a context-menu request.
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                openMenu(menu, e.getScreenX(), e.getScreenY());
                e.consume();
            } else {
                menu.hide();
            }
        });
        canvas.setOnContextMenuRequested(e -> {
            if (e.isKeyboardTrigger()) {
                openMenu(menu, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
    }

    private void openMenu(ContextMenu menu, double screenX, double screenY) {
        var keys = designer.selection().keys();
        menu.getItems().clear();
        if (keys.size() == 1) {
            String id = keys.iterator().next();
            if (model.canFail(id)) {
                String kind = new TopologyIndex(designer.topology()).kind(id).map(k -> k.name().toLowerCase()).orElse("");
                MenuItem fail = new MenuItem((model.isFailed(id) ? "Restore " : "Fail ") + kind + " " + id);
                fail.setId("ctx-fail");
                fail.setOnAction(a -> {
                    model.activeProperty().set(true);
                    model.toggleFailed(id);
                    tabs.getSelectionModel().select(whatIfTab);
                });
                menu.getItems().add(fail);
                MenuItem table = new MenuItem("Show BGP table of " + id);
                table.setOnAction(a -> {
                    model.activeProperty().set(true);
                    routerTable.show(model, id);
                    tabs.getSelectionModel().select(tableTab);
                });
                menu.getItems().add(table);
            }
            if (isCluster(id)) {
                MenuItem compare = new MenuItem("Compare speakers for cluster " + id);
                compare.setId("ctx-migration");
                compare.setOnAction(a -> {
                    migration.clusterProperty().set(java.util.Optional.of(id));
                    model.activeProperty().set(true);
                    tabs.getSelectionModel().select(migrationTab);
                });
                menu.getItems().add(compare);
            }
        }
        if (!model.scenarioProperty().get().isBaseline()) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem reset = new MenuItem("Back to baseline");
            reset.setOnAction(a -> model.reset());
            menu.getItems().add(reset);
        }
        if (!menu.getItems().isEmpty()) {
            menu.show(canvas, screenX, screenY);
        }
    }

    public SimulationViewModel model() {
        return model;
    }

    public void showWhatIf() {
        tabs.getSelectionModel().select(whatIfTab);
    }

    public void showBudget() {
        tabs.getSelectionModel().select(budgetTab);
    }

    public io.peerplan.app.ui.live.LiveStateView live() {
        tabs.getSelectionModel().select(liveTab);
        return liveView;
    }

    /**
     * Shows the migration report, for the selected cluster when one cluster is selected (what
     * Simulate ▸ Compare speakers opens), else for every cluster.
     */
    public void showMigration() {
        var keys = designer.selection().keys();
        String id = keys.size() == 1 ? keys.iterator().next() : null;
        migration.clusterProperty().set(id != null && isCluster(id) ? java.util.Optional.of(id) : java.util.Optional.empty());
        tabs.getSelectionModel().select(migrationTab);
    }

    private boolean isCluster(String id) {
        return new TopologyIndex(designer.topology()).kind(id).orElse(null) == io.peerplan.model.ElementKind.CLUSTER;
    }

    /** Whether the migration report's tab is the one shown. */
    public javafx.beans.binding.BooleanBinding migrationShownProperty() {
        return migrationShown;
    }

    /** The migration report's model (what switching the clusters to another speaker does). */
    public MigrationViewModel migration() {
        return migration;
    }

    public WhatIfView whatIf() {
        return whatIf;
    }
}
