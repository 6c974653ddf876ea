package io.peerplan.app.ui.canvas;

import io.peerplan.app.ui.vm.PeeringChoice;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/**
 * The popover that opens where a cluster-to-router link is dropped: two small radio groups and
 * Connect. Enter connects with what is ticked (the defaults at first); Escape or a click elsewhere
 * draws nothing.
 */
final class PeeringChoicePopover {
    private final PopOver popOver = new PopOver();

    PeeringChoicePopover(PeeringChoice choice) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(10));
        box.setId("peering-choice");
        // The theme's own background: PopOver's stylesheet paints near-white, unreadable in the dark theme.
        box.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 4;");
        Label title = new Label(choice.title());
        title.getStyleClass().add("panel-title");
        box.getChildren().add(title);
        if (choice.offersAs()) {
            box.getChildren().add(group("The speakers' AS", choice.ibgpProperty(), "peering-ibgp", choice.ibgpText(),
                    "peering-ebgp", choice.ebgpText()));
        } else {
            box.getChildren().add(new Label(choice.fixedAsText()));
        }
        if (choice.offersListenRange()) {
            box.getChildren().add(group("How the router accepts them", choice.listenRangeProperty(), "peering-listen",
                    choice.listenText(), "peering-per-node", choice.perNodeText()));
        }
        Button connect = new Button("Connect");
        connect.setId("peering-connect");
        connect.setDefaultButton(true);
        connect.setOnAction(e -> {
            popOver.hide();
            choice.connect();
        });
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> popOver.hide());
        HBox buttons = new HBox(8, connect, cancel);
        box.getChildren().add(buttons);
        popOver.setContentNode(box);
        popOver.setDetachable(false);
        popOver.setAutoHide(true);
        // No fade: a fading popover still takes the clicks meant for the cards under it.
        popOver.setAnimated(false);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        popOver.setOnShown(e -> connect.requestFocus());
    }

    /** Two radio buttons bound to one boolean: the first stands for true. */
    private static Node group(String heading, javafx.beans.property.BooleanProperty value, String yesId, String yes,
            String noId, String no) {
        ToggleGroup toggles = new ToggleGroup();
        RadioButton first = new RadioButton(yes);
        first.setId(yesId);
        first.setToggleGroup(toggles);
        RadioButton second = new RadioButton(no);
        second.setId(noId);
        second.setToggleGroup(toggles);
        (value.get() ? first : second).setSelected(true);
        first.selectedProperty().addListener((o, a, b) -> value.set(b));
        Label label = new Label(heading);
        label.getStyleClass().add("inspector-section");
        return new VBox(3, label, first, second);
    }

    void show(Node owner, double screenX, double screenY) {
        popOver.show(owner, screenX, screenY);
    }
}
