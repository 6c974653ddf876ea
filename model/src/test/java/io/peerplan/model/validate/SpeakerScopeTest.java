package io.peerplan.model.validate;

import static io.peerplan.model.validate.MetalLbCases.C;
import static io.peerplan.model.validate.MetalLbCases.PEER;
import static io.peerplan.model.validate.MetalLbCases.TWO;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * MetalLB's own checks judge only MetalLB clusters: the same design switched to frr-k8s or Cilium is
 * judged by that speaker's rules instead (each pair: MetalLB fires, the other speaker does not).
 */
class SpeakerScopeTest {

    private static Fixture speaker(Fixture f, String speaker) {
        return f.set(C + "/speaker", speaker);
    }

    @Test
    void anUndefinedBfdProfileIsMetalLbsTransientErrorOnlyWithMetalLb() {
        Fixture f = TWO.set(PEER + "/bfdProfile", "fast");
        assertThat(f.findings("METALLB-PEER-BFD-PROFILE-UNDEFINED")).isNotEmpty();
        assertThat(speaker(f, "frr-k8s").findings("METALLB-PEER-BFD-PROFILE-UNDEFINED")).isEmpty();
        assertThat(speaker(f, "frr-k8s").findings("FRRK8S-BFD-PROFILE-UNDEFINED")).isNotEmpty();
        assertThat(speaker(f, "cilium").findings("METALLB-PEER-BFD-PROFILE-UNDEFINED")).isEmpty();
    }

    @Test
    void theNativeBackendIsNotReadUnderAnotherSpeaker() {
        Fixture f = TWO.set(C + "/backend", "native");
        assertThat(f.findings("METALLB-NATIVE-UNSUPPORTED")).isNotEmpty();
        assertThat(speaker(f, "cilium").findings("METALLB-NATIVE-UNSUPPORTED")).isEmpty();
        assertThat(speaker(f, "frr-k8s").findings("METALLB-NATIVE-UNSUPPORTED")).isEmpty();
    }

    @Test
    void metalLbsFrrModeChecksGiveWayToFrrK8sAndCilium() {
        Fixture f = TWO.set(C + "/metallb/peers/1", "{name: second, myASN: 64860, peerASN: 64859, peerAddress: 192.168.247.253}");
        assertThat(f.findings("METALLB-FRR-MY-ASN")).isNotEmpty();
        assertThat(speaker(f, "frr-k8s").findings("METALLB-FRR-MY-ASN")).isEmpty();
        assertThat(speaker(f, "frr-k8s").findings("FRRK8S-ROUTER-CONFLICT")).isNotEmpty();
        assertThat(speaker(f, "cilium").findings("METALLB-FRR-MY-ASN")).isEmpty();
        assertThat(speaker(f, "cilium").findings("CILIUM-CLUSTER-CONFIG-CONFLICT")).isNotEmpty();
    }

    @Test
    void ciliumReadsTheSecretsKeyNotItsType() {
        Fixture f = TWO.set(PEER + "/passwordSecret", "bgp-auth").set(C + "/metallb/secrets", "[{name: bgp-auth, type: Opaque, keys: [password]}]");
        assertThat(f.findings("METALLB-PEER-PASSWORD-SECRET")).isNotEmpty();
        assertThat(speaker(f, "frr-k8s").findings("METALLB-PEER-PASSWORD-SECRET")).as("frr-k8s passwordForNeighbor checks the type too").isNotEmpty();
        assertThat(speaker(f, "cilium").findings("METALLB-PEER-PASSWORD-SECRET")).isEmpty();
    }

    @Test
    void echoModeWithIpv6IsMetalLbsOwnCheck() {
        Fixture f = TWO.set(C + "/metallb/pools/1", "{name: v6, addresses: ['2001:db8:1::/120']}")
                .set(C + "/metallb/advertisements/0/ipAddressPools", "[anycast-pool, v6]").set(C + "/metallb/bfdProfiles/0/echoMode", "true");
        assertThat(f.findings("METALLB-BFD-ECHO-IPV6")).isNotEmpty();
        assertThat(speaker(f, "frr-k8s").findings("METALLB-BFD-ECHO-IPV6")).isEmpty();
    }

    @Test
    void metalLbsNamespaceAdviceIsForMetalLb() {
        Fixture f = TWO.set(C + "/namespace", "frr-k8s-system");
        assertThat(f.findings("METALLB-NAMESPACE")).isNotEmpty();
        assertThat(speaker(f, "frr-k8s").findings("METALLB-NAMESPACE")).isEmpty();
        assertThat(speaker(TWO.set(C + "/namespace", "Not_A_Namespace"), "cilium").findings("METALLB-NAMESPACE"))
                .as("Cilium's objects are cluster-scoped").isEmpty();
    }
}
