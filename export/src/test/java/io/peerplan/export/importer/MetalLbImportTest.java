package io.peerplan.export.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.metallb.CrdSchemas;
import io.peerplan.export.metallb.MetalLbCrdGenerator;
import io.peerplan.model.Cluster;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MetalLB YAML in: the legacy ConfigMap read as MetalLB's own converter reads it, unknown fields reported. */
class MetalLbImportTest {

    private static String resource(String path) throws Exception {
        try (InputStream in = MetalLbImportTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * MetalLB's converter test data: config-yaml-full.yaml and the resources it converts to. Importing
     * the ConfigMap and writing custom resources gives the same objects (names, specs), except what the
     * converter adds or Peerplan leaves out on purpose: status, the converter's empty passwordSecret,
     * and the password, which becomes a secret placeholder.
     */
    @Test
    void legacyExampleConvertsLikeMetalLbsOwnConverter() throws Exception {
        ConfigImporter.Result r = ConfigImporter.importConfigs("x", List.of(new ConfigImporter.Input("config-yaml-full.yaml",
                resource("/metallb/legacy-configmap/config-yaml-full.yaml"))));
        Cluster c = r.topology().clusters().getFirst();
        List<ObjectNode> mine = MetalLbCrdGenerator.resources(c, new ArrayList<>());
        List<JsonNode> golden = CrdSchemas.documents(resource("/metallb/legacy-configmap/config-yaml-full.golden"));
        for (JsonNode g : golden) {
            JsonNode m = mine.stream().filter(d -> d.get("kind").equals(g.get("kind")) && d.at("/metadata/name").equals(g.at("/metadata/name")))
                    .findFirst().orElseThrow(() -> new AssertionError("missing " + g.get("kind") + " " + g.at("/metadata/name")));
            ObjectNode want = g.get("spec").deepCopy();
            ObjectNode got = m.get("spec").deepCopy();
            if (g.get("kind").asText().equals("BGPPeer")) {
                assertThat(got.get("password").asText()).isEqualTo("@@SECRET:metallb-peer1@@");
                want.remove(List.of("password", "passwordSecret"));
                got.remove("password");
                // Go's duration printer writes 120s as 2m0s; both are the same duration.
                want.put("holdTime", "120s");
                // The ConfigMap says ebgp-multihop: false; Peerplan keeps it, Go's omitempty drops a false.
                assertThat(got.remove("ebgpMultiHop").asBoolean()).isFalse();
            }
            assertThat(sorted(got)).as(g.get("kind") + " " + g.at("/metadata/name")).isEqualTo(sorted(want));
            assertThat(m.get("apiVersion")).isEqualTo(g.get("apiVersion"));
        }
        // Nothing more: the example's "protocol: l2" is not MetalLB's "layer2", so neither side makes an L2Advertisement.
        assertThat(mine).hasSize(golden.size());
        assertThat(r.notes()).filteredOn(n -> n.kind() == ImportNote.Kind.SECRET).hasSize(1);
    }

    @Test
    void unknownKindsAndFieldsAreReported() throws Exception {
        String yaml = """
                apiVersion: metallb.io/v1beta1
                kind: IPAddressPool
                metadata: {name: p, namespace: metallb-system, labels: {kind: private}}
                spec:
                  addresses: [10.0.0.0/24]
                  futureField: 1
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                """;
        ConfigImporter.Result r = ConfigImporter.importConfigs("t", List.of(new ConfigImporter.Input("c/metallb.yaml", yaml)));
        assertThat(r.notes()).extracting(ImportNote::render)
                .anyMatch(s -> s.contains("document 1 IPAddressPool p") && s.contains("spec.futureField"))
                .anyMatch(s -> s.startsWith("c/metallb.yaml:8: [document 2 Deployment web] apps/v1 Deployment"))
                .noneMatch(s -> s.contains("metadata.labels"));
        assertThat(r.topology().clusters().getFirst().metallb().pools()).singleElement()
                .satisfies(p -> assertThat(p.labels()).containsEntry("kind", "private"));
    }

    @Test
    void thePeerABgpPeerPointsAtIsAStandInAndBfdOnlyFilesStillMakeACluster() throws Exception {
        String peers = """
                apiVersion: metallb.io/v1beta2
                kind: BGPPeer
                metadata: {name: p, namespace: metallb-system}
                spec: {myASN: 64500, dynamicASN: external, peerAddress: 10.0.0.1}
                """;
        String bfd = """
                apiVersion: metallb.io/v1beta1
                kind: BFDProfile
                metadata: {name: fast, namespace: metallb-system}
                spec: {receiveInterval: 100}
                """;
        ConfigImporter.Result r = ConfigImporter.importConfigs("t", List.of(new ConfigImporter.Input("a/peers.yaml", peers),
                new ConfigImporter.Input("b/bfd.yaml", bfd)));
        assertThat(r.topology().routers()).singleElement().satisfies(x -> assertThat(x.isStandIn()).isTrue());
        assertThat(r.topology().clusters()).extracting(c -> c.id()).containsExactly("peers", "bfd");
        assertThat(r.topology().clusters().get(1).metallb().bfdProfiles()).extracting(b -> b.name()).containsExactly("fast");
    }

    private static JsonNode sorted(JsonNode n) {
        return CrdSchemas.documents(n.toString()).getFirst();
    }
}
