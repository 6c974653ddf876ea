package io.peerplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.frr.FrrDialect;
import io.peerplan.export.quagga.QuaggaPolicy;
import io.peerplan.model.Cluster;
import io.peerplan.model.Platform;
import io.peerplan.model.Speaker;
import io.peerplan.model.Topology;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden bundles: {@code src/test/resources/golden/DESIGN/VARIANT/} holds {@code export.properties}
 * (the export options, and {@code speaker} to switch every cluster's speaker as {@code --speaker} does) and {@code bundle/}, the exact expected bundle. Every such directory is a
 * test case, found by walking the tree (JabRef's exporter-files pattern). Run with
 * {@code -Dpeerplan.golden.update=true} to rewrite the expected files after an intended change,
 * then review the diff.
 */
class GoldenBundleTest {
    static final Path ROOT = Path.of("src/test/resources/golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.getFileName().toString().equals("export.properties"))
                    .map(p -> ROOT.relativize(p.getParent()).toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bundleMatchesGolden(String name) throws Exception {
        Path dir = ROOT.resolve(name);
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("export.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        Topology design = Designs.load(props.getProperty("design"));
        if (props.getProperty("speaker") != null) {
            design = Speaker.parse(props.getProperty("speaker")).applyTo(design);
        }
        Bundle bundle = BundleExporter.export(design, options(props));
        Path expected = dir.resolve("bundle");
        if (Boolean.getBoolean("peerplan.golden.update")) {
            rewrite(expected, bundle);
        }
        Set<String> want = files(expected);
        Set<String> got = new TreeSet<>(bundle.files().stream().map(ExportFile::path).toList());
        assertThat(got).as("files of the bundle").isEqualTo(want);
        for (ExportFile f : bundle.files()) {
            assertThat(f.content()).as(f.path()).isEqualTo(Files.readString(expected.resolve(f.path()), StandardCharsets.UTF_8));
        }
    }

    /** The export options a case names: platform, metallbStyle, frrVersion, quaggaUnsupported, only. */
    static ExportOptions options(Properties p) {
        String platform = p.getProperty("platform");
        String style = p.getProperty("metallbStyle");
        String only = p.getProperty("only");
        return new ExportOptions(
                platform == null ? null : Platform.valueOf(platform.toUpperCase().replace('-', '_')),
                style == null ? null : style.equals("legacy-configmap") ? Cluster.ConfigStyle.LEGACY_CONFIGMAP : Cluster.ConfigStyle.CRDS,
                p.getProperty("frrVersion") == null ? null : FrrDialect.parse(p.getProperty("frrVersion")),
                p.getProperty("quaggaUnsupported") == null ? null : QuaggaPolicy.parse(p.getProperty("quaggaUnsupported")),
                only == null ? null : Set.of(only.split(",")), null);
    }

    private static Set<String> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return new TreeSet<>(s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).toList());
        }
    }

    private static void rewrite(Path dir, Bundle bundle) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        for (ExportFile f : bundle.files()) {
            Path p = dir.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.content(), StandardCharsets.UTF_8);
        }
    }

    static List<String> designs() {
        return Designs.names();
    }
}
