package io.peerplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Cluster;
import io.peerplan.model.Speaker;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every speaker has a working exporter: a new {@link Speaker} constant already fails to compile in
 * {@link ClusterExporters}; this checks that what it was given renders files, has apply steps, a
 * label in the README, and manifests for push.
 */
class ClusterExportersTest {

    @ParameterizedTest
    @EnumSource(Speaker.class)
    void everySpeakerRendersFilesApplyStepsAndManifests(Speaker s) {
        Topology design = s.applyTo(Designs.load("two-dc-anycast"));
        Cluster c = design.clusters().getFirst();
        ClusterExporter exporter = ClusterExporters.of(s);
        RouterFiles files = exporter.render(new TopologyIndex(design), c, c.effectiveConfigStyle(), List.of());

        assertThat(exporter.label(c.effectiveConfigStyle())).isNotBlank();
        assertThat(files.files()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.path()).doesNotContain("/");
            assertThat(f.content()).isNotBlank();
        });
        StringBuilder steps = new StringBuilder();
        exporter.applySteps(c, c.effectiveConfigStyle(), files.files().stream().map(ExportFile::path).toList(), steps);
        assertThat(steps.toString()).contains("1. ").contains(c.id() + "/" + files.files().getFirst().path());
        assertThat(exporter.manifests(new TopologyIndex(design), c)).isEqualTo(files.files().getFirst().content());
    }

    @ParameterizedTest
    @EnumSource(Speaker.class)
    void theBundleNamesTheSpeakersFormat(Speaker s) throws Exception {
        Topology design = s.applyTo(Designs.load("two-dc-anycast"));
        Cluster c = design.clusters().getFirst();
        Bundle b = BundleExporter.export(design, new ExportOptions(null, null, null, null, Set.of(c.id()), null));

        String label = ClusterExporters.of(s).label(c.effectiveConfigStyle());
        assertThat(b.file(BundleExporter.README).orElseThrow().content()).contains("## " + c.id() + " (" + label + ")");
        assertThat(b.files()).filteredOn(f -> f.path().startsWith(c.id() + "/")).isNotEmpty();
    }
}
