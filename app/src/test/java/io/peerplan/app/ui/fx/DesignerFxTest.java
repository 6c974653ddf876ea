package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.PaletteItem;
import io.peerplan.app.diagram.Card;
import io.peerplan.app.files.Settings;
import io.peerplan.app.findings.FindingsSource;
import io.peerplan.app.ui.MainWindow;
import io.peerplan.app.ui.canvas.DiagramCanvas;
import io.peerplan.app.ui.view.OutlineView;
import io.peerplan.app.ui.vm.DesignerViewModel;
import io.peerplan.model.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real designer window, headless (Monocle), driven by mouse and keyboard through TestFX's
 * robot. Helpers aim at model coordinates on the canvas so tests read like what a user does.
 */
abstract class DesignerFxTest {
    @TempDir
    Path home;

    MainWindow window;
    final FxRobot robot = new FxRobot();

    /** The findings the window validates with; tests that do not look at findings get none. */
    FindingsSource findings() {
        return t -> List.of();
    }

    @BeforeEach
    void startWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            window = new MainWindow(stage, new Settings(home), findings(), 20);
            stage.setWidth(1500);
            stage.setHeight(950);
            window.show(null, null);
        });
        settle();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.setupFixture(() -> window.dispose());
        FxToolkit.cleanupStages();
    }

    DesignerViewModel model() {
        return window.model();
    }

    DiagramCanvas canvas() {
        return window.canvas();
    }

    Topology topology() {
        return model().topology();
    }

    /** Shows a topology as if opened, then fixes the camera at 100 % with the origin at (20, 20). */
    void open(Topology t) {
        robot.interact(() -> model().document().reset(t, null, false));
        camera(1, 20, 20);
    }

    void camera(double scale, double tx, double ty) {
        robot.interact(() -> {
            canvas().viewport().set(scale, tx, ty);
            canvas().repaint();
        });
    }

    /** Screen point of a model point. */
    Point2D at(double mx, double my) {
        Point2D local = canvas().toLocal(mx, my);
        return canvas().localToScreen(local);
    }

    Card card(String id) {
        return model().diagramProperty().get().card(id).orElseThrow(() -> new AssertionError("no card " + id));
    }

    Point2D center(String id) {
        Card c = card(id);
        return at(c.bounds().centerX(), c.bounds().centerY());
    }

    /** The round link port on a card's right edge. */
    Point2D port(String id) {
        Card c = card(id);
        return at(c.bounds().maxX(), c.bounds().centerY());
    }

    /** Drags a palette item and lets go at a model point. */
    void dropFromPalette(PaletteItem item, double mx, double my) {
        String id = "#palette-" + item.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        robot.drag(id, MouseButton.PRIMARY).moveTo(at(mx, my)).drop();
        settle();
    }

    void dropOnCard(PaletteItem item, String cardId) {
        String id = "#palette-" + item.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        robot.drag(id, MouseButton.PRIMARY).moveTo(center(cardId)).drop();
        settle();
    }

    /** Drags from one card's port to another card: a peering, with the popover's defaults when one asks. */
    void connect(String from, String to) {
        drawLink(from, to);
        robot.sleep(300);
        settle();
        robot.lookup("#peering-connect").tryQuery().ifPresent(b -> {
            robot.clickOn(b);
            settle();
        });
    }

    /** Drags a link from one card's port to another card and lets go. */
    void drawLink(String from, String to) {
        robot.moveTo(center(from)).moveTo(port(from));
        robot.drag(port(from), MouseButton.PRIMARY).moveTo(center(to)).drop();
        settle();
    }

    void click(String id) {
        robot.clickOn(center(id));
        settle();
    }

    /** Shift held while clicking; each step settles so the key state is seen by the mouse event. */
    void shiftClick(String id) {
        // Two clicks on one spot within the multi-click interval arrive as a double click; wait it
        // out so each shift-click toggles once, however fast or slow the machine runs the robot.
        robot.sleep(600);
        robot.press(KeyCode.SHIFT);
        settle();
        robot.clickOn(center(id));
        settle();
        robot.release(KeyCode.SHIFT);
        settle();
    }

    void shortcut(KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.push(all);
        settle();
    }

    /** Types into the inspector field with the given id and presses Enter. */
    void setField(String fieldId, String text) {
        robot.doubleClickOn(revealed("#" + fieldId));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        typeText(text);
        robot.push(KeyCode.ENTER);
        settle();
    }

    /** Types text into the focused field, one key event a character. */
    void typeText(String text) {
        robot.write(text);
    }

    /** Types into a text area (Enter is a new line there) and commits with Ctrl+Enter. */
    void setArea(String fieldId, String text) {
        clickField("#" + fieldId);
        assertThat(focusedId()).as("typing into").isEqualTo(fieldId);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        typeText(text);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        settle();
    }

    /** Tab walks on to the next field of the form, which must be the text area named; types into it. */
    void tabArea(String fieldId, String text) {
        robot.push(KeyCode.TAB);
        settle();
        assertThat(focusedId()).isEqualTo(fieldId);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        typeText(text);
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        settle();
    }

    /** Clicks a table cell's field, replaces its text (an empty text clears it) and commits with Enter. */
    void typeCell(String query, String text) {
        scrollSideways(query);
        clickField(query);
        if (!hasCaret(query)) {
            // A table lays a row it has just added out on the next pulse; a click aimed before that
            // misses, as a person's would, and they click again. Ctrl+A anywhere else would select
            // the whole design.
            clickField(query);
        }
        assertThat(hasCaret(query)).as(query + " has the caret").isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.push(KeyCode.DELETE);
        } else {
            typeText(text);
        }
        robot.push(KeyCode.ENTER);
        settle();
    }

    /** A wide table scrolls sideways in its own scroll pane, as the user drags its scroll bar. */
    void scrollSideways(String query) {
        Node cell = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node n = cell.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane pane && pane.getContent() != null) {
                    double content = pane.getContent().getLayoutBounds().getWidth();
                    double view = pane.getViewportBounds().getWidth();
                    if (content > view) {
                        var b = pane.getContent().sceneToLocal(cell.localToScene(cell.getLayoutBounds()));
                        pane.setHvalue(Math.min(1, Math.max(0, (b.getMaxX() - view) / (content - view))));
                    }
                    return;
                }
            }
        });
        settle();
    }

    /** Opens a drop-down and clicks the item showing the text (an empty text is the "none" item). */
    void choose(String query, String text) {
        clickField(query);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> text.equals(c.getText())
                && c.getItem() != null).<Node>query());
        settle();
    }

    String focusedId() {
        Node owner = window.stage().getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    /** Scrolls the outline to the row with this text and clicks it. */
    void clickOutline(String text) {
        var tree = window.outline();
        robot.interact(() -> {
            TreeItem<OutlineView.Entry> item = find(tree.getRoot(), text);
            assertThat(item).as("outline row " + text).isNotNull();
            tree.scrollTo(Math.max(0, tree.getRow(item) - 2));
        });
        settle();
        robot.clickOn(robot.lookup(".tree-cell").match((TreeCell<?> c) -> text.equals(c.getText())).<Node>query());
        settle();
    }

    private static TreeItem<OutlineView.Entry> find(TreeItem<OutlineView.Entry> item, String text) {
        if (item.getValue() != null && text.equals(item.getValue().text())) {
            return item;
        }
        item.setExpanded(true);
        for (TreeItem<OutlineView.Entry> child : new ArrayList<>(item.getChildren())) {
            TreeItem<OutlineView.Entry> found = find(child, text);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Scrolls the inspector to a control of it, as the user scrolls a long form, and clicks it. */
    void clickField(String query) {
        robot.clickOn(revealed(query));
        settle();
    }

    private Node revealed(String query) {
        Node n = robot.lookup(query).query();
        robot.interact(() -> {
            io.peerplan.app.ui.view.InspectorView inspector = robot.lookup(".inspector").query();
            inspector.reveal(n);
            // The scroll pane moves its content on the next layout pass; the click must aim at where the field is then.
            inspector.layout();
        });
        settle();
        // A field's help tooltip opens under the pointer after it rests a second (on the field just
        // typed into) and can cover the next field down. The pointer moves over first (leaving the
        // old field starts its tooltip's hide delay) and the click waits until none covers the
        // field, as a user waits before clicking; so does a drop-down's list still closing.
        robot.moveTo(n);
        waitUntil(() -> !underPopup(n));
        return n;
    }

    private boolean hasCaret(String query) {
        return robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false);
    }

    /** True while a popup (a tooltip, a drop-down's list that is closing) covers the node's centre. */
    private static boolean underPopup(Node n) {
        var b = n.localToScreen(n.getLayoutBounds());
        return b != null && Window.getWindows().stream().anyMatch(w -> w instanceof PopupWindow && w.isShowing()
                && b.getCenterX() >= w.getX() && b.getCenterX() <= w.getX() + w.getWidth()
                && b.getCenterY() >= w.getY() && b.getCenterY() <= w.getY() + w.getHeight());
    }

    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (up to 10 s) for background work such as validation or a save to finish. */
    void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        settle();
    }

    void assertSelected(String... keys) {
        assertThat(model().selection().keys()).containsExactlyInAnyOrder(keys);
    }
}
