package io.peerplan.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The three bundled samples validate without errors; each warning and info they get is listed here
 * with the reason it is right.
 */
class SampleFindingsTest {

    /** One expected finding: its severity, rule, first element, and why the verdict is correct. */
    record Expected(Severity severity, String ruleId, String element, String reason) {
        String key() {
            return severity + " " + ruleId + " " + element;
        }
    }

    static String key(Finding f) {
        return f.severity() + " " + f.ruleId() + " " + f.elementIds().getFirst();
    }

    private static void check(String sample, List<Expected> expected) throws Exception {
        List<Finding> findings = Validator.validate(Samples.load(sample));
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).as("errors in " + sample).isEmpty();
        assertThat(findings).extracting(SampleFindingsTest::key).as("findings of " + sample)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Expected::key).toList());
        assertThat(expected).allSatisfy(e -> assertThat(e.reason()).isNotBlank());
    }

    @Test
    void twoDcAnycast() throws Exception {
        String spof = "One gateway VM and one provider router per region: each is the only path from its cluster to the "
                + "Internet vantage (the seed says so itself: 'one VM in the cloud can look like a point of failure').";
        String bfd = "The gateway runs a static bfdd peer toward the provider (seed: 'bfd / peer 198.51.100.9 / profile t-rex'), "
                + "but the provider's side in the sample has no BFD (the seed only asks for it in the support ticket), so that BFD session stays Down.";
        String network = "'network 203.0.113.64/29' with frr defaults traditional (import-check on) and no route for exactly the /29: "
                + "FRR's import check needs the exact prefix in the RIB; the /32s learned from the speakers over BGP do not count, "
                + "so only those /32s reach the provider (the seed's switchover still works on them).";
        check("two-dc-anycast", List.of(
                new Expected(Severity.WARNING, "GRAPH-SINGLE-POINT-OF-FAILURE", "gateway-alfa-unoone", spof),
                new Expected(Severity.WARNING, "GRAPH-SINGLE-POINT-OF-FAILURE", "antares", spof),
                new Expected(Severity.WARNING, "GRAPH-SINGLE-POINT-OF-FAILURE", "gateway-bravo-bissotwo", spof),
                new Expected(Severity.WARNING, "GRAPH-SINGLE-POINT-OF-FAILURE", "betelgeuse", spof),
                new Expected(Severity.WARNING, "BGP-SESSION-BFD-ONE-SIDED", "gateway-alfa-unoone", bfd),
                new Expected(Severity.WARNING, "BGP-SESSION-BFD-ONE-SIDED", "gateway-bravo-bissotwo", bfd),
                new Expected(Severity.WARNING, "POLICY-NETWORK-NO-ROUTE", "gateway-alfa-unoone", network),
                new Expected(Severity.WARNING, "POLICY-NETWORK-NO-ROUTE", "gateway-bravo-bissotwo", network),
                new Expected(Severity.INFO, "ADDR-SERVICE-ANYCAST", "k8s-alfa",
                        "203.0.113.70 is requested in both clusters and both announce it: the anycast the seed builds."),
                new Expected(Severity.INFO, "ASN-SAME-AS-ACROSS-REGIONS", "gateway-alfa-unoone",
                        "Both gateways are AS 64859, so neither accepts the other's prefixes from the providers (AS-path loop check); "
                                + "an info, not a warning, because the providers send a default route (default-originate) that the gateways' "
                                + "prefix-list default_from_mylovelycozycloud lets in.")));
    }

    @Test
    void homelabOpenwrtQuagga() throws Exception {
        check("homelab-openwrt-quagga", List.of(
                new Expected(Severity.WARNING, "GRAPH-SINGLE-POINT-OF-FAILURE", "openwrt",
                        "OpenWrt is the only BGP router: if it fails nothing announces 192.168.0.30/.31. Nothing else is wrong: "
                                + "Quagga gets no BFD, listen range or remote-as keyword, and the legacy pool with protocol bgp gets "
                                + "MetalLB's default /32 advertisement.")));
    }

    @Test
    void mikrotikCore() throws Exception {
        String localPref = "The seed's ConfigMap sets localpref: 100 on both pools' advertisements, but the speakers (AS 64636) "
                + "peer over eBGP with the core (AS 64635): LOCAL_PREF is never sent to an eBGP peer.";
        check("mikrotik-core", List.of(
                new Expected(Severity.WARNING, "METALLB-ADV-LOCALPREF-EBGP", "k8s", localPref),
                new Expected(Severity.WARNING, "METALLB-ADV-LOCALPREF-EBGP", "k8s", localPref),
                new Expected(Severity.WARNING, "ADDR-POOL-OVERLAPS-NETWORK", "k8s",
                        "Pool default 172.22.35.64/26 lies inside the node network 172.22.35.0/24: hosts on that LAN ARP for service "
                                + "IPs, which BGP mode does not answer (the ARP trouble the seed's author saw). Pool public sits in the "
                                + "'other' network 200.1.154.0/24, which is only the routable block, not a LAN."),
                new Expected(Severity.WARNING, "GRAPH-SINGLE-POINT-OF-FAILURE", "core",
                        "The single MikroTik core is the only router the three speakers peer with.")));
    }
}
