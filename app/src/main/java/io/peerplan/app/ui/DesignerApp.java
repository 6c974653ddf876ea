package io.peerplan.app.ui;

import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.Peering;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

/** The designer window. For now it shows the loaded topology's elements as a tree. */
public final class DesignerApp extends Application {

    @Override
    public void start(Stage stage) {
        Topology t = DesignerLauncher.initial != null ? DesignerLauncher.initial : Topology.empty("untitled");
        TreeView<String> tree = new TreeView<>(outline(t));
        tree.setShowRoot(true);
        stage.setTitle("Peerplan — " + (DesignerLauncher.initialSource != null ? DesignerLauncher.initialSource : "untitled"));
        stage.setScene(new Scene(tree, 900, 640));
        stage.show();
    }

    static TreeItem<String> outline(Topology t) {
        TopologyIndex index = new TopologyIndex(t);
        TreeItem<String> root = new TreeItem<>(t.name() == null ? "untitled" : t.name());
        root.setExpanded(true);
        TreeItem<String> regions = group(root, "Regions");
        t.regions().forEach(r -> regions.getChildren().add(new TreeItem<>(r.name() + " [" + r.id() + "]")));
        TreeItem<String> routers = group(root, "Routers");
        t.routers().forEach(r -> routers.getChildren().add(new TreeItem<>(r.displayName() + " — AS " + r.asn())));
        TreeItem<String> vantages = group(root, "Vantages");
        t.vantages().forEach(v -> vantages.getChildren().add(new TreeItem<>(v.displayName())));
        TreeItem<String> clusters = group(root, "Clusters");
        for (Cluster c : t.clusters()) {
            TreeItem<String> ci = new TreeItem<>(c.displayName());
            for (Node n : c.nodes()) {
                ci.getChildren().add(new TreeItem<>(n.name() + " " + n.address()));
            }
            c.services().forEach(s -> ci.getChildren().add(new TreeItem<>("service " + s.name() + " " + s.ips())));
            clusters.getChildren().add(ci);
        }
        TreeItem<String> peerings = group(root, "Peerings");
        for (Peering p : t.peerings()) {
            peerings.getChildren().add(new TreeItem<>(index.displayName(p.a().element()) + " ↔ " + index.displayName(p.b().element())));
        }
        return root;
    }

    private static TreeItem<String> group(TreeItem<String> root, String name) {
        TreeItem<String> g = new TreeItem<>(name);
        g.setExpanded(true);
        root.getChildren().add(g);
        return g;
    }
}
