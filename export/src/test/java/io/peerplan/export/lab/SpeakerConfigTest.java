package io.peerplan.export.lab;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Cluster;
import io.peerplan.model.Node;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Speaker and vantage configs: MetalLB's shape, and real FRR's parser ({@code vtysh -C -f}) accepts them. */
class SpeakerConfigTest {
    @TempDir
    Path tmp;

    @Test
    void rendersMetalLbsFrrBackendShape() throws Exception {
        Cluster c = Samples.load("two-dc-anycast").clusters().getFirst();
        String conf = SpeakerConfig.render(MetalLbSpeaker.of(c, c.node("alfa-worker-1").orElseThrow()).orElseThrow(),
                "alfa-worker-1");
        assertThat(conf).contains("""
                router bgp 64859
                 no bgp ebgp-requires-policy
                 no bgp network import-check
                 no bgp default ipv4-unicast
                 bgp router-id 192.168.247.101
                 neighbor 192.168.247.254 remote-as 64859
                 neighbor 192.168.247.254 timers 30 90
                 neighbor 192.168.247.254 bfd
                 neighbor 192.168.247.254 bfd profile my-default
                """);
        assertThat(conf).contains("route-map 192.168.247.254-in deny 20\n");
        assertThat(conf).contains("ip prefix-list 192.168.247.254-pl-ipv4 permit 203.0.113.65/32\n"
                + "ip prefix-list 192.168.247.254-pl-ipv4 permit 203.0.113.70/32\n"
                + "ip prefix-list 192.168.247.254-pl-ipv4 deny any\n");
        assertThat(conf).contains("  network 203.0.113.65/32\n  network 203.0.113.70/32\n");
        assertThat(conf).contains(" profile my-default\n  receive-interval 300\n  transmit-interval 300\n"
                + "  detect-multiplier 3\n  minimum-ttl 127\n");
    }

    @Test
    void localPreferenceEntriesComeBeforeTheAllowList() throws Exception {
        Cluster c = Samples.load("mikrotik-core").clusters().getFirst();
        String conf = SpeakerConfig.render(MetalLbSpeaker.of(c, c.node("kube2").orElseThrow()).orElseThrow(), "kube2");
        assertThat(conf).contains("route-map 172.22.35.1-out permit 1\n match ip address prefix-list "
                + "172.22.35.1-100-ipv4-localpref-prefixes\n set local-preference 100\n on-match next\n");
        assertThat(conf).contains("route-map 172.22.35.1-out permit 2\n match ip address prefix-list 172.22.35.1-pl-ipv4\n");
    }

    @Test
    void realFrrParsesEverySpeakerAndVantageConfigOfTheSamples() throws Exception {
        Requires.vtysh();
        int checked = 0;
        for (String name : Samples.names()) {
            Topology t = Samples.load(name);
            for (Cluster c : t.clusters()) {
                for (Node n : c.nodes()) {
                    var s = MetalLbSpeaker.of(c, n);
                    if (s.isPresent()) {
                        dryRun(name + "-" + n.id(), LabPlanner.LAB_HEADER + SpeakerConfig.render(s.get(), n.name()));
                        checked++;
                    }
                }
            }
            for (var v : t.vantages()) {
                dryRun(name + "-" + v.id(), LabPlanner.LAB_HEADER + VantageConfig.render(t, v, v.id()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    private void dryRun(String name, String config) throws Exception {
        Path f = tmp.resolve(name + ".conf");
        Files.writeString(f, config);
        Exec.Result r = Exec.run(List.of("/usr/bin/vtysh", "-C", "-f", f.toString()));
        assertThat(r.exitCode()).as("vtysh -C -f %s:%n%s%s%n%s", name, r.stdout(), r.stderr(), config).isZero();
    }
}
