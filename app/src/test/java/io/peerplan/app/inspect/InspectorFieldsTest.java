package io.peerplan.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.app.design.Placed;
import io.peerplan.app.design.Refs;
import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every inspector field of every element of every sample reads its value through the record's
 * accessor and writes it back through the matching wither: writing back what a field shows leaves
 * the design unchanged, and an edit lands in the component the field names.
 */
class InspectorFieldsTest {

    @Test
    void writingBackWhatEveryFieldShowsChangesNothing() throws ProjectLoadException {
        int checked = 0;
        for (String sample : Samples.names()) {
            Topology t = Samples.load(sample);
            for (String key : SampleElements.keys(t)) {
                for (FieldSpec f : InspectorFields.of(t, key)) {
                    if (f.editor() == FieldSpec.Editor.READ_ONLY) {
                        continue;
                    }
                    if (f.table() != null) {
                        checked += writeBackEveryCell(t, sample + ": " + key + " " + f.label(), f.table());
                        continue;
                    }
                    String shown = f.read().apply(t);
                    assertThat(f.write().apply(t, shown)).as("%s: %s %s = '%s'", sample, key, f.label(), shown)
                            .isEqualTo(t);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    /** Each cell of a table written back with the text it shows leaves the design as it was. */
    private static int writeBackEveryCell(Topology t, String what, TableSpec table) {
        List<List<String>> rows = table.rows(t);
        int cells = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                assertThat(table.setCell(t, r, c, rows.get(r).get(c))).as("%s row %d column %s = '%s'", what, r + 1,
                        table.columns().get(c).header(), rows.get(r).get(c)).isEqualTo(t);
                cells++;
            }
        }
        return cells;
    }

    @Test
    void theSpeakerChoiceSwitchesTheClusterInOneEdit() throws ProjectLoadException {
        Topology t = Samples.load("two-dc-anycast");
        Cluster c = t.clusters().getFirst();
        FieldSpec speaker = field(t, c.id(), "Speaker");
        assertThat(speaker.read().apply(t)).isEqualTo("default");

        Topology edited = speaker.write().apply(t, "cilium");

        Cluster after = new TopologyIndex(edited).cluster(c.id()).orElseThrow();
        assertThat(after.effectiveSpeaker()).isEqualTo(io.peerplan.model.Speaker.CILIUM);
        assertThat(after.withSpeaker(null)).isEqualTo(c);
        assertThat(speaker.read().apply(edited)).isEqualTo("cilium");
    }

    @Test
    void aLabelEditReachesTheNode() throws ProjectLoadException {
        Topology t = Samples.load("two-dc-anycast");
        Node node = t.clusters().getFirst().nodes().getFirst();
        FieldSpec labels = field(t, node.id(), "Labels");

        Topology edited = labels.write().apply(t, "zone=b, rack=r1");

        Node after = new TopologyIndex(edited).cluster(t.clusters().getFirst().id()).orElseThrow().node(node.name())
                .orElseThrow();
        assertThat(after.labels()).containsExactly(java.util.Map.entry("rack", "r1"), java.util.Map.entry("zone", "b"));
        assertThat(after.withLabels(node.labels())).isEqualTo(node);
    }

    @Test
    void aNeighborFieldEditsOnlyItsOwnEnd() throws ProjectLoadException {
        Topology t = Samples.load("two-dc-anycast");
        var peering = t.peerings().stream().filter(p -> !p.a().isCluster() && !p.b().isCluster()).findFirst()
                .orElseThrow();
        FieldSpec routeMapOut = InspectorFields.of(t, peering.id()).stream()
                .filter(f -> f.label().equals("Route-map out") && f.section().startsWith("End B")).findFirst().orElseThrow();

        Topology edited = routeMapOut.write().apply(t, "EXPORT-PROBE");

        var after = new TopologyIndex(edited).peering(peering.id()).orElseThrow();
        assertThat(after.b().config().routeMapOut()).isEqualTo("EXPORT-PROBE");
        assertThat(after.a()).isEqualTo(peering.a());
        assertThat(after.b().config().withRouteMapOut(peering.b().config().routeMapOut())).isEqualTo(peering.b().config());
    }

    private static FieldSpec field(Topology t, String key, String label) {
        return InspectorFields.of(t, key).stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }
}
