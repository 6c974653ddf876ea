package io.peerplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.peerplan.export.importer.ConfigImporter;
import io.peerplan.export.metallb.CrdSchemas;
import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Speaker;
import io.peerplan.model.ToReceive;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A peer's {@code toReceive} goes into every FRRConfiguration of the nodes it selects, valid against
 * the frr-k8s CRD, and comes back from an import as the same value.
 */
class ToReceiveExportTest {
    private static final ToReceive FILTERED = new ToReceive(ToReceive.FILTERED, List.of(new ToReceive.Selector("0.0.0.0/0", null, null),
            new ToReceive.Selector("10.0.0.0/8", 24, 16)));

    private static Topology design() {
        Topology t = Speaker.FRR_K8S.applyTo(Designs.load("two-dc-anycast"));
        return t.withClusters(t.clusters().stream().map(c -> c.withMetallb(c.metallb().withPeers(
                c.metallb().peers().stream().map(p -> p.withToReceive(FILTERED)).toList()))).toList());
    }

    private static String exported(Topology t, Cluster c) {
        return ClusterExporters.of(Speaker.FRR_K8S).render(new TopologyIndex(t), c, c.effectiveConfigStyle(), List.of()).files().getFirst().content();
    }

    @Test
    void everyNodesNeighborCarriesItValidly() {
        Topology t = design();
        Cluster alfa = new TopologyIndex(t).cluster("k8s-alfa").orElseThrow();
        List<JsonNode> docs = CrdSchemas.documents(exported(t, alfa));
        assertThat(docs).hasSize(2); // the two workers; the master runs no speaker
        for (JsonNode d : docs) {
            assertThat(SpeakerSchemaTest.SCHEMAS.validate(d)).as(d.toPrettyString()).isEmpty();
            JsonNode allowed = d.at("/spec/bgp/routers/0/neighbors/0/toReceive/allowed");
            assertThat(allowed.get("mode").asText()).isEqualTo("filtered");
            assertThat(allowed.get("prefixes").toString()).isEqualTo("[{\"prefix\":\"0.0.0.0/0\"},{\"prefix\":\"10.0.0.0/8\",\"le\":24,\"ge\":16}]");
        }
    }

    @Test
    void itImportsBackAsTheSameValue() throws Exception {
        Topology t = design();
        Cluster alfa = new TopologyIndex(t).cluster("k8s-alfa").orElseThrow();
        ConfigImporter.Result back = ConfigImporter.importConfigs("x", List.of(new ConfigImporter.Input("frr-k8s.yaml", exported(t, alfa))));
        List<BgpPeer> peers = back.topology().clusters().getFirst().metallb().peers();
        assertThat(peers).isNotEmpty().allSatisfy(p -> assertThat(p.toReceive()).isEqualTo(FILTERED));
        assertThat(back.notes()).noneMatch(n -> n.render().contains("toReceive"));
    }
}
