package io.peerplan.app.ui.view;

import io.peerplan.app.inspect.FieldSpec;
import io.peerplan.app.ui.vm.FieldViewModel;
import io.peerplan.app.ui.vm.InspectorViewModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.TraversalDirection;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The inspector: a form for the selected element, built from its {@link FieldViewModel}s. Each
 * field carries a ControlsFX validation decoration that reacts as the user types; Enter or leaving
 * the field commits one edit, Escape reverts.
 */
public final class InspectorView extends ScrollPane {
    private final InspectorViewModel model;
    private final VBox content = new VBox(4);
    private final Label title = new Label();
    private final VBox hints = new VBox(2);
    /** The hints scroll on their own past a third of the panel: four findings' fixes would hide every field at 1366x768. */
    private final ScrollPane hintsPane = new ScrollPane(hints);
    private ValidationSupport validation = new ValidationSupport();
    private final Map<String, Control> byLabel = new java.util.HashMap<>();

    public InspectorView(InspectorViewModel model) {
        this.model = model;
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.setPadding(new Insets(8));
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(model.titleProperty());
        setContent(content);
        model.fields().addListener((ListChangeListener<FieldViewModel>) c -> rebuild());
        model.hints().addListener((ListChangeListener<String>) c -> showHints());
        hints.setId("inspector-hints");
        hints.getStyleClass().add("inspector-hints");
        hintsPane.getStyleClass().add("inspector-hints-pane");
        hintsPane.setFitToWidth(true);
        hintsPane.setHbarPolicy(ScrollBarPolicy.NEVER);
        hintsPane.maxHeightProperty().bind(heightProperty().divide(3));
        model.focusRequestProperty().addListener((o, a, label) -> focus(label));
        // Tab walks a form taller than the panel: the field with the caret scrolls into view.
        javafx.beans.value.ChangeListener<Node> follow = (o, a, owner) -> {
            if (owner != null && inForm(owner)) {
                reveal(owner);
            }
        };
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(follow);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(follow);
            }
        });
        rebuild();
    }

    /** Scrolls the form the least that shows the whole of a control of it. */
    public void reveal(Node node) {
        layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = getVvalue() * (contentHeight - viewHeight);
        if (b.getMinY() < top) {
            setVvalue(b.getMinY() / (contentHeight - viewHeight));
        } else if (b.getMaxY() > top + viewHeight) {
            setVvalue(Math.min(1, (b.getMaxY() - viewHeight) / (contentHeight - viewHeight)));
        }
    }

    private boolean inForm(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    /** Puts the caret in the field with this label (a clicked finding's field), its text selected. */
    private void focus(String label) {
        Control c = label == null ? null : byLabel.get(label);
        if (c != null) {
            Platform.runLater(() -> {
                c.requestFocus();
                if (c instanceof TextInputControl input) {
                    input.selectAll();
                }
            });
        }
    }

    /** Puts the caret in the first editable field (double-click on the canvas does this). */
    public void focusFirstField() {
        content.lookupAll(".inspector-field").stream().filter(n -> n instanceof TextField).findFirst()
                .ifPresent(n -> Platform.runLater(n::requestFocus));
    }

    private void rebuild() {
        String focused = focusedId();
        validation = new ValidationSupport();
        byLabel.clear();
        content.getChildren().setAll(title, hintsPane);
        showHints();
        Map<String, GridPane> grids = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (FieldViewModel f : model.fields()) {
            GridPane grid = grids.computeIfAbsent(f.spec().section(), section -> {
                Label heading = new Label(section);
                heading.getStyleClass().add("inspector-section");
                // "Prefix list default_from_mylovelycozycloud" is wider than a narrow inspector.
                heading.setWrapText(true);
                GridPane g = grid();
                content.getChildren().addAll(heading, g);
                return g;
            });
            int row = grid.getRowCount();
            Label label = new Label(f.label());
            label.getStyleClass().add("inspector-label");
            // The label column is narrow: "Match prefix-list" takes two lines rather than an ellipsis.
            label.setWrapText(true);
            if (f.spec().help() != null) {
                label.setTooltip(new Tooltip(f.spec().help()));
            }
            if (f.spec().editor() == FieldSpec.Editor.TABLE) {
                // A table needs the inspector's whole width: its label sits above it.
                TableEditor table = new TableEditor(f.table(), uniqueId(f, ids), validation);
                byLabel.putIfAbsent(f.label(), table.focusTarget());
                if (!f.label().equals(f.spec().section())) {
                    grid.add(label, 0, row++, 2, 1);
                }
                grid.add(table, 0, row, 2, 1);
                continue;
            }
            Node editor = editor(f, ids);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotNull());
            error.managedProperty().bind(error.visibleProperty());
            error.setWrapText(true);
            VBox cell = new VBox(2, editor, error);
            grid.addRow(row, label, cell);
        }
        refocus(focused);
    }

    /** The id of the form's control that has the keyboard focus, or null when focus is elsewhere. */
    private String focusedId() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        return owner != null && inForm(owner) ? owner.getId() : null;
    }

    /**
     * A form whose shape changed (a prefix-list added or renamed adds or renames a section) is
     * built anew; the caret goes back to the control with the same id, so Tab carries on from
     * where it was instead of leaving the form.
     */
    private void refocus(String id) {
        // Later: a rebuild can happen inside a focus change (Tab committing the field it leaves),
        // which would otherwise finish by focusing the control this rebuild removed.
        if (id != null) {
            Platform.runLater(() -> {
                if (content.lookup("#" + id) instanceof Control c) {
                    c.requestFocus();
                }
            });
        }
    }

    /** The selected element's findings and their fixes, under the title: the fix follows the selection. */
    private void showHints() {
        hints.getChildren().setAll(model.hints().stream().map(h -> {
            Label l = new Label(h);
            l.setWrapText(true);
            l.getStyleClass().add("inspector-hint");
            return l;
        }).toList());
        hintsPane.setVisible(!model.hints().isEmpty());
        hintsPane.setManaged(!model.hints().isEmpty());
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(5);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(96);
        labels.setPrefWidth(118);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        g.getColumnConstraints().setAll(labels, editors);
        return g;
    }

    private Node editor(FieldViewModel f, Set<String> ids) {
        FieldSpec.Editor kind = f.spec().editor();
        Control c = switch (kind) {
            case TEXT -> text(f, new TextField());
            case AREA -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(Math.max(2, Math.min(6, f.text().split("\n").length + 1)));
                area.setWrapText(false);
                yield text(f, area);
            }
            case CHOICE -> choice(f);
            case CHECK -> check(f);
            case TABLE -> throw new IllegalStateException("a table is not a one-control field");
            case READ_ONLY -> {
                Label l = new Label();
                l.textProperty().bind(f.textProperty());
                l.setWrapText(true);
                yield l;
            }
        };
        identify(c, f, ids);
        if (kind != FieldSpec.Editor.READ_ONLY) {
            validation.registerValidator(c, false,
                    (Control control, Object value) -> {
                        String problem = f.check(value instanceof Boolean b ? b.toString() : value == null ? "" : value.toString());
                        return ValidationResult.fromErrorIf(control, problem, problem != null);
                    });
        }
        if (f.spec().help() != null) {
            FieldHelp.install(c, f.spec().help());
        }
        return c;
    }

    /** The field's id (field-LABEL, unique in the form), style class, and lookup by label for findings. */
    private void identify(Control c, FieldViewModel f, Set<String> ids) {
        c.setId(uniqueId(f, ids));
        c.getStyleClass().add("inspector-field");
        byLabel.putIfAbsent(f.label(), c);
        c.setMaxWidth(Double.MAX_VALUE);
    }

    private static String uniqueId(FieldViewModel f, Set<String> ids) {
        String id = "field-" + f.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        // The second field with a label (a peering's other end) is "-b", a third "-c", and so on.
        String unique = id;
        for (char suffix = 'b'; !ids.add(unique); suffix++) {
            unique = id + "-" + suffix;
        }
        return unique;
    }

    private Control text(FieldViewModel f, TextInputControl input) {
        input.textProperty().bindBidirectional(f.textProperty());
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                f.commit();
            }
        });
        input.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean enter = e.getCode() == KeyCode.ENTER && (input instanceof TextField || e.isControlDown());
            if (enter) {
                f.commit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                f.revert();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && input instanceof TextArea && !e.isControlDown()) {
                // A form walks its fields with Tab; a tab character has no meaning in any field here.
                e.consume();
                input.requestFocusTraversal(e.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
            }
        });
        return input;
    }

    private Control choice(FieldViewModel f) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(f.spec().choices());
        if (!box.getItems().contains(f.text())) {
            box.getItems().addFirst(f.text());
        }
        box.valueProperty().bindBidirectional(f.textProperty());
        box.setOnAction(e -> f.commit());
        return box;
    }

    private Control check(FieldViewModel f) {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.parseBoolean(f.text()));
        f.textProperty().addListener((o, a, b) -> box.setSelected(Boolean.parseBoolean(b)));
        box.setOnAction(e -> {
            f.textProperty().set(Boolean.toString(box.isSelected()));
            f.commit();
        });
        return box;
    }
}
