package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.testlab.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code peerplan benchmark} on a small generated topology: it runs, reports every figure the
 * docs quote and how many prefixes each what-if recomputed. No timing is asserted (figures go to
 * docs/benchmarks.md); this checks the command, not the machine.
 */
class BenchmarkCommandTest {

    @Test
    void reportsFullSimulationWhatIfsAndHeap() {
        CliTestSupport.Result r = CliTestSupport.run("benchmark", "--regions", "4", "--speakers", "24", "--gateways", "8",
                "--providers", "3", "--services", "60", "--runs", "2", "--warmup", "0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Scale topology", "full simulation", "what-if fail r3-gw0", "what-if fail r3-n3",
                "what-if fail p2", "what-if fail r3 ", "prefixes recomputed", "live heap after GC", "Load average at the end");
        // A single node announces only its own services: a few of the 61 prefixes, not all of them.
        assertThat(r.out()).containsPattern("what-if fail r3-n3 .*\\((\\d|[1-5]\\d) prefixes recomputed\\)");
    }

    /**
     * {@code --commands} against a stand-in launcher that does nothing: every row is run, read
     * from GNU time and printed with its target; the preparation (the scale topology, a 1,000-router
     * bundle) is real. Whether a real launcher meets the targets is for docs/benchmarks.md.
     */
    @Test
    void wholeCommandsPrintsEveryRowWithItsTarget(@TempDir Path tmp) throws Exception {
        Requires.that(Files.isExecutable(Path.of("/usr/bin/time")), "GNU time (/usr/bin/time; apt-get install time)");
        Path launcher = Files.writeString(tmp.resolve("peerplan"), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        CliTestSupport.Result r = CliTestSupport.run("benchmark", "--commands", "--launcher", launcher.toString(), "--runs", "1",
                "--work", tmp.resolve("work").toString());
        // The in-process load row is real, so it may miss its target on a busy machine (exit 1).
        assertThat(r.exitCode()).as(r.err()).isIn(ExitCodes.OK, ExitCodes.INPUT_ERRORS);
        assertThat(r.out()).contains("import set: 1000 frr.conf files", "each once per round", "load the project (in-process, warm)",
                "validate", "simulate --format json", "export -o DIR", "import of 1000 FRR configs", "load average at the end")
                .containsPattern("--version \\(start-up floor\\) +CPU +\\d+ ms \\(min \\d+, max \\d+\\) target +500 ms met")
                .containsPattern("simulate --format json +CPU +\\d+ ms .* target +2500 ms met +peak RSS +\\d+ MiB target +500 MiB met");
    }

    /**
     * {@code --growth} with fractions on the dense topology, against a stand-in launcher whose CPU
     * grows with the project file it is given: a row per factor with the generated file's size, and
     * both fitted exponents. The dense files grow as k² (every anycast IP in every region).
     */
    @Test
    void growthTakesFractionsAndFitsAgainstTheFileSize(@TempDir Path tmp) throws Exception {
        Requires.that(Files.isExecutable(Path.of("/usr/bin/time")), "GNU time (/usr/bin/time; apt-get install time)");
        Path launcher = Files.writeString(tmp.resolve("peerplan"), """
                #!/bin/sh
                # A stand-in: reads the project file (the last argument) a few times, so its CPU grows with the file.
                for last; do :; done
                [ -f "$last" ] || exit 0
                for i in 1 2 3 4 5 6 7 8; do cksum "$last" >/dev/null; done
                """);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path work = tmp.resolve("work");
        CliTestSupport.Result r = CliTestSupport.run("benchmark", "--growth", "0.04,0.08", "--dense", "--launcher", launcher.toString(),
                "--runs", "1", "--work", work.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("on the dense topology", "scale-0.04x-dense.peerplan.yaml", "scale-0.08x-dense.peerplan.yaml")
                .containsPattern("fitted exponent \\(CPU ~ k\\^e\\): e = -?\\d+\\.\\d\\d; against the file's size "
                        + "\\(CPU ~ bytes\\^e\\): e = -?\\d+\\.\\d\\d");
        // 0.04 and 0.08 of the default (50 regions, 2,000 speakers, 5,000 services): 2 and 4 regions.
        String small = Files.readString(work.resolve("scale-0.04x-dense.peerplan.yaml"));
        String large = Files.readString(work.resolve("scale-0.08x-dense.peerplan.yaml"));
        assertThat(small).contains("regions=2, speakers=80, gateways=4, providers=1, services=200, dense=true");
        assertThat(large).contains("regions=4, speakers=160, gateways=8, providers=1, services=400, dense=true");
        assertThat(r.out()).containsPattern("0\\.04 +scale-0\\.04x-dense\\.peerplan\\.yaml +" + Files.size(work.resolve(
                "scale-0.04x-dense.peerplan.yaml")) / 1024 + " ");
    }

    @Test
    void growthFactorsMustBePositive() {
        CliTestSupport.Result r = CliTestSupport.run("benchmark", "--growth", "1,0");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--growth takes factors above 0");
    }

    @Test
    void impossibleSizesAreUsageErrors() {
        CliTestSupport.Result r = CliTestSupport.run("benchmark", "--regions", "3", "--gateways", "2");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("gateways must be at least one per region");
    }
}
