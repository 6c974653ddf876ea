package io.peerplan.app.ui.push;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The five steps of a push across the top of the dialog, the current one highlighted. */
final class StageBar extends HBox {
    private static final List<String> NAMES = List.of("1  Plan", "2  Diff", "3  Confirm", "4  Apply", "5  Report");
    private final List<Label> labels = NAMES.stream().map(Label::new).toList();

    StageBar() {
        super(4);
        setId("push-stages");
        setPadding(new Insets(10, 10, 8, 10));
        setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < labels.size(); i++) {
            if (i > 0) {
                Label arrow = new Label("›");
                arrow.setStyle("-fx-text-fill: -color-fg-muted; -fx-font-size: 15px;");
                getChildren().add(arrow);
            }
            labels.get(i).setId("push-stage-" + i);
            getChildren().add(labels.get(i));
        }
    }

    void show(PushViewModel.Stage stage, boolean dryRun) {
        int current = switch (stage) {
            case PLAN -> 0;
            case PREVIEWING, REVIEW -> 1;
            case APPLYING -> 3;
            case REPORT -> 4;
        };
        for (int i = 0; i < labels.size(); i++) {
            boolean skipped = dryRun && (i == 2 || i == 3);
            labels.get(i).setStyle("-fx-padding: 3 10 3 10; -fx-background-radius: 12; -fx-font-size: 13px;" + (i == current
                    ? "-fx-background-color: -color-accent-emphasis; -fx-text-fill: -color-fg-emphasis; -fx-font-weight: bold;"
                    : i < current ? "-fx-text-fill: -color-fg-default;" : skipped ? "-fx-text-fill: -color-fg-subtle; -fx-strikethrough: true;"
                            : "-fx-text-fill: -color-fg-muted;"));
        }
    }
}
