package io.peerplan.app.ui.view;

import io.peerplan.app.design.ClusterRows;
import io.peerplan.app.diagram.Card;
import io.peerplan.app.findings.DesignFinding;
import io.peerplan.app.render.Picker;
import io.peerplan.app.ui.canvas.DiagramCanvas;
import io.peerplan.app.ui.vm.DesignerViewModel;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The whole text of the card under the pointer, as a tooltip: a card grows to fit its text up to a
 * width, and zoomed out shows only its name, so this is where everything reads in full (a cluster's
 * hidden "… N more" rows too), followed by the findings its badge counts (the badge's meaning,
 * message by message).
 */
public final class CardTooltip {
    private static final int MAX_ROWS = 30;
    private final Tooltip tip = new Tooltip();
    private final PauseTransition rest = new PauseTransition(Duration.millis(600));
    private final DiagramCanvas canvas;
    private final DesignerViewModel model;
    private double screenX;
    private double screenY;
    private double localX;
    private double localY;

    /**
     * Shown by hand after the pointer rests, and hidden at its next move, press or exit: an installed
     * tooltip stays up while the pointer moves over the one canvas node and would take the next
     * click meant for the card under it.
     */
    private CardTooltip(DiagramCanvas canvas, DesignerViewModel model) {
        this.canvas = canvas;
        this.model = model;
        tip.setWrapText(true);
        tip.setMaxWidth(560);
        rest.setOnFinished(e -> show());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            hide();
            screenX = e.getScreenX();
            screenY = e.getScreenY();
            localX = e.getX();
            localY = e.getY();
            rest.playFromStart();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hide());
        // A pointer that reaches the tooltip itself is on its way somewhere: out of its way at once.
        tip.addEventFilter(MouseEvent.ANY, e -> hide());
        canvas.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> hide());
        canvas.addEventFilter(javafx.scene.input.ScrollEvent.ANY, e -> hide());
    }

    public static void install(DiagramCanvas canvas, DesignerViewModel model) {
        new CardTooltip(canvas, model);
    }

    private void hide() {
        rest.stop();
        tip.hide();
    }

    private void show() {
        var v = canvas.viewport();
        Picker.Pick p = Picker.pick(model.diagramProperty().get(), v.toModelX(localX), v.toModelY(localY), v.scale(),
                Set.of(), null);
        String id = p.target() == Picker.Target.CARD || p.target() == Picker.Target.PORT ? p.card() : null;
        Card card = id == null ? null : model.diagramProperty().get().card(id).orElse(null);
        if (card != null && canvas.getScene() != null) {
            tip.setText(describe(card, model.findings().findings()));
            tip.show(canvas, screenX + 14, screenY + 18);
        }
    }

    static String describe(Card c, List<DesignFinding> findings) {
        StringBuilder s = new StringBuilder(c.title());
        for (String line : new String[] {c.subtitle(), c.detail()}) {
            if (line != null && !line.isBlank()) {
                s.append('\n').append(line);
            }
        }
        Set<String> keys = new HashSet<>(Set.of(c.id()));
        List<ClusterRows.Row> rows = c.rows() == null ? List.of() : c.rows();
        for (int i = 0; i < rows.size(); i++) {
            ClusterRows.Row r = rows.get(i);
            if (r.key() != null) {
                keys.add(r.key());
            }
            if (i < MAX_ROWS) {
                s.append("\n  ").append(r.label()).append(r.detail() == null || r.detail().isBlank() ? "" : "  " + r.detail());
            } else if (i == MAX_ROWS) {
                s.append("\n  … ").append(rows.size() - MAX_ROWS).append(" more");
            }
        }
        List<DesignFinding> mine = findings.stream().filter(f -> f.elementIds().stream().anyMatch(keys::contains)).toList();
        if (!mine.isEmpty()) {
            s.append("\n\n").append(io.peerplan.app.ui.fit.Words.count(mine.size(), "finding")).append(':');
            for (DesignFinding f : mine) {
                s.append("\n• ").append(f.severity().name().toLowerCase(Locale.ROOT)).append(": ").append(f.message());
            }
        }
        return s.toString();
    }
}
