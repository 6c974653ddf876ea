package io.peerplan.app.ui;

import io.peerplan.app.design.Aligning;
import io.peerplan.app.ui.vm.DesignerViewModel;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The window's commands, wired to the view-model, the canvas and the file controller. */
final class WindowActions {
    private WindowActions() {
    }

    static DesignerActions create(MainWindow w) {
        DesignerViewModel m = w.model();
        DesignerActions a = new DesignerActions();
        a.add("File", "new", "New", "Shortcut+N", MaterialDesignF.FILE_OUTLINE, w.files()::newEmpty);
        a.add("File", "open", "Open…", "Shortcut+O", MaterialDesignF.FOLDER_OPEN_OUTLINE, w.files()::open);
        a.add("File", "importFiles", "Import configs…", "Shortcut+I", MaterialDesignF.FILE_IMPORT_OUTLINE,
                w.imports()::chooseFiles);
        a.add("File", "importFolder", "Import a folder…", "Shortcut+Shift+I", MaterialDesignF.FOLDER_DOWNLOAD_OUTLINE,
                w.imports()::chooseFolder);
        a.add("File", "save", "Save", "Shortcut+S", MaterialDesignC.CONTENT_SAVE_OUTLINE, () -> w.files().save(() -> { }));
        a.add("File", "saveAs", "Save as…", "Shortcut+Shift+S", MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE,
                () -> w.files().saveAs(() -> { }));
        a.add("File", "exportPng", "Export diagram as PNG…", "Shortcut+E", MaterialDesignF.FILE_IMAGE_OUTLINE,
                () -> w.exportDiagram(false));
        a.add("File", "exportSvg", "Export diagram as SVG…", "Shortcut+Shift+E", MaterialDesignE.EXPORT,
                () -> w.exportDiagram(true));
        a.add("File", "exportConfigs", "Export configs…", "Shortcut+Shift+X", MaterialDesignF.FILE_CODE_OUTLINE,
                () -> new io.peerplan.app.ui.exportui.ExportDialog(w.stage(), m.topology(), w.io()).show());
        a.add("File", "push", "Push to devices…", "Shortcut+Shift+P", MaterialDesignU.UPLOAD_NETWORK_OUTLINE,
                () -> new io.peerplan.app.ui.push.PushDialog(w.stage(), m.topology(), w.settings()).show());
        a.add("File", "close", "Close", "Shortcut+W", null, w.files()::close);
        a.add("File", "quit", "Quit", "Shortcut+Q", null, w::requestClose);
        a.add("Edit", "undo", "Undo", "Shortcut+Z", MaterialDesignU.UNDO, m::undo);
        a.add("Edit", "redo", "Redo", "Shortcut+Shift+Z", MaterialDesignR.REDO, m::redo);
        a.add("Edit", "cut", "Cut", "Shortcut+X", MaterialDesignC.CONTENT_CUT, m.edits()::cut);
        a.add("Edit", "copy", "Copy", "Shortcut+C", MaterialDesignC.CONTENT_COPY, m.edits()::copy);
        a.add("Edit", "paste", "Paste", "Shortcut+V", MaterialDesignC.CONTENT_PASTE, m.edits()::paste);
        a.add("Edit", "duplicate", "Duplicate", "Shortcut+D", MaterialDesignC.CONTENT_DUPLICATE, m.edits()::duplicate);
        a.add("Edit", "delete", "Delete", "Delete", MaterialDesignD.DELETE_OUTLINE, m.edits()::deleteSelection);
        a.add("Edit", "selectAll", "Select all", "Shortcut+A", null, m.edits()::selectAll);
        a.add("Edit", "find", "Find…", "Shortcut+F", MaterialDesignM.MAGNIFY, w::find);
        a.add("View", "zoomIn", "Zoom in", "Shortcut+Equals", MaterialDesignM.MAGNIFY_PLUS_OUTLINE, () -> w.canvas().zoomBy(1.25));
        a.add("View", "zoomOut", "Zoom out", "Shortcut+Minus", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, () -> w.canvas().zoomBy(0.8));
        a.add("View", "fit", "Fit to window", "Shortcut+0", MaterialDesignF.FIT_TO_PAGE_OUTLINE, w.canvas()::fit);
        a.add("View", "actual", "Actual size (100 %)", "Shortcut+1", MaterialDesignM.MAGNIFY_SCAN, w.canvas()::actualSize);
        a.toggle("View", "grid", "Show grid", null, MaterialDesignG.GRID, m.showGridProperty());
        a.toggle("View", "snap", "Snap to grid", "Shortcut+G", MaterialDesignM.MAGNET, m.snapToGridProperty());
        a.toggle("View", "connect", "Connect mode (drag draws peerings)", "Shortcut+K", MaterialDesignV.VECTOR_LINE,
                w.canvas().connectModeProperty());
        a.toggle("View", "legend", "Legend", "Shortcut+Shift+L", MaterialDesignM.MAP_LEGEND, w.legend().visibleProperty());
        a.toggle("View", "showLeft", "Palette and outline", "Shortcut+Alt+1", null, w.panes().leftShownProperty());
        a.toggle("View", "showInspector", "Inspector", "Shortcut+Alt+2", null, w.panes().inspectorShownProperty());
        a.toggle("View", "showBottom", "Findings, simulation and lab", "Shortcut+Alt+3", null,
                w.panes().bottomShownProperty());
        a.toggle("View", "dark", "Dark theme", "Shortcut+Shift+T", MaterialDesignT.THEME_LIGHT_DARK, w.theme().darkProperty());
        a.add("Arrange", "layout", "Auto-layout", "Shortcut+L", MaterialDesignG.GRAPH_OUTLINE, m.edits()::autoLayout);
        for (Aligning.Edge edge : Aligning.Edge.values()) {
            String name = edge.name().charAt(0) + edge.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            a.add("Arrange", "align" + name, edge.label(), null, null, () -> m.edits().align(edge));
        }
        a.add("Arrange", "distributeH", "Distribute horizontally", null, null, () -> m.edits().distribute(true));
        a.add("Arrange", "distributeV", "Distribute vertically", null, null, () -> m.edits().distribute(false));
        a.toggle("Simulate", "simulate", "Simulation mode", "Shortcut+M", MaterialDesignS.SIGNAL_DISTANCE_VARIANT,
                w.simulation().activeProperty());
        a.add("Simulate", "whatifReset", "Back to baseline (undo all what-ifs)", null, null, w.simulation()::reset);
        a.add("Simulate", "budget", "Failover budget", null, null, () -> {
            w.simulation().activeProperty().set(true);
            w.simulationPanel().showBudget();
        });
        a.add("Simulate", "migration", "Compare speakers (migration report)", null, null, () -> {
            w.simulation().activeProperty().set(true);
            w.simulationPanel().showMigration();
        });
        a.add("Simulate", "rehearse", "Rehearse in lab", null, MaterialDesignF.FLASK_OUTLINE, w::rehearseInLab);
        a.get("rehearse").disabledProperty().bind(w.labPanel().rehearsableProperty().not());
        a.get("rehearse").longTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> w.labPanel()
                .disabledReasonProperty().get() == null ? "Rehearse in lab: the design on real FRR, compared with the"
                        + " simulator" : w.labPanel().disabledReasonProperty().get(), w.labPanel().disabledReasonProperty()));
        a.add("Help", "shortcuts", "Keyboard shortcuts", "F1", MaterialDesignK.KEYBOARD_OUTLINE,
                () -> ShortcutsDialog.show(w.stage(), a));
        a.add("Help", "about", "About Peerplan", null, MaterialDesignA.ACCOUNT_NETWORK_OUTLINE, w::about);
        a.enableWhen("undo", m.document().canUndoProperty());
        a.enableWhen("redo", m.document().canRedoProperty());
        a.get("undo").textProperty().bind(m.document().undoTextProperty());
        a.get("redo").textProperty().bind(m.document().redoTextProperty());
        var hasSelection = javafx.beans.binding.Bindings.createBooleanBinding(() -> !m.selection().keys().isEmpty(),
                m.selection().keysProperty());
        for (String id : new String[] {"cut", "copy", "duplicate", "delete"}) {
            a.enableWhen(id, hasSelection);
        }
        var cards = javafx.beans.binding.Bindings.createIntegerBinding(() -> Aligning.cards(m.topology(),
                m.selection().keys()).size(), m.selection().keysProperty(), m.document().topologyProperty());
        for (Aligning.Edge edge : Aligning.Edge.values()) {
            String name = edge.name().charAt(0) + edge.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            a.enableWhen("align" + name, cards.greaterThanOrEqualTo(2));
        }
        a.enableWhen("distributeH", cards.greaterThanOrEqualTo(3));
        a.enableWhen("distributeV", cards.greaterThanOrEqualTo(3));
        return a;
    }
}
