package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.BgpPeer;
import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.sample.Samples;
import org.junit.jupiter.api.Test;

/** Which service IPs a node's MetalLB speaker announces, as MetalLB's controller decides. */
class MetalLbSpeakerTest {

    @Test
    void clusterPolicyAnnouncesFromEverySpeaker() throws Exception {
        Cluster c = Samples.load("two-dc-anycast").clusters().getFirst();
        MetalLbSpeaker s = MetalLbSpeaker.of(c, node(c, "alfa-worker-1")).orElseThrow();
        assertThat(s.myAsn()).isEqualTo(64859);
        assertThat(s.routerId()).hasToString("192.168.247.101");
        MetalLbSpeaker.Neighbor n = s.neighbors().getFirst();
        assertThat(n.address()).hasToString("192.168.247.254");
        assertThat(n.remoteAs()).isEqualTo("64859");
        assertThat(n.keepalive()).isEqualTo(30);
        assertThat(n.hold()).isEqualTo(90);
        assertThat(n.bfdProfile()).isEqualTo("my-default");
        assertThat(n.advertised()).extracting(a -> a.prefix().toString()).containsExactly("203.0.113.65/32",
                "203.0.113.70/32");
        assertThat(s.bfdProfiles()).extracting(p -> p.name()).containsExactly("my-default");
    }

    @Test
    void excludedMastersRunNoSpeaker() throws Exception {
        Cluster c = Samples.load("two-dc-anycast").clusters().getFirst();
        assertThat(MetalLbSpeaker.of(c, node(c, "alfa-master"))).isEmpty();
    }

    @Test
    void localPolicyAnnouncesOnlyWhereAnEndpointIs() throws Exception {
        Cluster c = Samples.load("mikrotik-core").clusters().getFirst();
        assertThat(MetalLbSpeaker.of(c, node(c, "kube2")).orElseThrow().neighbors().getFirst().advertised())
                .extracting(a -> a.prefix() + " lp " + a.localPref()).containsExactly("172.22.35.70/32 lp 100");
        assertThat(MetalLbSpeaker.of(c, node(c, "kube1")).orElseThrow().neighbors().getFirst().advertised()).isEmpty();
    }

    @Test
    void legacyPoolsWithoutAdvertisementsGetMetalLbsDefault() throws Exception {
        Cluster c = Samples.load("homelab-openwrt-quagga").clusters().getFirst();
        MetalLbSpeaker s = MetalLbSpeaker.of(c, node(c, "ubuntu-dev1")).orElseThrow();
        assertThat(s.neighbors().getFirst().advertised()).extracting(a -> a.prefix().toString())
                .containsExactly("192.168.0.30/32", "192.168.0.31/32");
        assertThat(s.neighbors().getFirst().remoteAs()).isEqualTo("65000");
    }

    @Test
    void goDurations() throws Exception {
        BgpPeer p = Samples.load("homelab-openwrt-quagga").clusters().getFirst().metallb().peers().getFirst();
        assertThat(MetalLbSpeaker.seconds(p, "holdTime", "90s")).isEqualTo(90);
        assertThat(MetalLbSpeaker.seconds(p, "holdTime", "1m30s")).isEqualTo(90);
        assertThat(MetalLbSpeaker.seconds(p, "holdTime", "1500ms")).isEqualTo(1);
        assertThat(MetalLbSpeaker.seconds(p, "holdTime", "0")).isZero();
        assertThat(MetalLbSpeaker.seconds(p, "holdTime", ".5m")).isEqualTo(30);
        assertThat(MetalLbSpeaker.seconds(p, "holdTime", null)).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MetalLbSpeaker.seconds(p, "holdTime", "90"))
                .isInstanceOf(LabException.class).hasMessageContaining("spec.holdTime: time: missing unit in duration \"90\"");
    }

    static Node node(Cluster c, String name) {
        return c.node(name).orElseThrow();
    }
}
