package io.peerplan.app.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.Ikon;

/**
 * Every command of the window as a ControlsFX {@link Action}: one definition gives the menu item,
 * the toolbar button and the row in the keyboard-shortcut dialog, so the three never disagree.
 */
public final class DesignerActions {
    /** A command with its menu group, for the shortcut dialog. */
    public record Entry(String group, Action action, Ikon icon) {
    }

    private final Map<String, Entry> actions = new LinkedHashMap<>();

    public Action add(String group, String id, String text, String accelerator, Ikon icon, Runnable handler) {
        Action a = new Action(text, e -> handler.run());
        if (accelerator != null) {
            a.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        a.setLongText(accelerator == null ? text : text + "  (" + a.getAccelerator().getDisplayText() + ")");
        actions.put(id, new Entry(group, a, icon));
        return a;
    }

    /** A checkable command bound two ways to a boolean setting. */
    public Action toggle(String group, String id, String text, String accelerator, Ikon icon,
            javafx.beans.property.BooleanProperty setting) {
        Action a = add(group, id, text, accelerator, icon, () -> { });
        a.setSelected(setting.get());
        a.selectedProperty().bindBidirectional(setting);
        return a;
    }

    public Action get(String id) {
        return entry(id).action();
    }

    /**
     * A fresh icon node for the action, or null. Each menu item and button needs its own node (a
     * node has one parent), which is why the Action itself carries no graphic.
     */
    public javafx.scene.Node icon(String id) {
        Ikon ikon = entry(id).icon();
        return ikon == null ? null : io.peerplan.app.ui.view.Icons.glyph(ikon);
    }

    private Entry entry(String id) {
        Entry e = actions.get(id);
        if (e == null) {
            throw new IllegalArgumentException("no action " + id);
        }
        return e;
    }

    public void enableWhen(String id, ObservableBooleanValue condition) {
        get(id).disabledProperty().bind(javafx.beans.binding.Bindings.not(condition));
    }

    public List<Entry> all() {
        return new ArrayList<>(actions.values());
    }
}
