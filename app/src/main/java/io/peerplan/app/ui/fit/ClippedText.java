package io.peerplan.app.ui.fit;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Text that does not fit says so: when JavaFX shortens a {@link Labeled}'s text (an ellipsis in the
 * text its skin renders), the label gets a tooltip with the whole text; when it fits again, the
 * tooltip goes. A tooltip of the label's own that lacks the whole text keeps its words, after it.
 */
final class ClippedText {
    /** Marks a tooltip as ours; the value is the label's own tooltip text ("" for none). */
    private static final String OURS = "peerplan.clipped-text";

    private ClippedText() {
    }

    static void check(Labeled l) {
        String full = shownText(l);
        Text rendered = rendered(l);
        boolean clipped = !full.isEmpty() && rendered != null && !full.equals(rendered.getText());
        Tooltip t = l.getTooltip();
        boolean ours = t != null && t.getProperties().containsKey(OURS);
        if (clipped) {
            if (t != null && t.getText() != null && t.getText().contains(full)) {
                return;
            }
            String own = ours ? (String) t.getProperties().get(OURS) : t == null || t.getText() == null ? "" : t.getText();
            Tooltip mine = new Tooltip(own.isEmpty() ? full : full + "\n\n" + own);
            mine.getProperties().put(OURS, own);
            mine.setWrapText(true);
            mine.setMaxWidth(640);
            l.setTooltip(mine);
        } else if (ours) {
            String own = (String) t.getProperties().get(OURS);
            l.setTooltip(own.isEmpty() ? null : new Tooltip(own));
        }
    }

    /** The text as it reads on screen when nothing is cut: a mnemonic's underscore is not shown. */
    static String shownText(Labeled l) {
        String s = l.getText();
        if (s == null) {
            return "";
        }
        if (l.isMnemonicParsing()) {
            int i = s.indexOf('_');
            if (i >= 0 && i + 1 < s.length()) {
                s = s.substring(0, i) + s.substring(i + 1);
            }
        }
        return s;
    }

    /** The skin's text node (not a glyph icon, which is a Text too), or null before the skin exists. */
    private static Text rendered(Labeled l) {
        for (Node n : l.getChildrenUnmodifiable()) {
            if (n instanceof Text t && n != l.getGraphic()) {
                return t;
            }
        }
        return null;
    }
}
