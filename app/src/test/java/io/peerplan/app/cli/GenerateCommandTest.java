package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peerplan generate}: reproducible scale topologies that load and simulate. */
class GenerateCommandTest {

    @Test
    void sameOptionsSameFileAndItSimulates(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.peerplan.yaml");
        Path b = dir.resolve("b.peerplan.yaml");
        String[] sizes = {"--regions", "3", "--speakers", "12", "--gateways", "4", "--providers", "2", "--services", "20", "--seed", "7"};
        assertThat(CliTestSupport.run(concat(new String[] {"generate", "-o", a.toString()}, sizes)).exitCode()).isZero();
        assertThat(CliTestSupport.run(concat(new String[] {"generate", "-o", b.toString()}, sizes)).exitCode()).isZero();
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        Topology t = ProjectCodec.read(a);
        assertThat(t.regions()).hasSize(3);
        CliTestSupport.Result sim = CliTestSupport.run("simulate", a.toString(), "--vantage", "internet");
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        assertThat(sim.out()).contains("Anycast from Internet clients [internet]");
    }

    @Test
    void impossibleSizesAreUsageErrors() {
        CliTestSupport.Result r = CliTestSupport.run("generate", "--regions", "3", "--gateways", "2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("gateways must be at least one per region");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
