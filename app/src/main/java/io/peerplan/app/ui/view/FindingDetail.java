package io.peerplan.app.ui.view;

import io.peerplan.app.findings.DesignFinding;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The selected finding in full, under the findings table: its whole message, the elements it is
 * about and how to fix it. Every line wraps, so nothing here is ever cut.
 */
final class FindingDetail extends ScrollPane {
    private final Label message = line("finding-detail-message");
    private final Label elements = line("finding-detail-elements");
    private final Label fix = line("finding-detail-fix");

    FindingDetail() {
        setId("finding-detail");
        getStyleClass().add("finding-detail");
        VBox box = new VBox(2, message, elements, fix);
        box.setPadding(new Insets(4, 8, 4, 8));
        setContent(box);
        setFitToWidth(true);
        setPrefViewportHeight(60);
        setMinHeight(40);
        show(null);
    }

    void show(DesignFinding f) {
        if (f == null) {
            message.setText("Select a finding to see it in full.");
            elements.setText("");
            fix.setText("");
        } else {
            message.setText(f.severity().name().toLowerCase(Locale.ROOT) + " · " + f.ruleId() + ": " + f.message());
            elements.setText(f.elementIds().isEmpty() ? "" : "Elements: " + String.join(", ", f.elementIds()));
            fix.setText(f.fixHint() == null ? "" : "Fix: " + f.fixHint());
        }
        for (Label l : new Label[] {elements, fix}) {
            l.setVisible(!l.getText().isEmpty());
            l.setManaged(l.isVisible());
        }
    }

    private static Label line(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
