package io.peerplan.app.ui.vm;

import io.peerplan.app.design.AutoLayout;
import io.peerplan.app.design.Deletion;
import io.peerplan.app.design.Footprint;
import io.peerplan.app.design.Fragment;
import io.peerplan.app.design.Layouts;
import io.peerplan.app.design.Linking;
import io.peerplan.app.design.Moving;
import io.peerplan.app.design.PaletteItem;
import io.peerplan.app.design.Paste;
import io.peerplan.app.design.Placement;
import io.peerplan.app.design.Placed;
import io.peerplan.app.design.SpeakerPeering;
import io.peerplan.app.ui.edit.Document;
import io.peerplan.app.ui.edit.Edit;
import io.peerplan.model.Layout;
import io.peerplan.model.Region;
import io.peerplan.model.Topology;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Every editing command of the designer, each one {@link Edit} on the document's undo stack. The
 * canvas gestures, menus and keyboard shortcuts call these; none of them touches a JavaFX node.
 */
public final class EditActions {
    private final Document document;
    private final SelectionModel selection;
    private final Consumer<String> status;
    private Fragment clipboard;
    private int pasteCount;

    public EditActions(Document document, SelectionModel selection, Consumer<String> status) {
        this.document = document;
        this.selection = selection;
        this.status = status;
    }

    /** Applies a change as one undo step; a refused change (IllegalArgumentException) shows its reason instead. */
    public boolean apply(String description, UnaryOperator<Topology> change) {
        Topology before = document.topology();
        Topology after;
        try {
            after = change.apply(before);
        } catch (IllegalArgumentException e) {
            status.accept(description + ": " + e.getMessage());
            return false;
        }
        return document.execute(new Edit(description, before, after));
    }

    public void move(Collection<String> keys, double dx, double dy) {
        Set<String> moving = Moving.carried(document.topology(), keys);
        if (moving.isEmpty() || (dx == 0 && dy == 0)) {
            return;
        }
        apply(moving.size() == 1 ? "Move " + moving.iterator().next() : "Move " + moving.size() + " elements",
                t -> Moving.translate(t, keys, dx, dy));
    }

    public void resizeRegion(String regionId, Footprint bounds) {
        apply("Resize " + regionId, t -> Moving.resizeRegion(t, regionId,
                new Layout.Bounds(bounds.x(), bounds.y(), bounds.width(), bounds.height())));
    }

    /** Draws a peering with the default choices; empty when done, else why not. */
    public Optional<String> connect(String from, String to) {
        return connect(from, to, null);
    }

    /** What a peering between these two would let the user choose (cluster and router only). */
    public Optional<SpeakerPeering.Options> peeringOptions(String from, String to) {
        return Linking.options(document.topology(), from, to);
    }

    /** Draws a peering; {@code choice} is how the router accepts a cluster's speakers (null: defaults). */
    public Optional<String> connect(String from, String to, SpeakerPeering.Choice choice) {
        Linking.Result r = Linking.connect(document.topology(), from, to, choice);
        if (r instanceof Linking.Refused refused) {
            status.accept(refused.reason());
            return Optional.of(refused.reason());
        }
        Linking.Linked linked = (Linking.Linked) r;
        apply("Connect " + from + " to " + to, t -> linked.topology());
        selection.select(linked.peeringIds());
        return Optional.empty();
    }

    /** Drops a canvas palette item with its top-left at (x, y); returns the new element's key. */
    public String place(PaletteItem item, double x, double y) {
        Placement.Result r = Placement.place(document.topology(), item, x, y);
        apply("Add " + item.label(), t -> r.topology());
        selection.select(r.key());
        return r.key();
    }

    /** Drops a node, pool or service onto a cluster; returns the new key. */
    public String placeInto(PaletteItem item, String clusterId) {
        Placement.Result r = Placement.intoCluster(document.topology(), item, clusterId);
        apply("Add " + item.label() + " to " + clusterId, t -> r.topology());
        selection.select(r.key());
        return r.key();
    }

    public void deleteSelection() {
        Set<String> keys = selection.keys();
        if (keys.isEmpty()) {
            return;
        }
        Set<String> gone = Deletion.closure(document.topology(), keys);
        apply(gone.size() == 1 ? "Delete " + gone.iterator().next() : "Delete " + gone.size() + " elements",
                t -> Deletion.delete(t, keys));
        selection.clear();
    }

    public boolean copy() {
        if (selection.keys().isEmpty()) {
            return false;
        }
        clipboard = Fragment.copy(document.topology(), selection.keys());
        pasteCount = 0;
        status.accept("Copied " + io.peerplan.app.ui.fit.Words.count(selection.keys().size(), "element"));
        return !clipboard.isEmpty();
    }

    public void cut() {
        if (copy()) {
            deleteSelection();
        }
    }

    public Fragment clipboard() {
        return clipboard;
    }

    public void paste() {
        if (clipboard == null || clipboard.isEmpty()) {
            status.accept("Nothing to paste");
            return;
        }
        pasteCount++;
        double offset = 2 * Layouts.GRID * pasteCount;
        String target = targetCluster();
        pasteAt("Paste", clipboard, offset, target);
    }

    /** Copy and paste in one step, leaving the clipboard alone. */
    public void duplicate() {
        if (selection.keys().isEmpty()) {
            return;
        }
        pasteAt("Duplicate", Fragment.copy(document.topology(), selection.keys()), 2 * Layouts.GRID, null);
    }

    /** One paste as one edit; a copy that finds no free address is refused with the reason. */
    private void pasteAt(String description, Fragment fragment, double offset, String targetCluster) {
        Paste.Result[] result = new Paste.Result[1];
        if (apply(description, t -> {
            result[0] = Paste.paste(t, fragment, offset, offset, targetCluster);
            return result[0].topology();
        })) {
            selection.select(result[0].keys());
        }
    }

    public void nudge(double dx, double dy) {
        move(selection.keys(), dx, dy);
    }

    /** Lines the selected cards up on one edge or centre line: one undo step. */
    public void align(io.peerplan.app.design.Aligning.Edge edge) {
        Set<String> keys = selection.keys();
        apply("Align " + edge.name().toLowerCase(java.util.Locale.ROOT), t -> io.peerplan.app.design.Aligning.align(t, keys, edge));
    }

    /** Spaces the selected cards evenly, across or down: one undo step. */
    public void distribute(boolean horizontally) {
        Set<String> keys = selection.keys();
        apply(horizontally ? "Distribute horizontally" : "Distribute vertically",
                t -> io.peerplan.app.design.Aligning.distribute(t, keys, horizontally));
    }

    public void autoLayout() {
        apply("Auto-layout", AutoLayout::all);
    }

    public void selectAll() {
        Topology t = document.topology();
        List<String> all = new ArrayList<>();
        t.regions().stream().map(Region::id).forEach(all::add);
        Placed.all(t).stream().map(Placed::id).forEach(all::add);
        t.peerings().forEach(p -> all.add(p.id()));
        selection.select(all);
    }

    /** Pasted nodes, pools and services go into the selected cluster, if exactly one is selected. */
    private String targetCluster() {
        String single = selection.single();
        Topology t = document.topology();
        if (single != null && t.clusters().stream().anyMatch(c -> c.id().equals(single))) {
            return single;
        }
        return null;
    }

    /** Keys of the elements a delete would remove, for confirmation texts. */
    public Set<String> deletionOf(Collection<String> keys) {
        return new LinkedHashSet<>(Deletion.closure(document.topology(), keys));
    }
}
