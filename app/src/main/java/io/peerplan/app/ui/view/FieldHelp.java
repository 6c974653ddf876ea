package io.peerplan.app.ui.view;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * A form field's help, shown on hover but not while the field has the caret: a tooltip opens below
 * the pointer after a second's rest, so after typing into a field (a text area's several lines take
 * a while) it lay over the next field, and the click meant for that field landed on the tooltip's
 * window, leaving the caret where it was. The field's label keeps the same help.
 */
final class FieldHelp {
    private FieldHelp() {
    }

    static void install(Control c, String text) {
        Tooltip help = new Tooltip(text);
        c.setTooltip(help);
        c.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                help.hide();
                c.setTooltip(null);
            } else {
                c.setTooltip(help);
            }
        });
    }
}
