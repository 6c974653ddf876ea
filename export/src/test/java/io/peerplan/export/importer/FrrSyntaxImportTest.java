package io.peerplan.export.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.RealFrr;
import io.peerplan.export.testlab.Requires;
import io.peerplan.model.Router;
import io.peerplan.model.StaticRoute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line forms real {@code vtysh -C} accepts must import, or the report must say what was left out. */
class FrrSyntaxImportTest {
    private static final String CONF = """
            hostname edge
            ip route 10.98.0.0 255.255.0.0 Null0
            ip route 10.97.0.0/16 reject
            ip route 10.96.0.0/16 blackhole
            ip route 10.95.0.0/16 eth0
            ip route 10.94.0.0 255.255.0.0 203.0.113.2 eth0 20
            !
            interface eth0
             ip address 203.0.113.1/30
             ip address 198.51.100.1/24
            exit
            !
            router bgp 65010
             network 10.20.0.0 mask 255.255.0.0
             network 172.16.0.0
             address-family ipv4 unicast
              network 10.21.0.0 mask 255.255.255.0
             exit-address-family
            exit
            """;

    @TempDir
    Path dir;

    @Test
    void realFrrAcceptsEveryLineOfTheSample() throws Exception {
        Requires.vtysh();
        RealFrr.Run run = RealFrr.dryRun(Files.writeString(dir.resolve("frr.conf"), CONF));
        assertThat(run.stderr()).as("vtysh -C -f complaints").isEmpty();
        assertThat(run.exit()).isZero();
    }

    @Test
    void maskAndClassfulNetworksImport() throws Exception {
        Router r = edge(read().topology());
        assertThat(r.networks()).extracting(Object::toString)
                .containsExactly("10.20.0.0/16", "172.16.0.0/16", "10.21.0.0/24");
    }

    @Test
    void everyStaticRouteFormImports() throws Exception {
        List<StaticRoute> s = edge(read().topology()).staticRoutes();
        assertThat(s).extracting(x -> x.prefix().toString())
                .containsExactly("10.98.0.0/16", "10.97.0.0/16", "10.96.0.0/16", "10.95.0.0/16", "10.94.0.0/16");
        assertThat(s.get(0).blackhole()).isTrue();
        assertThat(s.get(1).blackhole()).isTrue();
        assertThat(s.get(3).interfaceName()).isEqualTo("eth0");
        assertThat(s.get(4).nextHop().toString()).isEqualTo("203.0.113.2");
        assertThat(s.get(4).interfaceName()).isEqualTo("eth0");
        assertThat(s.get(4).distance()).isEqualTo(20);
    }

    @Test
    void whatTheDesignCannotHoldIsReportedOnItsLine() throws Exception {
        List<String> notes = read().notes().stream().map(ImportNote::render).toList();
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("frr.conf:3: ip route 10.97.0.0/16 reject")
                .contains("imported as a blackhole route"));
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("frr.conf:10: [interface eth0] ip address 198.51.100.1/24")
                .contains("203.0.113.1/30 was imported"));
        assertThat(notes).filteredOn(n -> !n.contains("role core")).hasSize(2);
    }

    @Test
    void nonContiguousMasksAreNotGuessed() throws Exception {
        List<ImportNote> notes = ConfigImporter.importConfigs("t", List.of(new ConfigImporter.Input("frr.conf",
                "hostname edge\nip route 10.0.0.0 255.0.255.0 Null0\nrouter bgp 65010\n"))).notes();
        assertThat(notes).filteredOn(n -> n.line() == 2).singleElement()
                .satisfies(n -> assertThat(n.kind()).isEqualTo(ImportNote.Kind.UNKNOWN));
    }

    private static ConfigImporter.Result read() throws ImportException {
        return ConfigImporter.importConfigs("t", List.of(new ConfigImporter.Input("frr.conf", CONF)));
    }

    private static Router edge(io.peerplan.model.Topology t) {
        return t.routers().stream().filter(x -> x.id().equals("edge")).findFirst().orElseThrow();
    }
}
