package io.peerplan.export.lab;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.IpPrefix;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lab's own machinery on a three-element topology with hand-written router configs: namespaces,
 * links, daemons, convergence, reading tables, failures and a clean teardown.
 */
@Tag("lab")
class LabMachineryTest {
    static final String YAML = """
            schemaVersion: 1
            name: tiny
            networks:
            - {id: link, cidr: 198.51.100.0/29, kind: link}
            - {id: edge, cidr: 198.18.0.0/30, kind: other}
            routers:
            - id: r1
              role: core
              platform: frr
              asn: 65001
              routerId: 198.51.100.1
              interfaces:
              - {name: eth0, address: 198.51.100.1/29, network: link}
              - {name: lo1, address: 10.9.9.9/32}
            - id: r2
              role: provider
              platform: external
              asn: 65002
              routerId: 198.51.100.2
              interfaces:
              - {name: eth0, address: 198.51.100.2/29, network: link}
              - {name: eth1, address: 198.18.0.1/30, network: edge}
            vantages:
            - id: v
              asn: 64496
              routerId: 198.18.0.2
              interfaces:
              - {name: eth0, address: 198.18.0.2/30, network: edge}
            peerings:
            - id: r1-r2
              a: {element: r1, peerAddress: 198.51.100.2, config: {remoteAs: "65002"}}
              b: {element: r2, peerAddress: 198.51.100.1, config: {remoteAs: "65001"}}
            - id: r2-v
              a: {element: r2, peerAddress: 198.18.0.2, config: {remoteAs: "64496"}}
              b: {element: v, peerAddress: 198.18.0.1, config: {remoteAs: "65002"}}
            """;

    /** Hand-written configs standing in for the exporter. */
    static final BiFunction<Topology, Router, String> CONFIGS = (t, r) -> switch (r.id()) {
        case "r1" -> """
                ip forwarding
                ip route 203.0.113.0/24 blackhole
                router bgp 65001
                 bgp router-id 198.51.100.1
                 no bgp ebgp-requires-policy
                 neighbor 198.51.100.2 remote-as 65002
                 address-family ipv4 unicast
                  network 203.0.113.0/24
                 exit-address-family
                exit
                """;
        case "r2" -> """
                ip forwarding
                router bgp 65002
                 bgp router-id 198.51.100.2
                 no bgp ebgp-requires-policy
                 neighbor 198.51.100.1 remote-as 65001
                 neighbor 198.18.0.2 remote-as 64496
                exit
                """;
        default -> throw new IllegalArgumentException(r.id());
    };

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsRootAndFrr() {
        Requires.nothingMissing(Preflight.report());
    }

    static Topology tiny() throws Exception {
        return ProjectCodec.read("tiny", YAML.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void buildsConvergesReadsAndCleansUp() throws Exception {
        Topology t = tiny();
        String id = LabNames.newLabId();
        LabStateStore store = new LabStateStore(tmp.resolve("state"));
        LabPlan plan = new LabPlanner(CONFIGS).plan(t, id, "test:tiny");
        try (Lab lab = Lab.up(t, plan, store, Set.of())) {
            assertThat(plan.namespaces()).allMatch(Namespaces::exists);
            Convergence.Report r = Convergence.await(lab, Duration.ofSeconds(30),
                    Map.of("v", Set.of(IpPrefix.parse("203.0.113.0/24"))), Duration.ofMillis(800));
            assertThat(r.converged()).as("%s %s", r.downSessions(), r.missing()).isTrue();
            LabRib.Path best = r.ribs().get("v").best(IpPrefix.parse("203.0.113.0/24")).orElseThrow();
            assertThat(best.asPath()).containsExactly(65002L, 65001L);
            assertThat(best.reason()).isEqualTo("First path received");
            assertThat(best.peer()).hasToString("198.18.0.1");
            LabRib.Path local = r.ribs().get("r1").best(IpPrefix.parse("203.0.113.0/24")).orElseThrow();
            assertThat(local.local()).isTrue();
            assertThat(local.weight()).isEqualTo(32768);
            // the hostname trick: peers see the element's name
            assertThat(lab.frr("v").show("show bgp neighbors 198.18.0.1 json")).contains("\"r2\"");

            lab.fail(Set.of("r1"));
            assertThat(lab.running()).containsExactlyInAnyOrder("r2", "v");
            Convergence.Report after = Convergence.await(lab, Duration.ofSeconds(10), Map.of(), Duration.ofMillis(500));
            assertThat(after.ribs().get("v").routes()).doesNotContainKey(IpPrefix.parse("203.0.113.0/24"));
        }
        assertThat(plan.namespaces()).noneMatch(Namespaces::exists);
        assertThat(Files.exists(store.runDir(id))).isFalse();
        assertThat(plan.hosts()).allMatch(h -> !Files.exists(FrrHost.FRR_RUN.resolve(h.namespace())));
    }

    @Test
    void refusesExistingNamespaceAndLeavesItAlone() throws Exception {
        Topology t = tiny();
        String id = LabNames.newLabId();
        LabStateStore store = new LabStateStore(tmp.resolve("state"));
        LabPlan plan = new LabPlanner(CONFIGS).plan(t, id, "test:tiny");
        String taken = plan.hosts().getFirst().namespace();
        Namespaces.add(taken);
        try {
            assertThatThrownBy(() -> Lab.up(t, plan, store, Set.of())).isInstanceOf(LabException.class)
                    .hasMessageContaining(taken + " already exists");
            assertThat(Namespaces.exists(taken)).isTrue();
        } finally {
            Namespaces.delete(taken);
        }
    }

    @Test
    void failedUpRemovesEverythingItCreated() throws Exception {
        Topology t = tiny();
        String id = LabNames.newLabId();
        LabStateStore store = new LabStateStore(tmp.resolve("state"));
        BiFunction<Topology, Router, String> broken = (tt, r) -> r.id().equals("r2")
                ? "router bgp 65002\n neighbor 198.51.100.1 remote-as banana\n" : CONFIGS.apply(tt, r);
        LabPlan plan = new LabPlanner(broken).plan(t, id, "test:tiny");
        assertThatThrownBy(() -> Lab.up(t, plan, store, Set.of())).isInstanceOf(LabException.class)
                .hasMessageContaining("refused the config").hasMessageContaining("banana");
        assertThat(plan.namespaces()).noneMatch(Namespaces::exists);
        assertThat(Files.exists(store.runDir(id))).isFalse();
    }
}
