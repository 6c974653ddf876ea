package io.peerplan.export.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-written frr-k8s and Cilium objects (no Peerplan header): what a design holds is imported,
 * what it cannot hold is reported at its file and document line, and frr-k8s's own defaults are kept.
 */
class SpeakerImportNotesTest {
    private static final String FRR_K8S = """
            apiVersion: frrk8s.metallb.io/v1beta1
            kind: FRRConfiguration
            metadata:
              name: edge
              namespace: frr-k8s-system
            spec:
              bgp:
                routers:
                - asn: 64512
                  neighbors:
                  - address: 172.30.0.3
                    asn: 4200000000
                    password: hunter2
                    toReceive:
                      allowed:
                        mode: all
              raw:
                rawConfig: "router bgp 64512"
            ---
            apiVersion: frrk8s.metallb.io/v1beta1
            kind: FRRNodeState
            metadata:
              name: node-a
            """;

    private static final String CILIUM = """
            apiVersion: cilium.io/v2
            kind: CiliumBGPAdvertisement
            metadata:
              name: pods
              labels:
                advertise: bgp
            spec:
              advertisements:
              - advertisementType: PodCIDR
            """;

    @Test
    void frrK8sNeighborsImportWithFrrTimersAndTheRestIsReportedWhereItStands() throws Exception {
        ConfigImporter.Result r = ConfigImporter.importConfigs("x", List.of(new ConfigImporter.Input("edge.yaml", FRR_K8S)));
        Cluster c = r.topology().clusters().getFirst();
        assertThat(c.effectiveSpeaker()).isEqualTo(Speaker.FRR_K8S);
        assertThat(c.effectiveNamespace()).isEqualTo("frr-k8s-system");
        BgpPeer p = c.metallb().peers().getFirst();
        assertThat(List.of(p.name(), p.myASN(), p.peerASN(), p.peerAddress(), p.holdTime(), p.keepaliveTime()))
                .as("no timers in frr-k8s means FRR's, written out").containsExactly("peer-172-30-0-3", 64512L, 4200000000L, "172.30.0.3",
                        "180s", "60s");
        assertThat(p.password()).doesNotContain("hunter2").startsWith("@@SECRET:");
        assertThat(p.toReceive()).as("toReceive is part of the design now").isEqualTo(new io.peerplan.model.ToReceive("all", List.of()));
        assertThat(r.notes().stream().map(ImportNote::render)).anyMatch(n -> n.startsWith("edge.yaml:1: ") && n.contains("password: ****"))
                .noneMatch(n -> n.contains("toReceive"))
                .anyMatch(n -> n.startsWith("edge.yaml:1: ") && n.contains("spec.raw"))
                .anyMatch(n -> n.startsWith("edge.yaml:1: ") && n.contains("what each node advertises is not"))
                .anyMatch(n -> n.startsWith("edge.yaml:20: ") && n.contains("FRRNodeState") && n.contains("not part of Peerplan's model"))
                .noneMatch(n -> n.contains("hunter2"));
    }

    @Test
    void aCiliumPodCidrAdvertisementIsReported() throws Exception {
        ConfigImporter.Result r = ConfigImporter.importConfigs("x", List.of(new ConfigImporter.Input("bgp.yaml", CILIUM)));
        assertThat(r.topology().clusters()).allSatisfy(c -> assertThat(c.metallb().advertisements()).isEmpty());
        assertThat(r.notes().stream().map(ImportNote::render))
                .anyMatch(n -> n.startsWith("bgp.yaml:1: ") && n.contains("PodCIDR") && n.contains("LoadBalancer IPs only"));
    }
}
