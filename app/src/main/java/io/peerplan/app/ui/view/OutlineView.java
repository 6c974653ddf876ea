package io.peerplan.app.ui.view;

import io.peerplan.app.design.MetalLbList;
import io.peerplan.app.design.Refs;
import io.peerplan.app.ui.fit.Words;
import io.peerplan.app.ui.vm.DesignerViewModel;
import io.peerplan.icons.ElementIcon;
import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * Every element by kind, with each cluster's nodes, pools and services: the way to find an element
 * in a 5,000-element design. Selection is shared with the canvas both ways.
 */
public final class OutlineView extends TreeView<OutlineView.Entry> {
    /** A tree row: the element's key (null for group headings), its text and icon. */
    public record Entry(String key, String text, ElementIcon icon) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final DesignerViewModel model;
    private final Map<String, TreeItem<Entry>> byKey = new HashMap<>();
    private final Set<String> collapsed = new HashSet<>();
    private boolean syncing;
    private Consumer<List<String>> onActivate = k -> { };
    private String filter = "";

    public OutlineView(DesignerViewModel model) {
        this.model = model;
        getStyleClass().add("outline");
        setShowRoot(false);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setCellFactory(tv -> new TreeCell<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setGraphic(empty || item == null || item.icon() == null ? null : Icons.element(item.icon(), 14));
            }
        });
        getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<TreeItem<Entry>>) c -> {
            if (!syncing) {
                List<String> keys = new ArrayList<>();
                for (TreeItem<Entry> i : getSelectionModel().getSelectedItems()) {
                    if (i != null && i.getValue().key() != null) {
                        keys.add(i.getValue().key());
                    }
                }
                guarded(() -> model.selection().select(keys));
            }
        });
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onActivate.accept(List.copyOf(model.selection().keys()));
            }
        });
        model.document().topologyProperty().addListener((o, a, t) -> {
            if (!sameElements(a, t)) {
                rebuild(t);
            }
        });
        model.selection().keysProperty().addListener((o, a, b) -> syncSelection());
        rebuild(model.topology());
    }

    /**
     * True when an edit changed nothing the outline shows: every element list is the very same
     * object (a move changes only the layout). The immutable model makes this check O(1).
     */
    private static boolean sameElements(Topology a, Topology b) {
        return a != null && a.regions() == b.regions() && a.routers() == b.routers() && a.vantages() == b.vantages()
                && a.clusters() == b.clusters() && a.networks() == b.networks() && a.peerings() == b.peerings()
                && java.util.Objects.equals(a.name(), b.name());
    }

    /**
     * Shows only the rows whose text contains the filter (any case), with the groups and clusters
     * that hold them, expanded; an empty filter shows everything again.
     */
    public void setFilter(String text) {
        String f = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!f.equals(filter)) {
            filter = f;
            rebuild(model.topology());
        }
    }

    /** Keeps a row the filter matches, or a cluster with matching rows (then only those, expanded). */
    private boolean passes(TreeItem<Entry> item) {
        if (filter.isEmpty() || item.getValue().text().toLowerCase(java.util.Locale.ROOT).contains(filter)) {
            return true;
        }
        if (item instanceof LazyItem && !item.isLeaf()) {
            item.getChildren().removeIf(c -> !passes(c));
            item.setExpanded(!item.getChildren().isEmpty());
            return !item.getChildren().isEmpty();
        }
        return false;
    }

    public void setOnActivate(Consumer<List<String>> handler) {
        this.onActivate = handler;
    }

    private void rebuild(Topology t) {
        byKey.values().forEach(i -> {
            if (i.getValue().key() != null && !i.isExpanded() && !i.isLeaf()) {
                collapsed.add(i.getValue().key());
            }
        });
        byKey.clear();
        TreeItem<Entry> root = new TreeItem<>(new Entry(null, t.name(), null));
        TopologyIndex index = new TopologyIndex(t);
        group(root, "Regions", t.regions(), r -> item(r.id(), name(r.name(), r.id()), ElementIcon.REGION));
        group(root, "Routers", t.routers(), r -> item(r.id(), r.displayName() + (r.asn() == null ? "" : " · AS " + r.asn()),
                r.role() == RouterRole.PROVIDER ? ElementIcon.PROVIDER : ElementIcon.ROUTER));
        group(root, "Vantages", t.vantages(), v -> item(v.id(), v.displayName(), ElementIcon.VANTAGE));
        group(root, "Clusters", t.clusters(), this::cluster);
        group(root, "Networks", t.networks(), n -> item(n.id(), Words.withDetail(name(n.name(), n.id()), n.cidr()),
                ElementIcon.NETWORK));
        group(root, "Peerings", t.peerings(), p -> item(p.id(), index.displayName(p.a().element()) + " ↔ "
                + index.displayName(p.b().element()), ElementIcon.PEERING));
        // A new root clears the tree's selection; inside the guard, so that the cleared selection
        // is not pushed back into the model (every committed inspector edit used to deselect).
        guarded(() -> setRoot(root));
        syncSelection();
    }

    /** Runs a change of the tree's or the model's selection without echoing it back. */
    private void guarded(Runnable change) {
        boolean was = syncing;
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = was;
        }
    }

    /**
     * A cluster's nodes, pools and services become tree items only when the cluster is expanded:
     * the scale topology's 2,000 nodes and 6,000 services would otherwise cost a rebuild of
     * thousands of items after every edit.
     */
    private TreeItem<Entry> cluster(Cluster c) {
        TreeItem<Entry> ci = new LazyItem(new Entry(c.id(), c.displayName(), ElementIcon.CLUSTER), () -> {
            List<TreeItem<Entry>> children = new ArrayList<>();
            for (Node n : c.nodes()) {
                children.add(item(n.id(), Words.withDetail(n.name(), n.address()), ElementIcon.NODE));
            }
            for (AddressPool p : c.metallb().pools()) {
                children.add(item(Refs.pool(c.id(), p), Words.withDetail(p.name(), String.join(", ", p.addresses())), ElementIcon.POOL));
            }
            for (Service s : c.services()) {
                children.add(item(Refs.service(c.id(), s), Words.withDetail(s.name(), String.join(", ", s.ips())), ElementIcon.SERVICE));
            }
            // The other MetalLB objects, each selectable for its own form, under its CRD kind.
            for (MetalLbList<?> list : MetalLbList.ALL) {
                for (String name : list.names(c.metallb())) {
                    children.add(item(list.key(c.id(), name), Words.withDetail(name, list.crdKind()), ElementIcon.PEERING));
                }
            }
            return children;
        }, c.nodes().isEmpty() && c.metallb().isEmpty() && c.services().isEmpty());
        byKey.put(c.id(), ci);
        boolean small = c.nodes().size() + c.services().size() <= 24;
        ci.setExpanded(small && !collapsed.contains(c.id()));
        ci.expandedProperty().addListener((o, a, b) -> {
            if (b) {
                collapsed.remove(c.id());
            } else {
                collapsed.add(c.id());
            }
        });
        return ci;
    }

    /** A tree item whose children are made on first use. */
    private static final class LazyItem extends TreeItem<Entry> {
        private final java.util.function.Supplier<List<TreeItem<Entry>>> children;
        private final boolean leaf;
        private boolean loaded;

        LazyItem(Entry value, java.util.function.Supplier<List<TreeItem<Entry>>> children, boolean leaf) {
            super(value);
            this.children = children;
            this.leaf = leaf;
        }

        @Override
        public boolean isLeaf() {
            return leaf;
        }

        @Override
        public javafx.collections.ObservableList<TreeItem<Entry>> getChildren() {
            if (!loaded) {
                loaded = true;
                super.getChildren().setAll(children.get());
            }
            return super.getChildren();
        }
    }

    private <T> void group(TreeItem<Entry> root, String title, List<T> items, java.util.function.Function<T, TreeItem<Entry>> f) {
        if (items.isEmpty()) {
            return;
        }
        TreeItem<Entry> g = new TreeItem<>(new Entry(null, title + " (" + items.size() + ")", null));
        g.setExpanded(!collapsed.contains("#" + title));
        g.expandedProperty().addListener((o, a, b) -> {
            if (b) {
                collapsed.remove("#" + title);
            } else {
                collapsed.add("#" + title);
            }
        });
        for (T i : items) {
            TreeItem<Entry> item = f.apply(i);
            if (passes(item)) {
                g.getChildren().add(item);
            }
        }
        if (filter.isEmpty() || !g.getChildren().isEmpty()) {
            g.setExpanded(g.isExpanded() || !filter.isEmpty());
            root.getChildren().add(g);
        }
    }

    private TreeItem<Entry> item(String key, String text, ElementIcon icon) {
        TreeItem<Entry> i = new TreeItem<>(new Entry(key, text, icon));
        byKey.put(key, i);
        return i;
    }

    private static String name(String name, String id) {
        return name != null ? name : id;
    }

    /** Creates the items of the cluster that holds a node, pool or service, and returns the key's item. */
    private TreeItem<Entry> loadOwner(String key) {
        return io.peerplan.app.design.Elements.owningCluster(model.topology(), key).map(c -> byKey.get(c.id()))
                .map(ci -> {
                    ci.getChildren();
                    return byKey.get(key);
                }).orElse(null);
    }

    private void syncSelection() {
        if (syncing) {
            return;
        }
        guarded(this::selectModelKeys);
    }

    private void selectModelKeys() {
        getSelectionModel().clearSelection();
        TreeItem<Entry> last = null;
        for (String k : model.selection().keys()) {
            TreeItem<Entry> i = byKey.get(k);
            if (i == null) {
                i = loadOwner(k);
            }
            if (i != null) {
                for (TreeItem<Entry> p = i.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                getSelectionModel().select(i);
                last = i;
            }
        }
        if (last != null) {
            int row = getRow(last);
            if (row >= 0) {
                scrollTo(Math.max(0, row - 3));
            }
        }
    }
}
