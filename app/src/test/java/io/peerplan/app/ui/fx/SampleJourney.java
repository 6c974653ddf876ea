package io.peerplan.app.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.PaletteItem;
import io.peerplan.export.BundleExporter;
import io.peerplan.export.ExportFile;
import io.peerplan.export.ExportOptions;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.validate.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;

/**
 * Issue 13's journeys: a bundled sample rebuilt from an empty canvas by gestures only. This is
 * their common end: the design is saved, and the saved file must validate with exactly the
 * sample's findings and export the sample's config bundle byte for byte (layout positions and
 * YAML comments are not in the bundle).
 */
abstract class SampleJourney extends DesignerFxTest {

    /**
     * Pastes the text (Ctrl+V), as a user filling a long form from notes would: a journey enters
     * thousands of characters, and the robot's key events wait for the FX thread after each one.
     */
    @Override
    void typeText(String text) {
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text)));
        robot.push(KeyCode.CONTROL, KeyCode.V);
    }

    /** Saves what was built under the sample's name and compares it with the bundled sample. */
    void saveAndCompareWith(String sample) throws Exception {
        Path file = home.resolve(sample + ProjectCodec.EXTENSION);
        // The save a user makes with File → Save as, past the file chooser (a native dialog headless TestFX cannot drive).
        robot.interact(() -> window.files().saveTo(file, () -> { }));
        waitUntil(() -> !model().document().isDirty());

        Topology saved = ProjectCodec.read(file);
        Topology expected = Samples.load(sample);
        assertThat(findings(saved)).isEqualTo(findings(expected));
        List<ExportFile> built = BundleExporter.export(saved, ExportOptions.DEFAULT).files();
        List<ExportFile> bundle = BundleExporter.export(expected, ExportOptions.DEFAULT).files();
        assertThat(built).extracting(ExportFile::path).containsExactlyElementsOf(bundle.stream().map(ExportFile::path).toList());
        for (int i = 0; i < bundle.size(); i++) {
            assertThat(built.get(i).content()).as(bundle.get(i).path()).isEqualTo(bundle.get(i).content());
        }
    }

    private static List<String> findings(Topology t) {
        return Validator.validate(t).stream().map(f -> f.ruleId() + " " + f.elementIds() + " " + f.message()).toList();
    }

    /** A network dropped at a model point and filled in; a null description leaves it empty. */
    void network(double x, double y, String id, String name, String cidr, String kind, String description) {
        dropFromPalette(PaletteItem.NETWORK, x, y);
        setField("field-id", id);
        setField("field-name", name);
        setField("field-cidr", cidr);
        choose("#field-kind", kind);
        if (description != null) {
            setField("field-description", description);
        }
    }

    /** A MetalLB cluster dropped at a model point, as seeds 001 and 002 run it: native speaker, legacy ConfigMap. */
    void legacyCluster(double x, double y, String id, String name) {
        dropFromPalette(PaletteItem.CLUSTER, x, y);
        setField("field-id", id);
        setField("field-name", name);
        choose("#field-backend", "native");
        choose("#field-config-style", "legacy-configmap");
        setField("field-namespace", "metallb-system");
    }

    /** A node dropped onto a cluster card, named, addressed and put on a network. */
    void node(String cluster, String name, String address, String role, String network) {
        dropOnCard(PaletteItem.NODE, cluster);
        setField("field-id", name);
        setField("field-name", name);
        setField("field-address", address);
        choose("#field-role", role);
        choose("#field-network", network);
    }

    /** Selects a cluster by its card's title row (the card's centre holds the node rows). */
    void clickCluster(String id) {
        var b = card(id).bounds();
        robot.clickOn(at(b.x() + 60, b.y() + 10));
        settle();
        assertSelected(id);
    }

    /**
     * A peering drawn from a cluster to a router that has no listen range (Quagga, RouterOS): the
     * popover offers none, eBGP is chosen (the speakers get the router's AS + 1) and the router
     * names each node as a neighbor, one peering each.
     */
    void ebgpPerNode(String cluster, String router, String... peerings) {
        drawLink(cluster, router);
        robot.clickOn("#peering-ebgp");
        assertThat(robot.lookup("#peering-listen").tryQuery()).as("no listen range to offer").isEmpty();
        robot.clickOn("#peering-connect");
        settle();
        assertThat(topology().peerings()).as("per-node peerings: %s", topology()).extracting(p -> p.id())
                .containsExactly(peerings);
    }
}
