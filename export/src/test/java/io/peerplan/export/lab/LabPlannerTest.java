package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.sample.Samples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan a topology turns into: hosts, switches, sessions and the refusals. No root needed. */
class LabPlannerTest {
    private static final LabPlanner PLANNER = new LabPlanner((t, r) -> "! config of " + r.id() + "\nrouter bgp " + r.asn() + "\nexit\n");

    @Test
    void twoDcAnycastHasOneHostPerRouterSpeakerAndVantage() throws Exception {
        LabPlan plan = PLANNER.plan(Samples.load("two-dc-anycast"), "0a1b2c", "sample:two-dc-anycast");
        assertThat(plan.hosts()).extracting(LabPlan.Host::elementId).containsExactly("gateway-alfa-unoone",
                "gateway-bravo-bissotwo", "antares", "betelgeuse", "internet", "alfa-worker-1", "alfa-worker-2",
                "bravo-worker-1", "bravo-worker-2");
        // masters carry MetalLB's exclude label: no speaker, no namespace
        assertThat(plan.host("alfa-master")).isEmpty();
        assertThat(plan.namespaces()).allMatch(n -> n.startsWith("pp-0a1b2c-") && n.length() <= 40);
        assertThat(plan.switches()).extracting(LabPlan.Switch::networkId).containsExactly("alfa-cloud", "alfa-link",
                "bravo-cloud", "bravo-link", "internet-antares", "internet-betelgeuse");
        // 4 speaker sessions through the listen ranges, 2 provider sessions, 2 vantage sessions
        assertThat(plan.sessions()).hasSize(8);
        assertThat(plan.sessions()).anySatisfy(s -> {
            assertThat(s.a()).isEqualTo("alfa-worker-1");
            assertThat(s.aAddress()).hasToString("192.168.247.254");
            assertThat(s.b()).isEqualTo("gateway-alfa-unoone");
            assertThat(s.bAddress()).hasToString("192.168.247.101");
        });
        LabPlan.Host gw = plan.host("gateway-alfa-unoone").orElseThrow();
        assertThat(gw.ports()).extracting(p -> p.name() + " " + p.address() + " " + p.networkId())
                .containsExactly("eth0 198.51.100.14/29 alfa-link", "eth1 192.168.247.254/24 alfa-cloud");
        assertThat(gw.config()).startsWith(LabPlanner.LAB_HEADER).contains("! config of gateway-alfa-unoone");
        LabPlan.Host worker = plan.host("alfa-worker-1").orElseThrow();
        assertThat(worker.ports()).extracting(p -> p.name() + " " + p.address())
                .containsExactly("eth0 192.168.247.101/24");
    }

    @Test
    void everySamplePlans() {
        for (String name : Samples.names()) {
            assertThat(plan(name).sessions()).as(name).isNotEmpty();
        }
    }

    @Test
    void homelabSessionsFollowTheExplicitNeighbors() {
        LabPlan plan = plan("homelab-openwrt-quagga");
        assertThat(plan.sessions()).extracting(s -> s.a() + ">" + s.b())
                .containsExactlyInAnyOrder("ubuntu-dev1>openwrt", "ubuntu-dev2>openwrt");
    }

    @Test
    void refusesTheMachinesOwnUplinkRange() throws Exception {
        String yaml = """
                schemaVersion: 1
                name: bad
                networks:
                - {id: n, cidr: 192.0.2.0/24, kind: lan}
                routers:
                - id: r
                  role: core
                  platform: frr
                  asn: 65001
                  routerId: 192.0.2.1
                  interfaces:
                  - {name: eth0, address: 192.0.2.1/24, network: n}
                """;
        Topology t = ProjectCodec.read("bad", yaml.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> PLANNER.plan(t, "0a1b2c", "bad")).isInstanceOf(LabException.class)
                .hasMessageContaining("r interface eth0").hasMessageContaining("192.0.2.0/24");
    }

    @Test
    void refusesOverlapWithTheHostsNetworks() throws Exception {
        LabPlan plan = plan("two-dc-anycast");
        assertThatThrownBy(() -> HostNetworks.check(plan, List.of(io.peerplan.model.IpPrefix.parse("192.168.0.0/16"))))
                .isInstanceOf(LabException.class).hasMessageContaining("gateway-alfa-unoone interface eth1")
                .hasMessageContaining("a network of this machine");
    }

    @Test
    void namesStayUniqueAndShort() {
        LabNames names = new LabNames("abcdef");
        String a = names.host("a-very-long-element-identifier-that-goes-on-and-on");
        String b = names.host("a-very-long-element-identifier-that-goes-on-and-on-too");
        assertThat(a).hasSizeLessThanOrEqualTo(40).startsWith("pp-abcdef-");
        assertThat(b).isNotEqualTo(a).hasSizeLessThanOrEqualTo(40);
        assertThat(names.switchFor("Net_1")).isEqualTo("pp-abcdef-n-net-1");
        assertThatThrownBy(() -> new LabNames("xyz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labIdsAreStablePerProject() {
        assertThat(LabIds.forSource("sample:two-dc-anycast")).isEqualTo(LabIds.forSource("sample:two-dc-anycast"))
                .matches("[0-9a-f]{6}").isNotEqualTo(LabIds.forSource("sample:mikrotik-core"));
    }

    private static LabPlan plan(String sample) {
        try {
            return PLANNER.plan(Samples.load(sample), "0a1b2c", "sample:" + sample);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
