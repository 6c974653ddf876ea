package io.peerplan.app.ui;

import io.peerplan.model.sample.Samples;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/** The menu bar and toolbar, built from {@link DesignerActions}. */
final class MenuFactory {
    private MenuFactory() {
    }

    static MenuBar menuBar(DesignerActions a, FileController files) {
        Menu samples = new Menu("New from sample");
        for (Samples.Sample s : Samples.all()) {
            MenuItem item = new MenuItem(s.name());
            item.setOnAction(e -> files.newFromSample(s.name()));
            samples.getItems().add(item);
        }
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> fillRecent(recent, files));
        fillRecent(recent, files);
        Menu file = new Menu("_File", null, item(a, "new"), samples, item(a, "open"), recent, item(a, "importFiles"), item(a, "importFolder"),
                new SeparatorMenuItem(),
                item(a, "save"), item(a, "saveAs"), new SeparatorMenuItem(), item(a, "exportPng"), item(a, "exportSvg"),
                item(a, "exportConfigs"),
                item(a, "push"),
                new SeparatorMenuItem(), item(a, "close"), item(a, "quit"));
        Menu edit = new Menu("_Edit", null, item(a, "undo"), item(a, "redo"), new SeparatorMenuItem(), item(a, "cut"),
                item(a, "copy"), item(a, "paste"), item(a, "duplicate"), item(a, "delete"), new SeparatorMenuItem(),
                item(a, "selectAll"), item(a, "find"));
        Menu view = new Menu("_View", null, item(a, "zoomIn"), item(a, "zoomOut"), item(a, "fit"), item(a, "actual"),
                new SeparatorMenuItem(), check(a, "grid"), check(a, "snap"), check(a, "connect"), new SeparatorMenuItem(),
                check(a, "legend"), new SeparatorMenuItem(), check(a, "showLeft"), check(a, "showInspector"), check(a, "showBottom"), new SeparatorMenuItem(),
                check(a, "dark"));
        Menu arrange = new Menu("_Arrange", null, item(a, "layout"), new SeparatorMenuItem(), item(a, "alignLeft"),
                item(a, "alignCenter"), item(a, "alignRight"), item(a, "alignTop"), item(a, "alignMiddle"),
                item(a, "alignBottom"), new SeparatorMenuItem(), item(a, "distributeH"), item(a, "distributeV"));
        Menu simulate = new Menu("_Simulate", null, check(a, "simulate"), item(a, "whatifReset"), item(a, "budget"),
                item(a, "migration"), new SeparatorMenuItem(), item(a, "rehearse"));
        Menu help = new Menu("_Help", null, item(a, "shortcuts"), item(a, "about"));
        MenuBar bar = new MenuBar(file, edit, view, arrange, simulate, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static void fillRecent(Menu recent, FileController files) {
        List<Path> list = files.recent().list();
        recent.getItems().clear();
        if (list.isEmpty()) {
            MenuItem none = new MenuItem("No recent projects");
            none.setDisable(true);
            recent.getItems().add(none);
            return;
        }
        for (Path p : list) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> files.open(p));
            recent.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear list");
        clear.setOnAction(e -> files.recent().clear());
        recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }

    static ToolBar toolBar(DesignerActions a) {
        ToolBar bar = new ToolBar();
        String[][] groups = {{"new", "open", "save"}, {"undo", "redo"}, {"copy", "paste", "duplicate", "delete"},
            {"zoomOut", "zoomIn", "fit", "actual"}, {"connect", "snap", "grid", "layout"}, {"simulate", "rehearse"}, {"exportPng", "push", "dark", "shortcuts"}};
        for (String[] group : groups) {
            if (!bar.getItems().isEmpty()) {
                bar.getItems().add(new javafx.scene.control.Separator());
            }
            for (String id : group) {
                Action action = a.get(id);
                var button = isToggle(id) ? ActionUtils.createToggleButton(action, ActionUtils.ActionTextBehavior.HIDE)
                        : ActionUtils.createButton(action, ActionUtils.ActionTextBehavior.HIDE);
                button.setId("tool-" + id);
                button.graphicProperty().unbind();
                button.setGraphic(a.icon(id));
                button.setFocusTraversable(false);
                bar.getItems().add(button);
            }
        }
        return bar;
    }

    private static boolean isToggle(String id) {
        return id.equals("connect") || id.equals("snap") || id.equals("grid") || id.equals("dark") || id.equals("simulate");
    }

    private static MenuItem item(DesignerActions a, String id) {
        MenuItem i = ActionUtils.createMenuItem(a.get(id));
        i.setId("menu-" + id);
        i.graphicProperty().unbind();
        i.setGraphic(a.icon(id));
        return i;
    }

    private static MenuItem check(DesignerActions a, String id) {
        MenuItem i = ActionUtils.createCheckMenuItem(a.get(id));
        i.setId("menu-" + id);
        i.graphicProperty().unbind();
        return i;
    }
}
