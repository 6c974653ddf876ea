package io.peerplan.export.frr;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.Designs;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import org.junit.jupiter.api.Test;

/** Shape of the generated text: what vtysh itself would write (measured forms), and the contract entry points. */
class FrrConfigGeneratorTest {
    private final Topology twoDc = Designs.load("two-dc-anycast");
    private final Topology every = Designs.load("every-construct");

    private static Router router(Topology t, String id) {
        return new TopologyIndex(t).router(id).orElseThrow();
    }

    @Test
    void gatewayHoldsTheSeedsBlocksInVtyshSpelling() {
        String conf = FrrConfigGenerator.generate(twoDc, router(twoDc, "gateway-alfa-unoone"));
        assertThat(conf).contains("frr defaults traditional\nhostname gateway-alfa-unoone\nlog syslog informational\n"
                + "ip forwarding\nno ipv6 forwarding\n!\nip router-id 198.51.100.14\n")
                .contains(" neighbor 198.51.100.9 ebgp-multihop 255\n")
                .doesNotContain("ebgp-multihop\n")
                .contains(" bgp listen limit 110\n bgp listen range 192.168.247.0/24 peer-group mks-nodes\n")
                .contains(" profile t-rex\n  minimum-ttl 127\n")
                .endsWith("!\nend\n");
    }

    @Test
    void policiesComeBeforeRouterBgpSoNoNeighborSeesAnUndefinedRouteMap() {
        String conf = FrrConfigGenerator.generate(twoDc, router(twoDc, "gateway-alfa-unoone"));
        assertThat(conf.indexOf("route-map prpnd_private permit 10")).isLessThan(conf.indexOf("router bgp 64859"));
        assertThat(conf.indexOf("ip prefix-list my_anycast_subnet")).isLessThan(conf.indexOf("route-map prpnd_private"));
    }

    @Test
    void defaultsAreNotWrittenBecauseRunningConfigDoesNotShowThem() {
        String conf = FrrConfigGenerator.generate(every, router(every, "edge"));
        // allowas-in 3 is FRR's default count, printed bare; FRR prints echo-interval as two lines.
        assertThat(conf).contains("  neighbor 203.0.113.2 allowas-in\n")
                .contains("  echo transmit-interval 80\n  echo receive-interval 80\n")
                .doesNotContain("receive-interval 300").doesNotContain("port 179");
        // datacenter defaults: ebgp-requires-policy off, so "on" must be written; deterministic-med on, so "off" is written.
        assertThat(conf).contains(" bgp ebgp-requires-policy\n").contains(" no bgp deterministic-med\n")
                .contains(" no bgp network import-check\n").contains(" timers bgp 10 30\n");
    }

    @Test
    void peerGroupMembersComeFirstInFrrPeerOrder() {
        String conf = FrrConfigGenerator.generate(every, router(every, "edge"));
        assertThat(conf).contains(" neighbor 10.10.0.2 peer-group backbone\n neighbor 10.10.0.2 interface eth0\n"
                + " neighbor 10.10.0.2 update-source 10.10.0.1\n neighbor 10.10.0.130 peer-group speakers\n");
        assertThat(conf.indexOf("neighbor 10.10.0.21 remote-as")).isLessThan(conf.indexOf("neighbor 198.18.0.2 remote-as"));
        assertThat(conf.indexOf("neighbor 198.18.0.2 remote-as")).isLessThan(conf.indexOf("neighbor 2001:db8::2 remote-as"));
    }

    @Test
    void passwordsAreWrittenAsPlaceholdersNeverAsSecrets() {
        String conf = FrrConfigGenerator.generate(every, router(every, "edge"));
        assertThat(conf).contains(" neighbor speakers password @@SECRET:speakers-md5@@\n")
                .contains(" neighbor 203.0.113.2 password @@SECRET:bgp-upstream@@\n");
    }

    @Test
    void ipv6NeighborsAreActivatedInTheirOwnAddressFamily() {
        String conf = FrrConfigGenerator.generate(every, router(every, "edge"));
        assertThat(conf).contains(" address-family ipv6 unicast\n  network 2001:db8:100::/48\n"
                + "  neighbor 2001:db8::2 activate\n  neighbor 2001:db8::2 prefix-list v6-out out\n exit-address-family\n")
                .contains("ipv6 prefix-list v6-out seq 5 permit 2001:db8:100::/48 le 64\n").contains("ipv6 forwarding\n");
    }

    @Test
    void logSessionChangesIsACommandOnlyForFrr10() {
        Router edge = router(every, "edge");
        TopologyIndex index = new TopologyIndex(every);
        String v84 = FrrConfigGenerator.render(index, edge, FrrOptions.DEFAULT).text();
        String v10 = FrrConfigGenerator.render(index, edge, new FrrOptions(FrrDialect.FRR_10, null)).text();
        assertThat(v84).contains("  " + FrrBfdSection.LOG_SESSION_CHANGES_NOTE + "\n").doesNotContain("\n  log-session-changes\n");
        assertThat(v10).contains("\n  log-session-changes\n").contains("written for FRR 10.");
    }

    @Test
    void vantagesRenderAsAPolicyFreeSpeaker() {
        String conf = FrrConfigGenerator.generate(twoDc, twoDc.vantages().getFirst());
        assertThat(conf).contains("hostname internet\n").contains("router bgp 64496\n no bgp ebgp-requires-policy\n")
                .contains(" neighbor 198.18.0.1 remote-as 65101\n").contains(" neighbor 198.18.0.5 remote-as 64600\n")
                .doesNotContain("\n  network ");
    }

    @Test
    void routersOfOtherPlatformsKeepTheirPolicyDefaultsWhenWrittenAsFrr() {
        Topology homelab = Designs.load("homelab-openwrt-quagga");
        // Quagga has neither RFC 8212 nor import-check by default: the FRR rendering must accept the speakers' routes too.
        assertThat(FrrConfigGenerator.generate(homelab, router(homelab, "openwrt")))
                .contains("router bgp 65000\n no bgp ebgp-requires-policy\n no bgp network import-check\n");
        Topology mikrotik = Designs.load("mikrotik-core");
        assertThat(FrrConfigGenerator.generate(mikrotik, router(mikrotik, "core")))
                .contains("router bgp 64635\n no bgp ebgp-requires-policy\n neighbor").doesNotContain("import-check");
        assertThat(FrrConfigGenerator.generate(twoDc, router(twoDc, "gateway-alfa-unoone"))).doesNotContain("ebgp-requires-policy");
    }

    @Test
    void daemonsEnableBfddOnlyWhenBfdIsUsed() {
        assertThat(FrrConfigGenerator.daemons(twoDc, router(twoDc, "gateway-alfa-unoone")))
                .contains("bgpd=yes\nbfdd=yes\nstaticd=no\n");
        assertThat(FrrConfigGenerator.daemons(twoDc, router(twoDc, "antares"))).contains("bfdd=no\n");
        assertThat(FrrConfigGenerator.daemons(every, router(every, "edge"))).contains("bfdd=yes\nstaticd=yes\n");
    }

    @Test
    void whatCannotBeWrittenIsReportedNotDropped() {
        FrrRender r = FrrConfigGenerator.render(new TopologyIndex(twoDc), router(twoDc, "gateway-alfa-unoone"), FrrOptions.DEFAULT);
        assertThat(r.warnings()).isEmpty();
        Topology noAsn = every.withRouters(every.routers().stream().map(x -> x.id().equals("upstream")
                ? new Router(x.id(), x.name(), x.region(), x.role(), x.platform(), null, x.routerId(), x.interfaces(), null, null,
                        null, null, null, null, x.bgp(), null, null, null, null, null, null)
                : x).toList());
        FrrRender missing = FrrConfigGenerator.render(new TopologyIndex(noAsn), router(noAsn, "upstream"), FrrOptions.DEFAULT);
        assertThat(missing.warnings()).anyMatch(w -> w.contains("no AS number"));
        assertThat(missing.text()).doesNotContain("router bgp");
    }
}
