package io.peerplan.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting into a folder the user owns writes the bundle's files and never touches anything else. */
class BundleWriterTest {
    @TempDir
    Path tmp;

    private static Bundle bundle(String sample) throws ExportRefusedException {
        return BundleExporter.export(Designs.load(sample), ExportOptions.DEFAULT);
    }

    private static Bundle only(String sample, String... ids) throws ExportRefusedException {
        return BundleExporter.export(Designs.load(sample), new ExportOptions(null, null, null, null, Set.of(ids), null));
    }

    @Test
    void reExportingTheSameDesignKeepsTheUsersFilesAndGitAndRemovesOnlyItsOwnStaleFiles() throws Exception {
        Path out = tmp.resolve("bundle");
        BundleWriter.write(bundle("two-dc-anycast"), "two-dc", out, false);
        Files.createDirectories(out.resolve(".git/refs"));
        Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(out.resolve("NOTES.txt"), "mine");
        Files.writeString(out.resolve("gateway-alfa-unoone/local-tweaks.conf"), "mine too");

        List<String> notes = BundleWriter.write(only("two-dc-anycast", "antares", "gateway-alfa-unoone"), "two-dc", out, false);

        assertThat(notes).isEmpty();
        assertThat(Files.readString(out.resolve(".git/HEAD"))).isEqualTo("ref: refs/heads/main\n");
        assertThat(Files.readString(out.resolve("NOTES.txt"))).isEqualTo("mine");
        assertThat(Files.readString(out.resolve("gateway-alfa-unoone/local-tweaks.conf"))).isEqualTo("mine too");
        assertThat(out.resolve("gateway-alfa-unoone/frr.conf")).exists();
        assertThat(out.resolve("gateway-bravo-bissotwo")).as("the stale router's files and its emptied folder").doesNotExist();
        assertThat(out.resolve("k8s-alfa")).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary siblings").containsExactly("bundle");
        }
    }

    @Test
    void aFolderThatHoldsNoBundleOfThisDesignIsRefusedUntouchedUnlessForced() throws Exception {
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> BundleWriter.write(bundle("two-dc-anycast"), "two-dc", home, false));
        assertThat(e.getMessage()).contains("is not empty and holds no Peerplan bundle").contains("--force");
        try (var s = Files.list(home)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
        BundleWriter.write(bundle("two-dc-anycast"), "two-dc", home, true);
        assertThat(Files.readString(home.resolve("notes.txt"))).isEqualTo("mine");
        assertThat(home.resolve("gateway-alfa-unoone/frr.conf")).exists();

        IOException other = assertThrows(IOException.class, () -> BundleWriter.write(bundle("mikrotik-core"), "mikrotik", home, false));
        assertThat(other.getMessage()).contains("holds the bundle of the design 'two-dc', not of 'mikrotik'");
        BundleWriter.write(bundle("mikrotik-core"), "mikrotik", home, true);
        assertThat(home.resolve("gateway-alfa-unoone")).as("the other design's unedited files go").doesNotExist();
        assertThat(home.resolve("core/bgp.rsc")).exists();
        assertThat(Files.readString(home.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void aFileInTheWayThatPeerplanDidNotWriteIsNeverReplacedEvenForced() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out").resolve("gateway-alfa-unoone"));
        Files.writeString(out.resolve("frr.conf"), "hand-written");
        assertThrows(IOException.class, () -> BundleWriter.write(bundle("two-dc-anycast"), "two-dc", out.getParent(), false));
        IOException e = assertThrows(IOException.class, () -> BundleWriter.write(bundle("two-dc-anycast"), "two-dc", out.getParent(), true));
        assertThat(e.getMessage()).startsWith("nothing written").contains("gateway-alfa-unoone/frr.conf (not written by Peerplan)");
        assertThat(Files.readString(out.resolve("frr.conf"))).isEqualTo("hand-written");
        assertThat(out.getParent().resolve(BundleWriter.MANIFEST)).doesNotExist();
    }

    @Test
    void anEditedBundleFileIsReplacedOnlyWithForceAndAnEditedStaleOneIsKept() throws Exception {
        Path out = tmp.resolve("b");
        BundleWriter.write(bundle("two-dc-anycast"), "two-dc", out, false);
        Files.writeString(out.resolve("gateway-alfa-unoone/frr.conf"), "! my edit\n", java.nio.file.StandardOpenOption.APPEND);
        IOException e = assertThrows(IOException.class, () -> BundleWriter.write(bundle("two-dc-anycast"), "two-dc", out, false));
        assertThat(e.getMessage()).contains("gateway-alfa-unoone/frr.conf (edited since Peerplan wrote it; --force replaces it)");
        BundleWriter.write(bundle("two-dc-anycast"), "two-dc", out, true);
        assertThat(Files.readString(out.resolve("gateway-alfa-unoone/frr.conf"))).doesNotContain("my edit");

        Files.writeString(out.resolve("k8s-bravo/services.yaml"), "# mine now\n", java.nio.file.StandardOpenOption.APPEND);
        List<String> notes = BundleWriter.write(only("two-dc-anycast", "gateway-alfa-unoone"), "two-dc", out, false);
        assertThat(notes).containsExactly("kept k8s-bravo/services.yaml: the design no longer has it, but it was edited since Peerplan wrote it");
        assertThat(out.resolve("k8s-bravo/services.yaml")).exists();
        assertThat(out.resolve("k8s-bravo/metallb.yaml")).doesNotExist();
    }

    @Test
    void aHostileManifestCannotMakeAnExportDeleteOutsideTheBundle() throws Exception {
        Path victim = Files.writeString(tmp.resolve("victim.txt"), "keep");
        Path out = Files.createDirectories(tmp.resolve("shared"));
        String hash = BundleManifest.sha256("keep".getBytes());
        Files.writeString(out.resolve(BundleWriter.MANIFEST), "# design: two-dc\n" + hash + "  ../victim.txt\n");
        assertThrows(IOException.class, () -> BundleWriter.write(bundle("two-dc-anycast"), "two-dc", out, false));
        BundleWriter.write(bundle("two-dc-anycast"), "two-dc", out, true);
        assertThat(Files.readString(victim)).isEqualTo("keep");
    }

    @Test
    void exportedFilesAndFoldersGetTheUmasksModesNotPrivateOnes() throws Exception {
        Path out = tmp.resolve("modes");
        BundleWriter.write(bundle("homelab-openwrt-quagga"), "homelab", out, false);
        Path zip = tmp.resolve("modes.zip");
        BundleWriter.write(bundle("homelab-openwrt-quagga"), "homelab", zip, false);
        Path reference = tmp.resolve("by-open");
        try (OutputStream o = Files.newOutputStream(reference)) {
            o.write('x');
        }
        Path referenceDir = Files.createDirectory(tmp.resolve("by-mkdir"));
        assertThat(Files.getPosixFilePermissions(out.resolve("openwrt/bgpd.conf"))).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.getPosixFilePermissions(zip)).isEqualTo(Files.getPosixFilePermissions(reference));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(referenceDir));
        assertThat(Files.getPosixFilePermissions(out.resolve("openwrt"))).isEqualTo(Files.getPosixFilePermissions(referenceDir));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("openwrt/bgpd.conf"))))
                .as("readable by others under the usual umask 022").isNotEqualTo("rw-------");
    }

    @Test
    void aZipNeverOverwritesAFileThatIsNotAPeerplanBundle() throws Exception {
        Path zip = Files.writeString(tmp.resolve("photos.zip"), "not a zip at all");
        IOException e = assertThrows(IOException.class, () -> BundleWriter.write(bundle("two-dc-anycast"), "two-dc", zip, true));
        assertThat(e.getMessage()).contains("is not a Peerplan bundle");
        assertThat(Files.readString(zip)).isEqualTo("not a zip at all");
        Path mine = tmp.resolve("b.zip");
        BundleWriter.write(bundle("two-dc-anycast"), "two-dc", mine, false);
        assertThat(assertThrows(IOException.class, () -> BundleWriter.write(bundle("mikrotik-core"), "mikrotik", mine, false)).getMessage())
                .contains("holds the bundle of the design 'two-dc'");
        BundleWriter.write(bundle("mikrotik-core"), "mikrotik", mine, true);
    }
}
