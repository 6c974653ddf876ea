package io.peerplan.export.metallb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.Designs;
import io.peerplan.export.importer.ConfigImporter;
import io.peerplan.model.Cluster;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every exported MetalLB document against the real CRD openAPIV3Schema. */
class MetalLbSchemaTest {
    private static final CrdSchemas SCHEMAS = new CrdSchemas();

    static Stream<Arguments> clusters() {
        List<Arguments> out = new ArrayList<>();
        for (String d : Designs.names()) {
            for (Cluster c : Designs.load(d).clusters()) {
                out.add(Arguments.of(d, c.id()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("clusters")
    void customResourcesMatchTheCrdSchemas(String design, String clusterId) {
        Topology t = Designs.load(design);
        Cluster c = new TopologyIndex(t).cluster(clusterId).orElseThrow();
        List<ObjectNode> docs = MetalLbCrdGenerator.resources(c, new ArrayList<>());
        assertThat(docs).isNotEmpty();
        for (ObjectNode d : docs) {
            if ("v1".equals(d.path("apiVersion").asText())) {
                // A core Secret (a BGPPeer's passwordSecret) has no CRD: its values must all be placeholders.
                assertThat(d.path("kind").asText()).isEqualTo("Secret");
                d.path("stringData").forEach(v -> assertThat(v.asText()).as(d.toPrettyString()).matches("@@SECRET:[A-Za-z0-9._-]+@@"));
                assertThat(d.has("data")).isFalse();
                continue;
            }
            assertThat(SCHEMAS.validate(d)).as(d.toPrettyString()).isEmpty();
        }
    }

    /**
     * The legacy ConfigMap has no CRD; what it means is checked the way MetalLB's own converter does
     * it: read back into custom resources, which must match the CRD schemas.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("clusters")
    void legacyConfigMapConvertsToValidCustomResources(String design, String clusterId) throws Exception {
        Topology t = Designs.load(design);
        Cluster c = new TopologyIndex(t).cluster(clusterId).orElseThrow();
        var files = MetalLbExporter.files(new TopologyIndex(t), c, Cluster.ConfigStyle.LEGACY_CONFIGMAP, List.of(), new ArrayList<>());
        var imported = ConfigImporter.importConfigs("x", files.stream().map(f -> new ConfigImporter.Input(f.path(), f.content())).toList());
        Cluster back = imported.topology().clusters().getFirst();
        for (ObjectNode d : MetalLbCrdGenerator.resources(back, new ArrayList<>())) {
            assertThat(SCHEMAS.validate(d)).as(d.toPrettyString()).isEmpty();
        }
    }

    @Test
    void theValidatorRejectsWhatTheRealApiRejects() {
        JsonNode bad = CrdSchemas.documents("""
                apiVersion: metallb.io/v1beta2
                kind: BGPPeer
                metadata: {name: x, namespace: metallb-system}
                spec: {myASN: 4294967296, peerAddress: 10.0.0.1, peerPort: 99999, unknownField: 1}
                """).getFirst();
        assertThat(SCHEMAS.validate(bad)).anyMatch(e -> e.contains("myASN")).anyMatch(e -> e.contains("peerPort"));
        JsonNode wrongKind = CrdSchemas.documents("apiVersion: metallb.io/v1beta1\nkind: BGPPeerz\n").getFirst();
        assertThat(SCHEMAS.validate(wrongKind)).containsExactly("no CRD schema for metallb.io/v1beta1 BGPPeerz");
    }
}
