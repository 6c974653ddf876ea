package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.AddressPool;
import io.peerplan.model.Cluster;
import io.peerplan.model.Peering;
import io.peerplan.model.Region;
import io.peerplan.model.Router;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShowCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"two-dc-anycast", "homelab-openwrt-quagga", "mikrotik-core"})
    void showPrintsEveryRegionRouterClusterPoolServiceAndPeering(String sample) throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("show", "sample:" + sample);
        assertThat(r.exitCode()).isZero();
        Topology t = Samples.load(sample);
        for (Region region : t.regions()) {
            assertThat(r.out()).contains(region.name() + " [" + region.id() + "]");
        }
        for (Router router : t.routers()) {
            assertThat(r.out()).contains("[" + router.id() + "]").contains("AS " + router.asn());
        }
        for (Cluster c : t.clusters()) {
            assertThat(r.out()).contains("[" + c.id() + "]");
            c.nodes().forEach(n -> assertThat(r.out()).contains("node " + n.name() + " [" + n.id() + "] " + n.address()));
            for (AddressPool p : c.metallb().pools()) {
                assertThat(r.out()).contains("pool " + p.name() + " " + String.join(", ", p.addresses()));
            }
            for (Service s : c.services()) {
                assertThat(r.out()).contains("service " + s.effectiveNamespace() + "/" + s.name() + " " + String.join(", ", s.ips()));
            }
        }
        for (Peering p : t.peerings()) {
            assertThat(r.out()).contains("[" + p.id() + "]");
        }
    }

    @Test
    void twoDcSummaryNamesTheSeedsFacts() {
        String out = CliTestSupport.run("show", "sample:two-dc-anycast").out();
        assertThat(out).contains("gateway-alfa-unoone", "gateway-bravo-bissotwo", "AS 64859", "AS 65101", "AS 64600",
                "198.51.100.9", "198.19.51.225", "192.168.247.254", "192.168.147.254", "prefix-list default_from_mylovelycozycloud",
                "prefix-list my_anycast_subnet", "route-map prpnd_private permit 10 prepend [64859]",
                "prepend [64859, 64859, 64859]", "BFD profile t-rex", "BFDProfile my-default 300/300/3 minimumTtl 127",
                "pool anycast-pool 203.0.113.64/29", "BGPAdvertisement anycast-adv", "cilium-echo-svc-metallb 203.0.113.65",
                "cilium-echo-svc-metallb 203.0.113.66", "echo-svc-sameip 203.0.113.70", "Internet clients");
    }

    @Test
    void badInputExitsOneWithTheLocatedErrorAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.peerplan.yaml");
        Files.writeString(bad, "schemaVersion: 1\nregions:\n- id: a\n  nmae: A\n");
        CliTestSupport.Result r = CliTestSupport.run("show", bad.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains(bad + ":4:").contains("unknown key 'nmae'").contains("did you mean 'name'");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void unknownSampleAndMissingFileExitOne() {
        assertThat(CliTestSupport.run("show", "sample:nope").exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        CliTestSupport.Result missing = CliTestSupport.run("show", "/nonexistent/x.peerplan.yaml");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(missing.err()).contains("/nonexistent/x.peerplan.yaml: no such file");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliTestSupport.run("show").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliTestSupport.run("frobnicate", "x", "y").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliTestSupport.run("samples", "--bogus").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void samplesListsAllThree() {
        CliTestSupport.Result r = CliTestSupport.run("samples");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("two-dc-anycast", "homelab-openwrt-quagga", "mikrotik-core");
    }
}
