package io.peerplan.app.ui.push;

import io.peerplan.app.ui.exportui.ConfigHighlighter;
import javafx.geometry.Insets;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A device's diff as a unified view, one row per line: removed lines "- " in red on a pink bar,
 * added lines "+ " in green on a pale green bar, section headers bold; inside a changed line the
 * config keywords are bold, as in the export preview's {@link ConfigHighlighter}.
 */
final class DiffView extends VBox {
    private static final String MONO = "-fx-font-family: monospace; -fx-font-size: 12.5px;";

    DiffView() {
        setId("push-diff");
        setPadding(new Insets(6));
        setFillWidth(true);
    }

    void show(String diff, String empty) {
        getChildren().clear();
        if (diff == null || diff.isBlank()) {
            getChildren().add(row("diff-empty", "", text(empty, "-fx-fill: -color-fg-muted; -fx-font-size: 12.5px;")));
            return;
        }
        for (DiffLines.Line line : DiffLines.parse(diff)) {
            switch (line.kind()) {
                case HEADER -> getChildren().add(row("diff-header", "-fx-padding: 6 4 2 4;",
                        text(line.text(), MONO + "-fx-font-weight: bold; -fx-fill: -color-fg-default;")));
                case CONTEXT -> getChildren().add(row("diff-context", "", text(line.text(), MONO + "-fx-fill: -color-fg-muted;")));
                case DELETE, ADD -> getChildren().add(changed(line));
            }
        }
    }

    private TextFlow changed(DiffLines.Line line) {
        boolean del = line.kind() == DiffLines.Kind.DELETE;
        String fill = del ? "-fx-fill: #b31d28;" : "-fx-fill: #1a7f37;";
        int cut = Math.min(2, line.text().length());
        TextFlow row = row(del ? "diff-delete" : "diff-add", "-fx-background-color: " + (del ? "#ffebe9" : "#dafbe1") + ";",
                text(line.text().substring(0, cut), MONO + fill + "-fx-font-weight: bold;"));
        for (ConfigHighlighter.Span s : ConfigHighlighter.highlight(line.text().substring(cut))) {
            row.getChildren().add(text(s.text(), MONO + fill + (s.style() == ConfigHighlighter.Style.KEYWORD ? "-fx-font-weight: bold;" : "")));
        }
        return row;
    }

    private static TextFlow row(String styleClass, String style, Text first) {
        TextFlow f = new TextFlow(first);
        f.getStyleClass().add(styleClass);
        f.setStyle("-fx-padding: 1 4 1 4;" + style);
        return f;
    }

    private static Text text(String s, String style) {
        Text t = new Text(s);
        t.setStyle(style);
        return t;
    }

    /** The text shown, one line per row, for tests. */
    String shown() {
        StringBuilder b = new StringBuilder();
        getChildren().forEach(n -> {
            ((TextFlow) n).getChildren().forEach(t -> b.append(((Text) t).getText()));
            b.append('\n');
        });
        return b.toString();
    }
}
