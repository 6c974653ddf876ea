package io.peerplan.export;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.peerplan.export.quagga.QuaggaPolicy;
import io.peerplan.model.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle as a whole: selection, refusals, forced-export headers, and how it is written to disk. */
class BundleTest {
    @TempDir
    Path tmp;

    @Test
    void onlyNamesRoutersAndClustersAndMayPickAnExternalRouter() throws Exception {
        Bundle b = BundleExporter.export(Designs.load("two-dc-anycast"),
                new ExportOptions(null, null, null, null, Set.of("antares", "k8s-bravo"), null));
        assertThat(b.files()).extracting(ExportFile::path).containsExactlyInAnyOrder("README.md", "antares/frr.conf", "antares/daemons",
                "k8s-bravo/metallb.yaml", "k8s-bravo/services.yaml");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BundleExporter.export(Designs.load("two-dc-anycast"),
                new ExportOptions(null, null, null, null, Set.of("nope"), null)));
        assertThat(e.getMessage()).contains("--only names no router or cluster: nope").contains("gateway-alfa-unoone");
    }

    @Test
    void quaggaRefusalListsEveryRouter() {
        ExportRefusedException e = assertThrows(ExportRefusedException.class, () -> BundleExporter.export(Designs.load("two-dc-anycast"),
                new ExportOptions(Platform.QUAGGA, null, null, QuaggaPolicy.REFUSE, null, null)));
        assertThat(e.reasons()).anyMatch(r -> r.startsWith("gateway-alfa-unoone")).anyMatch(r -> r.startsWith("gateway-bravo-bissotwo"));
    }

    @Test
    void forcedFindingsGoIntoEachFilesCommentHeaderAndTheReadme() throws Exception {
        List<BundleNote> findings = List.of(new BundleNote("ERROR", "bgp.asn-mismatch", "remote-as 65101 but Antares is AS 65102",
                List.of("alfa-provider", "gateway-alfa-unoone")), new BundleNote("WARNING", "design.note", "whole design", List.of()));
        Bundle b = BundleExporter.export(Designs.load("two-dc-anycast"), ExportOptions.DEFAULT.withFindings(findings));
        String alfa = b.file("gateway-alfa-unoone/frr.conf").orElseThrow().content();
        assertThat(alfa).contains("! Exported with --force despite these validation findings:\n"
                + "!   ERROR bgp.asn-mismatch: remote-as 65101 but Antares is AS 65102 [alfa-provider, gateway-alfa-unoone]\n"
                + "!   WARNING design.note: whole design\n");
        assertThat(b.file("gateway-bravo-bissotwo/frr.conf").orElseThrow().content()).doesNotContain("bgp.asn-mismatch")
                .contains("design.note");
        assertThat(b.file("k8s-alfa/metallb.yaml").orElseThrow().content()).contains("#   WARNING design.note: whole design\n");
        assertThat(b.file("README.md").orElseThrow().content()).contains("## Validation findings").contains("- ERROR bgp.asn-mismatch");
        Requires.vtysh();
        RealFrr.Run run = RealFrr.dryRun(Files.writeString(tmp.resolve("frr.conf"), alfa));
        assertThat(run.exit()).as(run.stderr()).isZero();
    }

    @Test
    void aZipHoldsTheSameFilesAndTheSameBytesEachTime() throws Exception {
        Bundle b = BundleExporter.export(Designs.load("homelab-openwrt-quagga"), ExportOptions.DEFAULT);
        Path zip = tmp.resolve("b.zip");
        BundleWriter.write(b, "homelab", zip, false);
        byte[] first = Files.readAllBytes(zip);
        BundleWriter.write(b, "homelab", zip, false);
        assertThat(Files.readAllBytes(zip)).isEqualTo(first);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.stream().map(e -> e.getName()).toList()).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.Stream.concat(b.files().stream().map(ExportFile::path), java.util.stream.Stream.of(BundleWriter.MANIFEST))
                            .toList());
            assertThat(new String(z.getInputStream(z.getEntry("openwrt/bgpd.conf")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(b.file("openwrt/bgpd.conf").orElseThrow().content());
        }
    }

    @Test
    void secretsAreListedInTheReadmeAndNeverWritten() throws Exception {
        Bundle b = BundleExporter.export(Designs.load("every-construct"), ExportOptions.DEFAULT);
        String readme = b.file("README.md").orElseThrow().content();
        assertThat(readme).contains("| `@@SECRET:bgp-upstream@@` | `edge/frr.conf` |")
                .contains("create secret generic edge-bgp --type=kubernetes.io/basic-auth");
    }
}
