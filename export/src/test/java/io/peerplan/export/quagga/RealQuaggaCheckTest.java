package io.peerplan.export.quagga;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.Designs;
import io.peerplan.export.RealFrr;
import io.peerplan.export.RealQuagga;
import io.peerplan.export.testlab.Requires;
import io.peerplan.model.Platform;
import io.peerplan.model.Router;
import io.peerplan.model.Topology;
import io.peerplan.model.TopologyIndex;
import io.peerplan.model.generate.ScaleTopology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Quagga config the exporter writes is accepted by real Quagga 1.2.3: {@code bgpd -C} and
 * {@code zebra -C} parse it with Quagga's own command tables. Covers the golden bundles, every
 * bundled sample and fixture with each of its routers exported as Quagga (what Quagga lacks left
 * out, as {@link QuaggaPolicy#OMIT} does), and generated topologies.
 */
class RealQuaggaCheckTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    @BeforeAll
    static void quagga() {
        Requires.quagga();
    }

    /** Quagga reads its config after dropping to the quagga user, who must be able to reach it. */
    @org.junit.jupiter.api.BeforeEach
    void readableByQuagga() throws IOException {
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void everyGoldenQuaggaFileIsAccepted() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            files = walk.filter(p -> p.getFileName().toString().matches("(bgpd|zebra)\\.conf")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        List<String> refused = new ArrayList<>();
        for (Path f : files) {
            String daemon = f.getFileName().toString().replace(".conf", "");
            RealFrr.Run r = RealQuagga.check(daemon, f);
            if (!RealQuagga.accepted(r)) {
                refused.add(f + ": " + (r.stdout() + r.stderr()).strip());
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void everyRouterOfEverySampleAndFixtureExportedAsQuaggaIsAccepted() throws Exception {
        int checked = 0;
        for (String name : Designs.names()) {
            checked += checkAll(name, asQuagga(Designs.load(name)), Integer.MAX_VALUE);
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    @Test
    void generatedTopologiesExportedAsQuaggaAreAccepted() throws Exception {
        int checked = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Topology t = ScaleTopology.generate(new ScaleTopology.Spec(4, 24, 8, 2, 40), seed);
            checked += checkAll("generated-" + seed, asQuagga(t), 14);
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
    }

    private static Topology asQuagga(Topology t) {
        return t.withRouters(t.routers().stream().map(r -> r.withPlatform(Platform.QUAGGA)).toList());
    }

    /** Writes and checks both files of up to {@code limit} routers; returns how many files were checked. */
    private int checkAll(String design, Topology t, int limit) throws Exception {
        TopologyIndex index = new TopologyIndex(t);
        List<String> refused = new ArrayList<>();
        int files = 0;
        for (Router r : t.routers().stream().limit(limit).toList()) {
            QuaggaConfig q = QuaggaConfigGenerator.generate(index, r, QuaggaPolicy.OMIT, List.of());
            for (String daemon : List.of("bgpd", "zebra")) {
                Path f = dir.resolve(design + "-" + r.id() + "-" + daemon + ".conf");
                Files.writeString(f, daemon.equals("bgpd") ? q.bgpdConf() : q.zebraConf());
                Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                RealFrr.Run run = RealQuagga.check(daemon, f);
                files++;
                if (!RealQuagga.accepted(run)) {
                    refused.add(design + " " + r.id() + " " + daemon + ".conf: " + (run.stdout() + run.stderr()).strip());
                }
            }
        }
        assertThat(refused).as("configs real Quagga refused").isEmpty();
        return files;
    }
}
