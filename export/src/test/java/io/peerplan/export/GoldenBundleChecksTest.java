package io.peerplan.export;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.peerplan.export.importer.ConfigImporter;
import io.peerplan.export.metallb.CrdSchemas;
import io.peerplan.export.metallb.MetalLbCrdGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported files themselves, as the golden bundles hold them, against the real tools: every
 * frr.conf written for FRR 8.4 passes {@code vtysh -C -f}; every MetalLB custom resource matches its
 * CRD schema; every legacy ConfigMap converts into resources that match theirs.
 */
class GoldenBundleChecksTest {

    static Stream<Path> files(String name) throws Exception {
        try (Stream<Path> s = Files.walk(GoldenBundleTest.ROOT)) {
            return s.filter(p -> p.getFileName().toString().equals(name) && p.toString().contains("/bundle/")).sorted().toList().stream();
        }
    }

    static Stream<Path> frrConfs() throws Exception {
        // The frr10 variants are for FRR 10 (log-session-changes), which Debian 12's vtysh does not know.
        return files("frr.conf").filter(p -> !p.toString().contains("/frr10/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frrConfs")
    void frrConfPassesVtysh(Path conf) {
        Requires.vtysh();
        RealFrr.Run run = RealFrr.dryRun(conf);
        assertThat(run.stderr()).isEmpty();
        assertThat(run.exit()).isZero();
    }

    static Stream<Path> metallb() throws Exception {
        return files("metallb.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metallb")
    void customResourcesMatchTheCrds(Path file) throws Exception {
        CrdSchemas schemas = Schemas.INSTANCE;
        List<JsonNode> docs = CrdSchemas.documents(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(docs).isNotEmpty();
        for (JsonNode d : docs) {
            assertThat(d.at("/metadata/namespace").asText()).isEqualTo("metallb-system");
            if ("v1".equals(d.path("apiVersion").asText())) {
                // A core Secret (a BGPPeer's passwordSecret) has no CRD: its values are placeholders only.
                assertThat(d.path("kind").asText()).isEqualTo("Secret");
                d.path("stringData").forEach(v -> assertThat(v.asText()).as(d.toString()).matches("@@SECRET:[A-Za-z0-9._-]+@@"));
                continue;
            }
            assertThat(schemas.validate(d)).as(d.toString()).isEmpty();
        }
    }

    static Stream<Path> legacy() throws Exception {
        return files("metallb-config.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("legacy")
    void legacyConfigMapsConvertToValidResources(Path file) throws Exception {
        var imported = ConfigImporter.importConfigs("x", List.of(new ConfigImporter.Input(file.toString(),
                Files.readString(file, StandardCharsets.UTF_8))));
        var cluster = imported.topology().clusters().getFirst();
        assertThat(cluster.metallb().pools()).isNotEmpty();
        for (JsonNode d : MetalLbCrdGenerator.resources(cluster, new ArrayList<>())) {
            assertThat(Schemas.INSTANCE.validate(d)).as(d.toString()).isEmpty();
        }
    }

    /** Loaded once: reading and compiling the six CRD schemas is the slow part. */
    private static final class Schemas {
        static final CrdSchemas INSTANCE = new CrdSchemas();
    }
}
