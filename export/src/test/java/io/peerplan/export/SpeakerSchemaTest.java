package io.peerplan.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.peerplan.export.metallb.CrdSchemas;
import io.peerplan.model.Cluster;
import io.peerplan.model.Speaker;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every frr-k8s and Cilium object exported for every cluster of every bundled design, against the
 * real CRD schemas (copied verbatim from shared/frr-k8s/crds and shared/cilium/crds into test
 * resources), with the frr-k8s CRD's CEL rules ({@link CelRules}).
 */
class SpeakerSchemaTest {
    static final CrdSchemas SCHEMAS = new CrdSchemas(List.of(
            "/frr-k8s/crds/frrk8s.metallb.io_frrconfigurations.yaml",
            "/cilium/crds/ciliumbgpclusterconfigs.yaml", "/cilium/crds/ciliumbgppeerconfigs.yaml",
            "/cilium/crds/ciliumbgpadvertisements.yaml", "/cilium/crds/ciliumbgpnodeconfigoverrides.yaml",
            "/cilium/crds/ciliumloadbalancerippools.yaml"));

    static Stream<Arguments> clusters() {
        List<Arguments> out = new ArrayList<>();
        for (Speaker s : List.of(Speaker.FRR_K8S, Speaker.CILIUM)) {
            for (String d : Designs.names()) {
                for (Cluster c : Designs.load(d).clusters()) {
                    out.add(Arguments.of(s, d, c.id()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("clusters")
    void everyObjectMatchesItsCrdSchemaAndCelRules(Speaker s, String design, String clusterId) {
        Topology t = s.applyTo(Designs.load(design));
        Cluster c = new TopologyIndex(t).cluster(clusterId).orElseThrow();
        RouterFiles files = ClusterExporters.of(s).render(new TopologyIndex(t), c, c.effectiveConfigStyle(), List.of());
        List<JsonNode> docs = CrdSchemas.documents(files.files().getFirst().content());
        assertThat(docs).isNotEmpty();
        for (JsonNode d : docs) {
            assertThat(SCHEMAS.validate(d)).as(d.toPrettyString()).isEmpty();
            assertThat(CelRules.violations(SCHEMAS.openApiSchema(d), d)).as(d.toPrettyString()).isEmpty();
        }
    }

    @Test
    void everyCelRuleOfTheCrdsIsEvaluated() {
        JsonNode frr = SCHEMAS.openApiSchema(CrdSchemas.documents("apiVersion: frrk8s.metallb.io/v1beta1\nkind: FRRConfiguration\n").getFirst());
        assertThat(frr.findValues("x-kubernetes-validations")).isNotEmpty();
        assertThat(CelRules.unknownRules(frr)).isEmpty();
    }

    @Test
    void theCheckRejectsWhatTheRealApiRejects() {
        JsonNode bad = CrdSchemas.documents("""
                apiVersion: frrk8s.metallb.io/v1beta1
                kind: FRRConfiguration
                metadata: {name: x, namespace: frr-k8s-system}
                spec:
                  bgp:
                    routers:
                    - asn: 64512
                      neighbors:
                      - {asn: 64513, address: 192.0.2.1, connectTime: 1500ms}
                      - {asn: 64513, address: 192.0.2.2, connectTime: 70000s}
                """).getFirst();
        assertThat(SCHEMAS.validate(bad)).isEmpty();
        assertThat(CelRules.violations(SCHEMAS.openApiSchema(bad), bad))
                .containsExactly("/spec/bgp/routers/0/neighbors/0/connectTime: connect time should contain a whole number of seconds",
                        "/spec/bgp/routers/0/neighbors/1/connectTime: connect time should be between 1 seconds to 65535");
        JsonNode cilium = CrdSchemas.documents("""
                apiVersion: cilium.io/v2
                kind: CiliumBGPPeerConfig
                metadata: {name: x}
                spec: {timers: {holdTimeSeconds: 2}, ebgpMultihop: 256}
                """).getFirst();
        assertThat(SCHEMAS.validate(cilium)).anyMatch(e -> e.contains("holdTimeSeconds")).anyMatch(e -> e.contains("ebgpMultihop"));
    }
}
