package io.peerplan.app.ui;

import io.peerplan.app.design.Layouts;
import io.peerplan.app.files.RecentFiles;
import io.peerplan.app.files.Recovery;
import io.peerplan.app.files.Settings;
import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.ui.canvas.DiagramCanvas;
import io.peerplan.app.ui.fit.ReadableWindows;
import io.peerplan.app.ui.layout.WindowLayout;
import io.peerplan.app.ui.view.CardTooltip;
import io.peerplan.app.ui.view.FindingsView;
import io.peerplan.app.ui.view.InspectorView;
import io.peerplan.app.ui.view.OutlineView;
import io.peerplan.app.ui.view.PaletteView;
import io.peerplan.app.ui.view.StatusBarView;
import io.peerplan.app.ui.vm.DesignerViewModel;
import io.peerplan.app.ui.vm.InspectorViewModel;
import io.peerplan.model.Topology;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The designer window: menu and toolbar on top; palette and outline on the left; the canvas with
 * the findings under it in the middle; the inspector on the right; the status bar below. This
 * class only assembles and wires; behaviour lives in the view-models, views and controllers.
 */
public final class MainWindow {
    private final Stage stage;
    private final Settings settings;
    private final DesignerViewModel model;
    private final InspectorViewModel inspectorModel;
    private final DiagramCanvas canvas;
    private final ThemeController theme;
    private final Background io = new Background();
    private final FileController files;
    private final ConfigImport imports;
    private final InspectorView inspector;
    private final FindingsView findings;
    private final OutlineView outline;
    private final DesignerActions actions;
    private final io.peerplan.app.ui.sim.SimulationViewModel simulation;
    private final io.peerplan.app.ui.sim.SimulationPanel simulationPanel;
    private final io.peerplan.app.ui.lab.LabPanel labPanel;
    private javafx.scene.control.Tab labTab;
    private final javafx.scene.control.TabPane bottom = new javafx.scene.control.TabPane();
    private final WindowLayout panes;
    private io.peerplan.app.ui.find.FindWindow findWindow;
    private static final double LEGEND_MARGIN = 12;
    private io.peerplan.app.ui.view.LegendView legend;
    private final Scene scene;

    public MainWindow(Stage stage, Settings settings, FindingsSource findingsSource, long validationDelayMs) {
        this.stage = stage;
        this.settings = settings;
        this.theme = new ThemeController(settings);
        ReadableWindows.install(settings);
        this.model = new DesignerViewModel(Topology.empty("untitled"), null, findingsSource, Platform::runLater,
                validationDelayMs);
        this.inspectorModel = new InspectorViewModel(model);
        this.canvas = new DiagramCanvas(model);
        canvas.setId("diagram-canvas");
        canvas.themeProperty().set(theme.diagramTheme());
        theme.darkProperty().addListener((o, a, b) -> canvas.themeProperty().set(theme.diagramTheme()));
        this.files = new FileController(stage, model, io, new RecentFiles(settings.home()),
                Recovery.forThisProcess(settings.home()), () -> Platform.runLater(canvas::fit));
        this.imports = new ConfigImport(stage, model, io, files);
        this.inspector = new InspectorView(inspectorModel);
        this.findings = new FindingsView(model, inspectorModel, canvas::reveal);
        this.outline = new OutlineView(model);
        CardTooltip.install(canvas, model);
        outline.setOnActivate(canvas::reveal);
        canvas.setOnInspect(k -> {
            model.selection().select(k);
            inspector.focusFirstField();
        });
        this.simulation = new io.peerplan.app.ui.sim.SimulationViewModel(model::topology, Platform::runLater);
        this.simulationPanel = new io.peerplan.app.ui.sim.SimulationPanel(simulation, canvas, model);
        this.labPanel = new io.peerplan.app.ui.lab.LabPanel(new io.peerplan.app.ui.lab.LabViewModel(model::topology,
                () -> simulation.activeProperty().get() ? simulation.scenarioProperty().get() : null, Platform::runLater));
        simulation.activeProperty().addListener((o, a, b) -> labPanel.scenarioChanged());
        simulation.scenarioProperty().addListener((o, a, b) -> labPanel.scenarioChanged());
        this.panes = buildPanes();
        this.actions = WindowActions.create(this);
        this.scene = new Scene(layout(), 1440, 900);
        theme.install(scene);
        installKeys();
        installFileDrop();
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
    }

    /** The findings, simulation and lab tabs, then the panes around the canvas. */
    private WindowLayout buildPanes() {
        javafx.scene.control.Tab findingsTab = new javafx.scene.control.Tab("Findings", findings);
        findingsTab.setId("tab-findings");
        // The simulation panel (a tab pane of tables) joins the scene when its tab is first selected: hidden,
        // it would still cost its skins and a CSS pass before the window's first frame.
        javafx.scene.control.Tab simulationTab = new javafx.scene.control.Tab("Simulation");
        simulationTab.setId("tab-simulation");
        simulationTab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && simulationTab.getContent() == null) {
                simulationTab.setContent(simulationPanel);
            }
        });
        // Same for the lab panel; rehearseInLab() selects its tab first, so the panel is on screen when it runs.
        labTab = new javafx.scene.control.Tab("Lab");
        labTab.setId("tab-lab");
        labTab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && labTab.getContent() == null) {
                labTab.setContent(labPanel);
            }
        });
        bottom.getTabs().setAll(findingsTab, simulationTab, labTab);
        bottom.getTabs().forEach(t -> t.setClosable(false));
        PaletteView palette = new PaletteView(canvas);
        legend = new io.peerplan.app.ui.view.LegendView(model, simulation, canvas.themeProperty(), canvas.textMeasure());
        legend.setVisible("true".equals(settings.get("legend.shown", "false")));
        legend.visibleProperty().addListener((o, a, on) -> settings.put("legend.shown", Boolean.toString(on)));
        javafx.scene.layout.StackPane drawing = new javafx.scene.layout.StackPane(canvas, legend);
        javafx.scene.layout.StackPane.setAlignment(legend, javafx.geometry.Pos.BOTTOM_LEFT);
        javafx.scene.layout.StackPane.setMargin(legend, new javafx.geometry.Insets(LEGEND_MARGIN));
        canvas.keepClear(legend, LEGEND_MARGIN);
        var panes = new WindowLayout(settings, palette, palette::setCompact, new io.peerplan.app.ui.view.OutlinePane(outline), drawing,
                inspector, bottom);
        simulation.activeProperty().addListener((o, a, on) -> {
            if (on) {
                panes.bottomShownProperty().set(true);
                bottom.getSelectionModel().select(simulationTab);
                panes.growBottom(0.4);
            }
        });
        bottom.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab == labTab) {
                panes.growBottom(0.5);
            }
        });
        // The migration report's tables need rows: as much room as the lab's, and in the compact layout's
        // narrow column (where its bar and summary wrap) most of the column.
        simulationPanel.migrationShownProperty().addListener((o, a, shown) -> {
            if (shown) {
                panes.growBottom(panes.compactProperty().get() ? 0.8 : 0.5);
            }
        });
        return panes;
    }

    private BorderPane layout() {
        BorderPane root = new BorderPane(panes.root());
        root.setTop(new VBox(MenuFactory.menuBar(actions, files), MenuFactory.toolBar(actions)));
        root.setBottom(new StatusBarView(model, canvas, io.busyProperty()));
        return root;
    }

    /** Keys the menu accelerators do not cover, and only when no text field has the focus. */
    private void installKeys() {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
                return;
            }
            double step = e.isShiftDown() ? 1 : Layouts.GRID;
            switch (e.getCode()) {
                case BACK_SPACE, DELETE -> model.edits().deleteSelection();
                case Y -> {
                    if (e.isShortcutDown()) {
                        model.redo();
                    }
                }
                case LEFT -> model.edits().nudge(-step, 0);
                case RIGHT -> model.edits().nudge(step, 0);
                case UP -> model.edits().nudge(0, -step);
                case DOWN -> model.edits().nudge(0, step);
                default -> {
                    return;
                }
            }
            if (e.getCode() != KeyCode.Y || e.isShortcutDown()) {
                e.consume();
            }
        });
    }

    /** Dropping a project file anywhere on the window opens it (after asking about unsaved changes). */
    private void installFileDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            e.setDropCompleted(!dropped.isEmpty());
            e.consume();
            if (!dropped.isEmpty()) {
                Path p = dropped.getFirst().toPath();
                Platform.runLater(() -> files.open(p));
            }
        });
    }

    /** Shows the window, then the topology (or the recovery offer when there is none). */
    public void show(Topology initial, Path file) {
        stage.show();
        if (initial != null) {
            files.show(initial, file);
        } else {
            Platform.runLater(files::offerRecovery);
        }
    }

    /**
     * Shows the window with a project prepared off the FX thread: the project is in place before the
     * window's first frame. {@code displayed} runs on the FX thread once the canvas shows it.
     */
    void show(FileController.Loaded initial, Path file, Runnable displayed) {
        files.show(initial, file, displayed);
        stage.show();
    }

    /** Close: asks about unsaved changes, then removes the recovery file and exits. */
    public void requestClose() {
        files.guard(this::dispose);
    }

    /** Closes the window without asking: stops autosave, validation, simulation and the I/O worker. */
    public void dispose() {
        panes.close();
        files.closed();
        model.close();
        simulation.close();
        simulationPanel.migration().close();
        labPanel.model().close();
        io.close();
        if (findWindow != null) {
            findWindow.stage().close();
        }
        stage.close();
    }

    /** The export dialog (background, badges, legend, scale, file), then the export. */
    void exportDiagram(boolean svg) {
        String base = model.topology().name() == null ? "diagram" : model.topology().name();
        new DiagramExportDialog(stage, svg, base, DiagramExport.Options.like(theme.diagramTheme()), settings).showAndWait()
                .ifPresent(c -> export(c.file(), svg, c.options()));
    }

    /** Writes the diagram as it looks in the window now; the file work runs in the background. */
    public void export(Path file, boolean svg) {
        export(file, svg, DiagramExport.Options.like(theme.diagramTheme()));
    }

    /** Writes the diagram with these options; the file work runs in the background. */
    public void export(Path file, boolean svg, DiagramExport.Options options) {
        var diagram = model.diagramProperty().get();
        var marks = model.marksProperty().get();
        var measure = canvas.textMeasure();
        if (svg) {
            io.run(() -> {
                DiagramExport.writeSvg(file, DiagramExport.svg(diagram, marks, options, measure));
                return null;
            }, r -> model.statusProperty().set("Exported " + file), e -> Dialogs.error(stage, "Export failed", e.getMessage()));
        } else {
            DiagramExport.Pixels pixels = DiagramExport.rasterise(diagram, marks, options, measure);
            io.run(() -> {
                pixels.writePng(file);
                return null;
            }, r -> model.statusProperty().set("Exported " + file), e -> Dialogs.error(stage, "Export failed", e.getMessage()));
        }
    }

    /** Find (Ctrl+F): one window per designer window, made on first use. */
    public io.peerplan.app.ui.find.FindWindow find() {
        if (findWindow == null) {
            var vm = new io.peerplan.app.ui.find.FindViewModel(model::topology, key -> {
                model.selection().select(key);
                canvas.reveal(List.of(key));
            });
            findWindow = new io.peerplan.app.ui.find.FindWindow(stage, vm, theme::install);
        }
        findWindow.show();
        return findWindow;
    }

    /** "Rehearse in lab": shows the lab panel and starts a rehearsal of the design on real FRR. */
    public void rehearseInLab() {
        bottom.getSelectionModel().select(labTab);
        labPanel.rehearse();
    }

    void about() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About Peerplan");
        a.setHeaderText("Peerplan");
        a.setContentText("A designer for Kubernetes load-balancer networks with MetalLB in BGP mode.\n"
                + "Draw regions, gateways, providers, clusters and peerings; Peerplan checks them as you go.");
        a.show();
    }

    public Stage stage() {
        return stage;
    }

    /** The user's designer settings (theme, push login settings...). */
    public Settings settings() {
        return settings;
    }

    public DesignerViewModel model() {
        return model;
    }

    public InspectorViewModel inspectorModel() {
        return inspectorModel;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public FileController files() {
        return files;
    }

    public ConfigImport imports() {
        return imports;
    }

    public ThemeController theme() {
        return theme;
    }

    public Background io() {
        return io;
    }

    public FindingsView findings() {
        return findings;
    }

    public OutlineView outline() {
        return outline;
    }

    public io.peerplan.app.ui.sim.SimulationViewModel simulation() {
        return simulation;
    }

    public io.peerplan.app.ui.sim.SimulationPanel simulationPanel() {
        return simulationPanel;
    }

    public io.peerplan.app.ui.lab.LabPanel labPanel() {
        return labPanel;
    }

    /** The window's panes: which are shown, and whether the compact layout is on. */
    public WindowLayout panes() {
        return panes;
    }

    /** The legend over the canvas (View → Legend). */
    public io.peerplan.app.ui.view.LegendView legend() {
        return legend;
    }

    public Scene scene() {
        return scene;
    }
}
