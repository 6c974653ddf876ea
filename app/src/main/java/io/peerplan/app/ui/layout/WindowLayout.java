package io.peerplan.app.ui.layout;

import io.peerplan.app.files.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

/**
 * The main window's panes. Wide (from {@value #COMPACT_BELOW} px): palette over outline | canvas
 * over the bottom tabs | inspector. Compact (a 1366 × 768 laptop): height is what the canvas lacks,
 * so the bottom tabs move under the inspector, the outline becomes one of those tabs and the palette
 * shows icons only; the canvas keeps the window's whole height (two-dc-anycast fits at about 70 %
 * instead of 60 %, and the findings list still shows five rows). Each side can be hidden; sizes
 * and visibility are remembered per user ({@link LayoutMemory}).
 */
public final class WindowLayout {
    public static final double COMPACT_BELOW = 1400;
    private final SplitPane main = new SplitPane();
    private final SplitPane left = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final SplitPane right = new SplitPane();
    private final Node palette;
    private final Node outline;
    private final Node canvas;
    private final Node inspector;
    private final TabPane bottom;
    private final Consumer<Boolean> paletteCompact;
    private final Tab outlineTab = new Tab("Outline");
    private final ReadOnlyBooleanWrapper compact = new ReadOnlyBooleanWrapper(this, "compact");
    private final BooleanProperty leftShown = new SimpleBooleanProperty(this, "leftShown", true);
    private final BooleanProperty inspectorShown = new SimpleBooleanProperty(this, "inspectorShown", true);
    private final BooleanProperty bottomShown = new SimpleBooleanProperty(this, "bottomShown", true);
    private final LayoutMemory memory;
    private final PauseTransition saveLater = new PauseTransition(Duration.millis(400));
    private boolean arranged;
    private boolean sized;
    private boolean applying;
    private boolean scheduled;

    public WindowLayout(Settings settings, Node palette, Consumer<Boolean> paletteCompact, Node outline, Node canvas,
            Node inspector, TabPane bottom) {
        this.memory = new LayoutMemory(settings);
        this.palette = palette;
        this.paletteCompact = paletteCompact;
        this.outline = outline;
        this.canvas = canvas;
        this.inspector = inspector;
        this.bottom = bottom;
        outlineTab.setId("tab-outline");
        outlineTab.setClosable(false);
        left.setOrientation(Orientation.VERTICAL);
        middle.setOrientation(Orientation.VERTICAL);
        right.setOrientation(Orientation.VERTICAL);
        main.setId("main-split");
        // Sensible minimums: a divider dragged to the end cannot make a pane unusable.
        if (canvas instanceof javafx.scene.layout.Region r) {
            r.setMinSize(320, 240);
        }
        bottom.setMinHeight(150);
        for (SplitPane p : List.of(left, right)) {
            SplitPane.setResizableWithParent(p, false);
        }
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);
        SplitPane.setResizableWithParent(bottom, false);
        leftShown.set(memory.shown("left"));
        inspectorShown.set(memory.shown("inspector"));
        bottomShown.set(memory.shown("bottom"));
        for (var entry : List.of(java.util.Map.entry("left", leftShown), java.util.Map.entry("inspector", inspectorShown),
                java.util.Map.entry("bottom", bottomShown))) {
            entry.getValue().addListener((o, a, shown) -> {
                remember();
                memory.shown(entry.getKey(), shown);
                arrange();
            });
        }
        saveLater.setOnFinished(e -> remember());
        main.widthProperty().addListener((o, a, w) -> resized());
        main.heightProperty().addListener((o, a, h) -> resized());
        main.sceneProperty().addListener((o, a, scene) -> sizeLater());
        arrange();
    }

    /**
     * The window is going away: a size change still waiting for its delayed save is saved now, so
     * nothing writes the settings after the window is gone (a test's home folder is deleted then).
     */
    public void close() {
        if (saveLater.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            saveLater.stop();
            remember();
        }
    }

    public SplitPane root() {
        return main;
    }

    /** Below {@value #COMPACT_BELOW} px the layout switches mode; otherwise JavaFX keeps the side panes' pixel sizes. */
    private void resized() {
        boolean nowCompact = main.getWidth() > 0 && main.getWidth() < COMPACT_BELOW;
        if (nowCompact != compact.get()) {
            remember();
            compact.set(nowCompact);
            arrange();
        } else if (!sized) {
            sizeLater();
        }
    }

    /** Puts the panes where the mode wants them; a node can have one parent, so all are detached first. */
    private void arrange() {
        applying = true;
        try {
            boolean c = compact.get();
            paletteCompact.accept(c);
            for (SplitPane p : List.of(main, left, middle, right)) {
                p.getItems().clear();
            }
            outlineTab.setContent(null);
            bottom.getTabs().remove(outlineTab);
            List<Node> columns = new ArrayList<>();
            if (c) {
                outlineTab.setContent(outline);
                bottom.getTabs().add(Math.min(1, bottom.getTabs().size()), outlineTab);
                add(columns, leftShown.get(), palette);
                columns.add(canvas);
                add(right.getItems(), inspectorShown.get(), inspector);
                add(right.getItems(), bottomShown.get(), bottom);
                add(columns, !right.getItems().isEmpty(), right.getItems().size() == 1 ? right.getItems().removeFirst() : right);
            } else {
                left.getItems().setAll(palette, outline);
                add(columns, leftShown.get(), left);
                middle.getItems().add(canvas);
                add(middle.getItems(), bottomShown.get(), bottom);
                columns.add(middle.getItems().size() == 1 ? middle.getItems().removeFirst() : middle);
                add(columns, inspectorShown.get(), inspector);
            }
            main.getItems().setAll(columns);
            arranged = true;
            sized = false;
            sizeLater();
        } finally {
            applying = false;
        }
    }

    private static void add(List<Node> to, boolean shown, Node n) {
        if (shown) {
            to.add(n);
        }
    }

    /**
     * Once the split panes have laid the new items out: set earlier, their skins' first layout of
     * new items moves the dividers again (it keeps side panes' pixel sizes from the old width).
     */
    private void sizeLater() {
        if (scheduled || main.getScene() == null) {
            return;
        }
        scheduled = true;
        javafx.scene.Scene scene = main.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            boolean laidOut = main.getWidth() > 0 && main.getItems().stream().allMatch(n -> n.getLayoutBounds().getWidth() > 0);
            if (laidOut || main.getScene() != scene) {
                scene.removePostLayoutPulseListener(once[0]);
                scheduled = false;
                applySizes();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        main.requestLayout();
    }

    /** Pixel sizes from memory (or the mode's defaults) turned into divider fractions once the window has a size. */
    private void applySizes() {
        double w = main.getWidth();
        double h = main.getHeight();
        if (!arranged || w <= 0 || h <= 0) {
            return;
        }
        applying = true;
        try {
            boolean c = compact.get();
            List<Node> items = main.getItems();
            int dividers = items.size() - 1;
            double[] positions = new double[dividers];
            int i = 0;
            if (items.getFirst() != canvas && items.getFirst() != middle) {
                positions[i++] = memory.size(c, "left", c ? 60 : 250) / w;
            }
            if (i < dividers) {
                positions[i] = 1 - memory.size(c, "right", c ? 400 : 360) / w;
            }
            main.setDividerPositions(positions);
            double bottomPx = memory.size(c, "bottom", c ? Math.max(330, h * 0.55) : 310);
            (c ? right : middle).setDividerPositions(Math.max(0.2, 1 - bottomPx / h));
            left.setDividerPositions(0.45);
            main.getDividers().forEach(d -> d.positionProperty().addListener((o, a, b) -> userMoved()));
            (c ? right : middle).getDividers().forEach(d -> d.positionProperty().addListener((o, a, b) -> userMoved()));
            sized = true;
        } finally {
            applying = false;
        }
    }

    private void userMoved() {
        if (!applying && sized) {
            saveLater.playFromStart();
        }
    }

    /** Saves what the user now sees: pixel sizes of each visible side pane. */
    private void remember() {
        if (!sized) {
            return;
        }
        boolean c = compact.get();
        Node first = main.getItems().isEmpty() ? null : main.getItems().getFirst();
        Node last = main.getItems().isEmpty() ? null : main.getItems().getLast();
        if (first != null && first != canvas && first != middle) {
            memory.remember(c, "left", first.getLayoutBounds().getWidth());
        }
        if (last != null && last != canvas && last != middle && last != first) {
            memory.remember(c, "right", last.getLayoutBounds().getWidth());
        }
        if (bottom.getScene() != null && (c ? right : middle).getItems().contains(bottom)) {
            memory.remember(c, "bottom", bottom.getLayoutBounds().getHeight());
        }
    }

    /** Gives the bottom tabs at least this share of their column (simulation and lab tables need room). */
    public void growBottom(double share) {
        SplitPane column = compact.get() ? right : middle;
        if (column.getItems().contains(bottom) && column.getDividers().size() == 1
                && column.getDividerPositions()[0] > 1 - share) {
            column.setDividerPositions(1 - share);
        }
    }

    public ReadOnlyBooleanProperty compactProperty() {
        return compact.getReadOnlyProperty();
    }

    public BooleanProperty leftShownProperty() {
        return leftShown;
    }

    public BooleanProperty inspectorShownProperty() {
        return inspectorShown;
    }

    public BooleanProperty bottomShownProperty() {
        return bottomShown;
    }
}
