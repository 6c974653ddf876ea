package io.peerplan.app.ui.fit;

import io.peerplan.app.files.Settings;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Table columns sized to their content when the table first shows rows, and the widths the user
 * then gives them remembered per table (its id) in {@link Settings}. Measuring reads at most
 * {@value #SAMPLED_ROWS} rows, so a 6,000-service table costs no more than a small one.
 */
final class ColumnWidths {
    private static final String DONE = "peerplan.columns-fitted";
    private static final int SAMPLED_ROWS = 200;
    private static final double MAX_FIT = 560;
    private static final double SLACK = 22;

    /** Widths waiting to be written: a drag or a window resize changes them on every pulse; one write after it. */
    private static final java.util.Map<String, String> PENDING = new java.util.LinkedHashMap<>();
    private static final javafx.animation.PauseTransition SAVE = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(500));

    private ColumnWidths() {
    }

    private static void save(Settings settings) {
        PENDING.forEach((k, v) -> {
            if (!v.equals(settings.get(k, null))) {
                settings.put(k, v);
            }
        });
        PENDING.clear();
    }

    /** Sizes the columns once, when the table has an id, a skin and rows; later calls do nothing. */
    static void firstShow(TableView<?> table, Settings settings) {
        if (table.getProperties().containsKey(DONE) || table.getId() == null || table.getSkin() == null
                || table.getItems() == null || table.getItems().isEmpty()) {
            return;
        }
        table.getProperties().put(DONE, true);
        Font font = cellFont(table);
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            String key = "columns." + table.getId() + "." + (c.getText() == null ? "" : c.getText());
            String remembered = settings == null ? null : settings.get(key, null);
            double width = parse(remembered);
            c.setPrefWidth(width > 0 ? width : Math.max(c.getMinWidth(), Math.min(MAX_FIT, content(table, c, font))));
            if (settings != null) {
                c.widthProperty().addListener((o, a, w) -> {
                    if (Math.abs(w.doubleValue() - a.doubleValue()) >= 1) {
                        PENDING.put(key, Long.toString(Math.round(w.doubleValue())));
                        SAVE.setOnFinished(e -> save(settings));
                        SAVE.playFromStart();
                    }
                });
            }
        }
    }

    private static double content(TableView<?> table, TableColumn<?, ?> c, Font font) {
        double widest = measure(c.getText(), font) + SLACK + 8;
        int rows = Math.min(SAMPLED_ROWS, table.getItems().size());
        for (int r = 0; r < rows; r++) {
            Object v = c.getCellData(r);
            widest = Math.max(widest, measure(v == null ? "" : v.toString(), font) + SLACK);
        }
        return Math.ceil(widest);
    }

    private static double measure(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** The font the cells are drawn with (the theme sets it in CSS), from a cell on screen if there is one. */
    private static Font cellFont(TableView<?> table) {
        return table.lookupAll(".table-cell").stream().filter(n -> n instanceof TableCell<?, ?>)
                .map(n -> ((TableCell<?, ?>) n).getFont()).findFirst().orElse(Font.getDefault());
    }

    private static double parse(String v) {
        if (v == null) {
            return -1;
        }
        try {
            double d = Double.parseDouble(v);
            return d >= 20 && d <= 2000 ? d : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
