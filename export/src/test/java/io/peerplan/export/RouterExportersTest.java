package io.peerplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.quagga.QuaggaPolicy;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.RouterRole;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every platform has a working exporter: a new {@link Platform} constant already fails to compile in
 * {@link RouterExporters}; this checks that what it was given renders files, has install steps and a
 * label in the README, and says whether push handles it.
 */
class RouterExportersTest {
    private static final Topology DESIGN = Designs.load("every-construct");
    private static final ExportOptions OMIT = new ExportOptions(null, null, null, QuaggaPolicy.OMIT, null, null);

    @ParameterizedTest
    @EnumSource(Platform.class)
    void everyPlatformRendersFilesAndInstallSteps(Platform p) throws Exception {
        RouterExporter exporter = RouterExporters.of(p);
        Router gateway = gateway();
        RouterFiles files = exporter.render(new TopologyIndex(DESIGN), gateway, OMIT, List.of());

        assertThat(exporter.label()).isNotBlank();
        assertThat(files.files()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.path()).doesNotContain("/");
            assertThat(f.content()).isNotBlank();
        });
        StringBuilder steps = new StringBuilder();
        exporter.applySteps(new ApplyContext(new TopologyIndex(DESIGN), gateway, OMIT,
                files.files().stream().map(ExportFile::path).toList(), "admin@192.0.2.1", "", ""), steps);
        assertThat(steps.toString()).startsWith("1. ").contains(gateway.id() + "/");
        exporter.pushUnavailable().ifPresent(why -> assertThat(why).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(value = Platform.class, names = "EXTERNAL", mode = EnumSource.Mode.EXCLUDE)
    void theBundleNamesTheFormatAndHoldsTheRenderedFiles(Platform p) throws Exception {
        Router gateway = gateway();
        Bundle b = BundleExporter.export(DESIGN, new ExportOptions(p, null, null, QuaggaPolicy.OMIT, Set.of(gateway.id()), null));

        String label = RouterExporters.of(p).label();
        assertThat(b.file(BundleExporter.README).orElseThrow().content()).contains("## " + gateway.id() + " (" + label + ")");
        assertThat(b.files()).filteredOn(f -> f.path().startsWith(gateway.id() + "/")).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Platform.class, names = "EXTERNAL")
    void aProvidersRouterIsWrittenAsFrr(Platform p) {
        // Named with --only, an external router is exported as FRR to hand to its operator.
        assertThat(RouterExporters.of(p)).isSameAs(RouterExporters.of(Platform.FRR));
    }

    private static Router gateway() {
        return DESIGN.routers().stream().filter(r -> r.role() == RouterRole.GATEWAY).findFirst().orElseThrow();
    }
}
