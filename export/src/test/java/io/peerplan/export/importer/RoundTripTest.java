package io.peerplan.export.importer;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.Bundle;
import io.peerplan.export.BundleExporter;
import io.peerplan.export.Designs;
import io.peerplan.export.ExportFile;
import io.peerplan.export.ExportOptions;
import io.peerplan.export.RealFrr;
import io.peerplan.export.quagga.QuaggaPolicy;
import io.peerplan.model.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export → import → export gives the same bytes, for every sample and
 * fixture: as designed, with every router written as FRR, and as Quagga. Every file of the bundle
 * is compared except the RouterOS scripts (not importable) and README.md (it describes management
 * access, which no config file holds). Then {@code frr-reload.py --test --input FIRST SECOND} must
 * find nothing to change for every frr.conf.
 */
class RoundTripTest {
    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String d : Designs.names()) {
            out.add(Arguments.of(d, "as designed", null));
            out.add(Arguments.of(d, "as FRR", Platform.FRR));
            out.add(Arguments.of(d, "as Quagga", Platform.QUAGGA));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void exportImportExportIsByteIdentical(String design, String label, Platform platform) throws Exception {
        ExportOptions o = new ExportOptions(platform, null, null, QuaggaPolicy.OMIT, null, null);
        Bundle first = BundleExporter.export(Designs.load(design), o);
        List<ConfigImporter.Input> inputs = first.files().stream().filter(RoundTripTest::importable)
                .map(f -> new ConfigImporter.Input(f.path(), f.content())).toList();
        ConfigImporter.Result imported = ConfigImporter.importConfigs(design, inputs);
        assertThat(imported.notes()).as("nothing of a Peerplan bundle is unknown or secret")
                .noneMatch(n -> n.kind() != ImportNote.Kind.INFERRED);
        Bundle second = BundleExporter.export(imported.topology(), o);

        Set<String> compared = new TreeSet<>();
        for (ExportFile f : first.files()) {
            if (f.path().equals(BundleExporter.README) || f.path().endsWith(".rsc")) {
                continue;
            }
            compared.add(f.path());
            assertThat(second.file(f.path())).as(f.path() + " in the second export").isPresent();
            assertThat(second.file(f.path()).orElseThrow().content()).as(f.path()).isEqualTo(f.content());
        }
        assertThat(second.files().stream().map(ExportFile::path).filter(p -> !p.equals(BundleExporter.README) && !p.endsWith(".rsc")))
                .containsExactlyInAnyOrderElementsOf(compared);

        List<ExportFile> frr = first.files().stream().filter(f -> f.path().endsWith("/frr.conf")).toList();
        if (!frr.isEmpty()) {
            Requires.frrReload();
        }
        for (ExportFile f : frr) {
            Path a = Files.writeString(dir.resolve("first.conf"), f.content());
            Path b = Files.writeString(dir.resolve("second.conf"), second.file(f.path()).orElseThrow().content());
            RealFrr.Run diff = RealFrr.reloadTest(a, b, dir);
            assertThat(diff.exit()).as(diff.stdout() + diff.stderr()).isZero();
            assertThat(RealFrr.changedLines(diff.stdout())).as(f.path() + ": frr-reload.py --test --input first second").isEmpty();
        }
    }

    private static boolean importable(ExportFile f) {
        return f.path().endsWith("/frr.conf") || f.path().endsWith("/bgpd.conf") || f.path().endsWith("/zebra.conf")
                || f.path().endsWith(".yaml");
    }
}
