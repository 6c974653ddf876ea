package io.peerplan.app.ui.canvas;

import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.Kind;
import io.peerplan.app.design.Layouts;
import io.peerplan.app.design.PaletteItem;
import io.peerplan.app.design.Placement;
import io.peerplan.app.design.SpeakerPeering;
import io.peerplan.app.diagram.Diagram;
import io.peerplan.app.render.DiagramPainter;
import io.peerplan.app.render.DiagramTheme;
import io.peerplan.app.render.Overlay;
import io.peerplan.app.render.Picker;
import io.peerplan.app.render.Viewport;
import io.peerplan.app.ui.vm.DesignerViewModel;
import io.peerplan.app.ui.vm.PeeringChoice;
import io.peerplan.model.Layout;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The design canvas: one JavaFX {@link Canvas} repainted from the {@link Diagram} (no node per
 * element, so 5,000 elements cost what the visible ones cost), a camera, and the gestures. A
 * repaint is requested, never done on the spot: the next pulse paints once however many changes
 * came in between.
 */
public final class DiagramCanvas extends Region implements CanvasContext {
    private static final double WHEEL_ZOOM = 0.0015;
    private static final double FIT_MARGIN = 32;

    private final DesignerViewModel model;
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final Overlay overlay = new Overlay();
    private final FxTextMeasure measure = new FxTextMeasure();
    private final CanvasSurface surface;
    private final ObjectProperty<DiagramTheme> theme = new SimpleObjectProperty<>(this, "theme", DiagramTheme.LIGHT);
    private final ObjectProperty<PaletteItem> armed = new SimpleObjectProperty<>(this, "armed");
    private final BooleanProperty connectMode = new SimpleBooleanProperty(this, "connectMode");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    /** Paints in the same pulse as the change that asked for it: after animations, before layout and sync. */
    private final Runnable paintIfDirty = () -> {
        if (this.dirty) {
            paintNow();
        }
    };
    private final PauseTransition flashTimer = new PauseTransition(Duration.millis(1400));
    /** After a zoom rests, the scaled bitmap is repainted at the new zoom so that text is sharp. */
    private final PauseTransition zoomRest = new PauseTransition(Duration.millis(200));
    private final CanvasCamera camera;
    private DiagramPainter diagramPainter;
    private Gesture gesture;
    private boolean dirty;
    private boolean spaceDown;
    private long lastPaintNanos;
    private long paintCount;
    private Consumer<String> onInspect = k -> { };
    private Region corner;
    private double cornerMargin;

    public DiagramCanvas(DesignerViewModel model) {
        this.model = model;
        getStyleClass().add("diagram-canvas");
        setFocusTraversable(true);
        getChildren().add(canvas);
        surface = new CanvasSurface(canvas.getGraphicsContext2D());
        camera = new CanvasCamera(canvas);
        getChildren().add(camera.proxyNode());
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        zoomRest.setOnFinished(e -> {
            if (!camera.sharp(viewport)) {
                repaint();
            }
        });

        diagramPainter = new DiagramPainter(theme.get(), measure);
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(paintIfDirty);
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(paintIfDirty);
                repaint();
            }
        });
        theme.addListener((o, a, b) -> {
            diagramPainter = new DiagramPainter(b, measure);
            repaint();
        });
        model.diagramProperty().addListener((o, a, b) -> repaint());
        model.marksProperty().addListener((o, a, b) -> repaint());
        model.selection().keysProperty().addListener((o, a, b) -> repaint());
        model.showGridProperty().addListener((o, a, b) -> repaint());
        widthProperty().addListener((o, a, b) -> repaint());
        heightProperty().addListener((o, a, b) -> repaint());
        armed.addListener((o, a, b) -> {
            overlay.ghost = null;
            setCursor(b == null ? Cursor.DEFAULT : Cursor.CROSSHAIR);
            repaint();
        });
        flashTimer.setOnFinished(e -> {
            overlay.flash = Set.of();
            repaint();
        });
        installMouse();
        installKeys();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()) + 2 * CanvasCamera.MARGIN);
        canvas.setHeight(Math.max(1, getHeight()) + 2 * CanvasCamera.MARGIN);
    }

    /** The camera moved but the drawing did not change: shift the painted bitmap if it covers the view, else repaint. */
    @Override
    public void cameraChanged() {
        if (viewport.scale() != zoom.get()) {
            zoomRest.playFromStart();
        }
        zoom.set(viewport.scale());
        if (dirty || !camera.follow(viewport, getWidth(), getHeight())) {
            repaint();
        }
    }

    @Override
    public void repaint() {
        zoom.set(viewport.scale());
        if (!dirty) {
            dirty = true;
            javafx.application.Platform.requestNextPulse();
        }
    }

    /** Paints at once (the pulse handler, tests and exports call this). */
    public void paintNow() {
        dirty = false;
        long start = System.nanoTime();
        diagramPainter.paint(surface, diagram(), camera.paintViewport(viewport), canvas.getWidth(), canvas.getHeight(),
                model.marksProperty().get(), syncedOverlay(), model.showGridProperty().get());
        camera.painted(viewport);
        lastPaintNanos = System.nanoTime() - start;
        paintCount++;
    }

    private Overlay syncedOverlay() {
        overlay.selection = model.selection().keys();
        return overlay;
    }

    private void installMouse() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (gesture != null) {
                gesture.drag(e, viewport.toModelX(e.getX()), viewport.toModelY(e.getY()));
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (gesture != null) {
                Gesture g = gesture;
                gesture = null;
                g.release(e, viewport.toModelX(e.getX()), viewport.toModelY(e.getY()));
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (overlay.hover != null || overlay.ghost != null) {
                overlay.hover = null;
                overlay.ghost = null;
                repaint();
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                Picker.Pick p = pickAt(e.getX(), e.getY());
                if (p.key() != null) {
                    onInspect.accept(p.key());
                }
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShiftDown()) {
                viewport.panBy(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY(), 0);
            } else {
                viewport.zoomAt(Math.exp(e.getDeltaY() * WHEEL_ZOOM * (e.getDeltaY() > 10 || e.getDeltaY() < -10 ? 1 : 4)),
                        e.getX(), e.getY());
            }
            cameraChanged();
            e.consume();
        });
        addEventHandler(javafx.scene.input.ZoomEvent.ZOOM, e -> {
            viewport.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            cameraChanged();
        });
    }

    private void installKeys() {
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = true;
                setCursor(Cursor.OPEN_HAND);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                if (gesture != null) {
                    gesture.cancel();
                    gesture = null;
                } else if (armed.get() != null) {
                    armed.set(null);
                } else {
                    model.selection().clear();
                }
                e.consume();
            }
        });
        addEventHandler(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                setCursor(armed.get() == null ? Cursor.DEFAULT : Cursor.CROSSHAIR);
            }
        });
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        double x = viewport.toModelX(e.getX());
        double y = viewport.toModelY(e.getY());
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = new PanGesture(this, e);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            Picker.Pick p = pickAt(e.getX(), e.getY());
            if (p.key() != null && !model.selection().isSelected(p.key())) {
                model.selection().select(p.key());
            }
            return;
        }
        if (armed.get() != null) {
            PaletteItem item = armed.get();
            armed.set(null);
            drop(item, x, y);
            return;
        }
        Picker.Pick p = pickAt(e.getX(), e.getY());
        gesture = switch (p.target()) {
            case RESIZE -> new ResizeGesture(this, p.key());
            case PORT -> new LinkGesture(this, p.card(), x, y);
            case CARD -> connectMode.get() && diagram().card(p.card()).map(c -> c.kind().isPeeringEnd()).orElse(false)
                    ? new LinkGesture(this, p.card(), x, y)
                    : new SelectMoveGesture(this, p.key(), p.card(), x, y, e.isShiftDown());
            case LINK, REGION -> new SelectMoveGesture(this, p.key(), p.card(), x, y, e.isShiftDown());
            case NONE -> new MarqueeGesture(this, x, y, e.isShiftDown());
        };
    }

    private void moved(MouseEvent e) {
        double x = viewport.toModelX(e.getX());
        double y = viewport.toModelY(e.getY());
        if (armed.get() != null) {
            ghost(armed.get(), x, y);
            return;
        }
        Picker.Pick p = pickAt(e.getX(), e.getY());
        String hover = p.card();
        setCursor(switch (p.target()) {
            case RESIZE -> Cursor.SE_RESIZE;
            case PORT -> Cursor.CROSSHAIR;
            case CARD, LINK, REGION -> connectMode.get() ? Cursor.CROSSHAIR : Cursor.HAND;
            case NONE -> spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT;
        });
        if (!java.util.Objects.equals(hover, overlay.hover)) {
            overlay.hover = hover;
            repaint();
        }
    }

    private Picker.Pick pickAt(double sx, double sy) {
        return Picker.pick(diagram(), viewport.toModelX(sx), viewport.toModelY(sy), viewport.scale(),
                model.selection().keys(), overlay.hover);
    }

    @Override
    public void connect(String from, String to, double x, double y) {
        var options = model.edits().peeringOptions(from, to).filter(SpeakerPeering.Options::open);
        if (options.isEmpty()) {
            model.edits().connect(from, to);
            return;
        }
        boolean fromCluster = diagram().card(from).map(c -> c.kind() == Kind.CLUSTER).orElse(false);
        PeeringChoice choice = new PeeringChoice(model.edits(), from, to, fromCluster ? to : from, options.get());
        Point2D at = localToScreen(viewport.toScreenX(x), viewport.toScreenY(y));
        new PeeringChoicePopover(choice).show(this, at.getX(), at.getY());
    }

    // ---- palette drops -------------------------------------------------------------------------

    /** Shows where a palette item dragged to these scene coordinates would land; false when outside. */
    public boolean dragPalette(PaletteItem item, double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || !getLayoutBounds().contains(local)) {
            if (overlay.ghost != null) {
                overlay.ghost = null;
                repaint();
            }
            return false;
        }
        ghost(item, viewport.toModelX(local.getX()), viewport.toModelY(local.getY()));
        return true;
    }

    /** Drops a palette item released at these scene coordinates; returns the new key, or null. */
    public String dropPalette(PaletteItem item, double sceneX, double sceneY) {
        overlay.ghost = null;
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (local == null || !getLayoutBounds().contains(local)) {
            repaint();
            return null;
        }
        return drop(item, viewport.toModelX(local.getX()), viewport.toModelY(local.getY()));
    }

    private void ghost(PaletteItem item, double x, double y) {
        overlay.ghost = item;
        if (item.insideCluster()) {
            overlay.ghostX = snapped(x - 20);
            overlay.ghostY = snapped(y - 12);
        } else {
            Layout.Point p = landing(item, x, y);
            overlay.ghostX = p.x();
            overlay.ghostY = p.y();
        }
        overlay.dropTarget = item.insideCluster() ? Picker.clusterAt(diagram(), x, y) : null;
        repaint();
    }

    private String drop(PaletteItem item, double x, double y) {
        overlay.ghost = null;
        overlay.dropTarget = null;
        repaint();
        if (item.insideCluster()) {
            String cluster = Picker.clusterAt(diagram(), x, y);
            if (cluster == null) {
                model.statusProperty().set("Drop a " + item.label().toLowerCase() + " onto a Kubernetes cluster");
                return null;
            }
            return model.edits().placeInto(item, cluster);
        }
        Layout.Point p = landing(item, x, y);
        return model.edits().place(item, p.x(), p.y());
    }

    /** Where a card dropped with the pointer at (x, y) lands: held near its top-left, inside the view. */
    private Layout.Point landing(PaletteItem item, double x, double y) {
        return Placement.inside(model.topology(), item, x - 24, y - 12, viewport.visible(getWidth(), getHeight()),
                snap() ? Layouts.GRID : 0);
    }

    private double snapped(double v) {
        return snap() ? Layouts.snap(v) : v;
    }

    // ---- camera ------------------------------------------------------------------------------

    /**
     * Fits the drawing into view. With a panel over the bottom-left corner (the legend), the drawing
     * goes beside it or above it, whichever shows it larger, so that after a fit the panel covers
     * nothing.
     */
    public void fit() {
        Footprint content = diagram().contentBounds();
        double w = getWidth();
        double h = getHeight();
        if (corner == null || !corner.isVisible()) {
            viewport.fit(content, w, h, FIT_MARGIN);
        } else {
            double cw = corner.prefWidth(-1) + 2 * cornerMargin;
            double ch = corner.prefHeight(-1) + 2 * cornerMargin;
            Viewport beside = new Viewport();
            beside.fit(content, w - cw, h, FIT_MARGIN);
            Viewport above = new Viewport();
            above.fit(content, w, h - ch, FIT_MARGIN);
            if (beside.scale() > above.scale()) {
                viewport.set(beside.scale(), beside.tx() + cw, beside.ty());
            } else {
                viewport.set(above.scale(), above.tx(), above.ty());
            }
        }
        repaint();
    }

    /** A panel over the canvas's bottom-left corner, this far from its edges, that {@link #fit} keeps clear. */
    public void keepClear(Region panel, double margin) {
        this.corner = panel;
        this.cornerMargin = margin;
    }

    public void actualSize() {
        Footprint c = diagram().contentBounds();
        viewport.set(1, viewport.tx(), viewport.ty());
        viewport.centerOn(c.centerX(), c.centerY(), getWidth(), getHeight());
        repaint();
    }

    public void zoomBy(double factor) {
        viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2);
        cameraChanged();
    }

    /** Brings the elements into view (zooming out if they do not fit) and outlines them briefly. */
    public void reveal(Collection<String> keys) {
        diagram().boundsOf(keys).ifPresent(b -> {
            Footprint visible = viewport.visible(getWidth(), getHeight());
            boolean inside = b.x() >= visible.x() && b.y() >= visible.y() && b.maxX() <= visible.maxX()
                    && b.maxY() <= visible.maxY();
            if (!inside) {
                if (b.width() * viewport.scale() > getWidth() - 64 || b.height() * viewport.scale() > getHeight() - 64) {
                    viewport.fit(b, getWidth(), getHeight(), 48);
                } else {
                    viewport.centerOn(b.centerX(), b.centerY(), getWidth(), getHeight());
                }
            }
        });
        overlay.flash = Set.copyOf(keys);
        flashTimer.playFromStart();
        repaint();
    }

    /** Screen point (in this node's coordinates) of a model point: tests aim the mouse with it. */
    public Point2D toLocal(double mx, double my) {
        return new Point2D(viewport.toScreenX(mx), viewport.toScreenY(my));
    }

    // ---- context -------------------------------------------------------------------------------

    @Override
    public Diagram diagram() {
        return model.diagramProperty().get();
    }

    @Override
    public Viewport viewport() {
        return viewport;
    }

    @Override
    public Overlay overlay() {
        return overlay;
    }

    @Override
    public DesignerViewModel model() {
        return model;
    }

    @Override
    public boolean snap() {
        return model.snapToGridProperty().get();
    }

    public ObjectProperty<DiagramTheme> themeProperty() {
        return theme;
    }

    public ObjectProperty<PaletteItem> armedProperty() {
        return armed;
    }

    public BooleanProperty connectModeProperty() {
        return connectMode;
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public void setOnInspect(Consumer<String> handler) {
        this.onInspect = handler;
    }

    /** How long the last paint took on the FX thread, in nanoseconds (the benchmark reads it). */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** How many full repaints have happened (the benchmark tells repaints from bitmap shifts). */
    public long paintCount() {
        return paintCount;
    }

    public Canvas canvas() {
        return canvas;
    }

    public FxTextMeasure textMeasure() {
        return measure;
    }
}
