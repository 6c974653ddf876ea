package io.peerplan.export.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Cluster;
import io.peerplan.model.IpPrefix;
import io.peerplan.model.Node;
import java.util.Map;
import java.util.TreeMap;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.sample.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a push plans and expects, from the bundled samples (seed 000, 001, 002). */
class PushPlanningTest {
    private final Topology twoDc = load("two-dc-anycast");

    private static Topology load(String name) {
        try {
            return Samples.load(name);
        } catch (io.peerplan.model.io.ProjectLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twoDcPlansBothGatewaysAndNeverTheProviders() {
        PushPlan plan = PushPlan.of(twoDc, List.of());
        assertThat(plan.targets()).extracting(PushTarget::id).containsExactly("gateway-alfa-unoone", "gateway-bravo-bissotwo");
        assertThat(plan.supported()).hasSize(2);
        assertThat(plan.describe()).contains("gateway-alfa-unoone [gateway-alfa-unoone] FRR router via almalinux@198.51.100.14")
                .doesNotContain("antares");
    }

    /** A cluster's objects are those of its speaker, and the plan says whose: never "MetalLB" for a Cilium cluster. */
    @Test
    void aClusterIsPlannedUnderItsSpeakersName() {
        for (io.peerplan.model.Speaker speaker : io.peerplan.model.Speaker.values()) {
            Topology t = speaker.applyTo(twoDc);
            PushTarget k8s = PushPlan.of(t, List.of("k8s-alfa")).targets().getFirst();
            assertThat(k8s.platform()).isEqualTo(speaker.label());
            assertThat(k8s.describe()).contains("k8s-alfa] " + speaker.label() + " objects of cluster");
        }
        assertThat(PushPlan.of(io.peerplan.model.Speaker.CILIUM.applyTo(twoDc), List.of("k8s-alfa")).describe()).doesNotContain("MetalLB");
    }

    @Test
    void onlyNamesDevicesAndRefusesUnknownIds() {
        assertThat(PushPlan.of(twoDc, List.of("gateway-bravo-bissotwo")).targets()).extracting(PushTarget::id).containsExactly("gateway-bravo-bissotwo");
        assertThat(PushPlan.of(twoDc, List.of("antares")).targets().getFirst().unsupportedReason()).contains("not managed by you");
        assertThatThrownBy(() -> PushPlan.of(twoDc, List.of("alfa-speakers"))).hasMessageContaining("--only alfa-speakers").hasMessageContaining("peering");
        assertThatThrownBy(() -> PushPlan.of(twoDc, List.of("nope"))).hasMessageContaining("no router or cluster has this id");
    }

    @Test
    void routerOsStaysInThePlanMarkedNotSupportedWhileQuaggaIsPushedWithItsOwnSteps() {
        for (String sample : List.of("mikrotik-core", "homelab-openwrt-quagga")) {
            Topology t = load(sample);
            PushPlan plan = PushPlan.of(t, t.routers().stream().map(Router::id).toList());
            assertThat(plan.targets()).isNotEmpty();
            assertThat(plan.targets()).filteredOn(tg -> tg.platform().startsWith("RouterOS"))
                    .allSatisfy(tg -> assertThat(tg.unsupportedReason()).contains("RouterOS push is not available yet"));
        }
        Topology homelab = load("homelab-openwrt-quagga");
        Router openwrt = homelab.routers().getFirst().withManagement(new io.peerplan.model.Management("192.168.1.2", null, "root", null, null));
        Topology managed = homelab.withRouters(List.of(openwrt));
        PushTarget q = PushPlan.of(managed, List.of(openwrt.id())).targets().getFirst();
        assertThat(q.platform()).isEqualTo("Quagga");
        assertThat(q.supported()).as(q.unsupportedReason()).isTrue();
        assertThat(q.steps(true)).startsWith("dry run, read-only: ").contains("bgpd -C -f and zebra -C -f", "vtysh -c 'show running-config'")
                .doesNotContain("restart", "write memory");
        assertThat(q.steps(false)).contains("write memory", "'/etc/init.d/quagga restart'", "rolls back").doesNotContain("frr-reload.py");
        Router linux = openwrt.withManagement(new io.peerplan.model.Management("192.168.1.2", null, "root", null, null, "linux"));
        assertThat(PushPlan.of(homelab.withRouters(List.of(linux)), List.of(linux.id())).targets().getFirst().steps(false))
                .contains("'systemctl restart zebra.service bgpd.service'");
        Router bad = openwrt.withManagement(new io.peerplan.model.Management("192.168.1.2", null, "root", null, null, "gentoo"));
        assertThat(PushPlan.of(homelab.withRouters(List.of(bad)), List.of(bad.id())).targets().getFirst().unsupportedReason())
                .contains("management.quaggaLayout 'gentoo' is not usable: expected openwrt or linux");
    }

    @Test
    void alfaExpectsItsProviderAndItsSpeakersAndTheAnycastPrefixTowardsTheProvider() {
        Router alfa = new TopologyIndex(twoDc).router("gateway-alfa-unoone").orElseThrow();
        FrrExpectations e = FrrExpectations.of(twoDc, alfa);
        assertThat(e.sessions()).extracting(FrrExpectations.Session::address)
                .containsExactly("192.168.247.101", "192.168.247.102", "198.51.100.9");
        FrrExpectations.Session provider = e.sessions().stream().filter(s -> s.address().equals("198.51.100.9")).findFirst().orElseThrow();
        assertThat(provider.dynamic()).isFalse();
        assertThat(provider.advertised()).containsExactly(IpPrefix.parse("203.0.113.64/29"));
        // The master carries the exclude label, so it runs no speaker and is not expected.
        assertThat(e.sessions()).filteredOn(FrrExpectations.Session::dynamic).hasSize(2);
    }

    @Test
    void aMasterWithoutTheExcludeLabelRunsASpeakerAndIsExpected() {
        Cluster alfaK8s = twoDc.clusters().getFirst();
        List<Node> nodes = alfaK8s.nodes().stream().map(n -> !n.id().equals("alfa-master") ? n
                : new Node(n.id(), n.name(), n.address(), n.role(), new TreeMap<>(Map.of("role", "master")), n.network())).toList();
        Cluster c = alfaK8s.withNodes(nodes);
        Topology t = twoDc.withClusters(List.of(c, twoDc.clusters().get(1)));
        Router alfa = new TopologyIndex(t).router("gateway-alfa-unoone").orElseThrow();
        assertThat(FrrExpectations.of(t, alfa).sessions()).extracting(FrrExpectations.Session::address)
                .containsExactly("192.168.247.211", "192.168.247.101", "192.168.247.102", "198.51.100.9");
    }

    @Test
    void outboundPolicyFollowsFrrPrefixListAndRouteMapRules() {
        Router alfa = new TopologyIndex(twoDc).router("gateway-alfa-unoone").orElseThrow();
        assertThat(OutboundPolicy.prefixListPermits(alfa, "my_anycast_subnet", IpPrefix.parse("203.0.113.70/32"))).isTrue();
        assertThat(OutboundPolicy.prefixListPermits(alfa, "my_anycast_subnet", IpPrefix.parse("203.0.113.0/24"))).isFalse();
        assertThat(OutboundPolicy.prefixListPermits(alfa, "my_anycast_subnet", IpPrefix.parse("10.0.0.0/8"))).isFalse();
        assertThat(OutboundPolicy.prefixListPermits(alfa, "default_from_mylovelycozycloud", IpPrefix.parse("0.0.0.0/0"))).isTrue();
        var cfg = twoDc.peerings().stream().filter(p -> p.id().equals("alfa-provider")).findFirst().orElseThrow().a().config();
        assertThat(OutboundPolicy.permits(alfa, cfg, IpPrefix.parse("203.0.113.64/29"))).contains(true);
        assertThat(OutboundPolicy.permits(alfa, cfg.withRemoteAs("65101"), IpPrefix.parse("198.18.0.0/15"))).contains(false);
    }
}
