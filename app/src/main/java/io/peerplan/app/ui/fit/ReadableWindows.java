package io.peerplan.app.ui.fit;

import io.peerplan.app.files.Settings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Makes every window of the designer readable, dialogs included, without each view having to
 * remember: after each layout pass, a clipped label gets a tooltip with its whole text
 * ({@link ClippedText}) and a table shown with rows for the first time gets columns that fit their
 * content ({@link ColumnWidths}). One walk of the visible scene graph per layout pulse: a few
 * thousand nodes at most (tables and trees are virtual, the diagram is one canvas), well under a
 * millisecond.
 */
public final class ReadableWindows {
    private static final String INSTALLED = "peerplan.readable";
    private static Settings settings;
    private static boolean watching;

    private ReadableWindows() {
    }

    /** Watches every window, now and later (FX thread); column widths are remembered in these settings. */
    public static void install(Settings userSettings) {
        settings = userSettings;
        if (watching) {
            return;
        }
        watching = true;
        Window.getWindows().forEach(ReadableWindows::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(ReadableWindows::watch);
            }
        });
    }

    /** Popups (menus, tooltips) size themselves to their text, so only real windows are watched. */
    private static void watch(Window w) {
        if (w instanceof PopupWindow) {
            return;
        }
        install(w.getScene());
        w.sceneProperty().addListener((o, a, s) -> install(s));
    }

    private static void install(Scene scene) {
        if (scene == null || scene.getProperties().containsKey(INSTALLED)) {
            return;
        }
        scene.getProperties().put(INSTALLED, true);
        scene.addPostLayoutPulseListener(() -> {
            if (scene.getRoot() != null) {
                visit(scene.getRoot());
            }
        });
    }

    private static void visit(Node n) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            ClippedText.check(l);
        } else if (n instanceof TableView<?> t) {
            ColumnWidths.firstShow(t, settings);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child);
            }
        }
    }
}
