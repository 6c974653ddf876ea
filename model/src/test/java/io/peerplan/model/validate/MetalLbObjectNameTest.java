package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Cluster;
import io.peerplan.model.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The object a MetalLB finding names is read back from the finding itself, as the validator words it. */
class MetalLbObjectNameTest {

    @Test
    void aRealFindingNamesItsBgpPeer() throws Exception {
        var t = Samples.load("two-dc-anycast");
        Cluster alfa = t.clusters().getFirst();
        var bad = alfa.metallb().peers().getFirst().withPeerPort(20000);
        var broken = t.withClusters(List.of(alfa.withMetallb(alfa.metallb().withPeers(List.of(bad))), t.clusters().get(1)));
        Finding port = Validator.validateMetalLb(broken).stream().filter(f -> f.ruleId().equals("METALLB-PEER-PORT")).findFirst().orElseThrow();
        assertThat(MetalLbObjectName.named(port.message())).contains(new MetalLbObjectName("BGPPeer", bad.name()));
        assertThat(port.message()).startsWith(new MetalLbObjectName("BGPPeer", bad.name()).in(alfa.displayName()) + ": ");
    }

    @Test
    void anUnnamedObjectOrAnotherMessageNamesNone() {
        assertThat(MetalLbObjectName.named("BGPPeer (unnamed) (cluster k8s): missing local ASN")).isEmpty();
        assertThat(MetalLbObjectName.named("gateway-alfa-unoone: AS 0 is reserved")).isEmpty();
        assertThat(MetalLbObjectName.named("")).isEmpty();
    }
}
