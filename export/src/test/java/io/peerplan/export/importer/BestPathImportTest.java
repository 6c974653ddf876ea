package io.peerplan.export.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.RealFrr;
import io.peerplan.export.frr.FrrConfigGenerator;
import io.peerplan.export.testlab.Requires;
import io.peerplan.model.BgpOptions;
import io.peerplan.model.RouteOrigin;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The best-path knobs of bgp_vty.c, zebra's {@code ip nht resolve-via-default} and route-map
 * {@code set origin}: real {@code vtysh -C} accepts them, they import into the design, and the FRR
 * exporter writes them back as FRR's running-config does. And a folder import takes any
 * {@code *.conf} that is an FRR/Quagga BGP config, saying which files it skipped and why.
 */
class BestPathImportTest {
    static final String CONF = """
            hostname edge
            ip nht resolve-via-default
            ip route 203.0.113.0/28 blackhole
            !
            router bgp 65010
             bgp bestpath as-path ignore
             bgp bestpath as-path multipath-relax
             bgp bestpath compare-routerid
             bgp bestpath med confed missing-as-worst
             bgp bestpath peer-type multipath-relax
             neighbor 198.51.100.2 remote-as 65020
             address-family ipv4 unicast
              network 203.0.113.0/28
              neighbor 198.51.100.2 route-map out-map out
             exit-address-family
            exit
            !
            route-map out-map permit 10
             set origin incomplete
            exit
            !
            interface eth0
             ip address 198.51.100.1/24
            exit
            """;

    @TempDir
    Path dir;

    @Test
    void realFrrAcceptsTheLines() throws Exception {
        Requires.vtysh();
        RealFrr.Run run = RealFrr.dryRun(Files.writeString(dir.resolve("frr.conf"), CONF));
        assertThat(run.stderr()).as("vtysh -C -f complaints").isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void theKnobsImportAndExportAgain() throws Exception {
        ConfigImporter.Result r = ConfigImporter.importConfigs("t", List.of(new ConfigImporter.Input("frr.conf", CONF)));
        assertThat(r.notes()).noneMatch(n -> n.kind() == ImportNote.Kind.UNKNOWN);
        Router edge = r.topology().routers().getFirst();
        BgpOptions b = edge.bgp();
        assertThat(List.of(b.asPathIgnore(), b.asPathMultipathRelax(), b.compareRouterId(), b.medConfed(),
                b.medMissingAsWorst(), b.peerTypeMultipathRelax(), b.nhtResolveViaDefault())).containsOnly(true);
        assertThat(edge.routeMap("out-map").orElseThrow().entry(10).set().origin()).isEqualTo(RouteOrigin.INCOMPLETE);

        String out = FrrConfigGenerator.generate(r.topology(), edge);
        assertThat(out).contains("ip nht resolve-via-default\n", " bgp bestpath as-path ignore\n",
                " bgp bestpath as-path multipath-relax\n", " bgp bestpath compare-routerid\n",
                " bgp bestpath med confed missing-as-worst\n", " bgp bestpath peer-type multipath-relax\n",
                " set origin incomplete\n");
        Topology again = ConfigImporter.importConfigs("t", List.of(new ConfigImporter.Input("frr.conf", out))).topology();
        // The export names the `frr defaults` profile in force; everything else comes back as it was.
        assertThat(again.routers().getFirst().bgp().withDefaults(null)).isEqualTo(b);
    }

    @Test
    void noFormsTurnTheKnobsOff() throws Exception {
        String conf = """
                router bgp 65010
                 bgp bestpath med missing-as-worst confed
                 no bgp bestpath med confed
                 bgp bestpath as-path ignore
                 no bgp bestpath as-path ignore
                exit
                """;
        BgpOptions b = ConfigImporter.importConfigs("t", List.of(new ConfigImporter.Input("r.conf", conf))).topology()
                .routers().getFirst().bgp();
        assertThat(b.medMissingAsWorst()).isTrue();
        assertThat(b.medConfed()).isFalse();
        assertThat(b.asPathIgnore()).isFalse();
    }

    @Test
    void aFolderImportTakesEveryConfThatIsABgpConfigAndSaysWhatItSkipped() throws Exception {
        Files.writeString(dir.resolve("edge-1.conf"), CONF);
        Files.writeString(dir.resolve("core.conf"), "hostname core\nrouter bgp 65020\n neighbor 198.51.100.1 remote-as 65010\nexit\n");
        Files.writeString(dir.resolve("ntp.conf"), "server 0.pool.ntp.org iburst\n");
        Files.write(dir.resolve("blob.conf"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        Files.writeString(dir.resolve("notes.txt"), "hello\n");
        ConfigImporter.Result r = ConfigImporter.importFiles("t", List.of(dir));
        assertThat(r.topology().routers()).extracting(Router::displayName).contains("edge", "core");
        List<String> notes = r.notes().stream().map(ImportNote::render).toList();
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("ntp.conf").contains("no 'router bgp ASN' line")
                .contains("skipped"));
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("blob.conf").contains("not text").contains("skipped"));
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("notes.txt").contains("skipped"));
    }
}
