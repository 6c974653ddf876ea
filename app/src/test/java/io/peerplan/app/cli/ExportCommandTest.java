package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.BundleNote;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code peerplan export}: bundle on disk, exit codes, refusals, and the validation gate. */
class ExportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheBundleFolderWithAReadme() throws Exception {
        Path out = tmp.resolve("bundle");
        CliTestSupport.Result r = CliTestSupport.run("export", "sample:two-dc-anycast", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + out).contains("README.md");
        assertThat(out.resolve("gateway-alfa-unoone/frr.conf")).exists();
        assertThat(out.resolve("k8s-alfa/metallb.yaml")).exists();
        assertThat(Files.readString(out.resolve("README.md"))).startsWith("# Config bundle for \"two-dc-anycast\"");
    }

    @Test
    void exportingIntoTheUsersGitCheckoutNeedsForceAndKeepsEveryFileItDidNotWrite() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("configs"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(repo.resolve("Makefile"), "deploy:\n");
        CliTestSupport.Result refused = CliTestSupport.run("export", "sample:two-dc-anycast", "-o", repo.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(refused.err()).contains("is not empty and holds no Peerplan bundle").contains("--force");
        assertThat(repo.resolve("README.md")).doesNotExist();
        CliTestSupport.Result forced = CliTestSupport.run("export", "sample:two-dc-anycast", "-o", repo.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        CliTestSupport.Result again = CliTestSupport.run("export", "sample:two-dc-anycast", "-o", repo.toString(), "--only", "k8s-alfa");
        assertThat(again.exitCode()).as("a previous bundle of this design needs no --force: " + again.err()).isZero();
        assertThat(Files.readString(repo.resolve(".git/HEAD"))).isEqualTo("ref: refs/heads/main\n");
        assertThat(Files.readString(repo.resolve("Makefile"))).isEqualTo("deploy:\n");
        assertThat(repo.resolve("k8s-alfa/metallb.yaml")).exists();
        assertThat(repo.resolve("gateway-alfa-unoone")).doesNotExist();
    }

    @Test
    void zipAndOnlyAndFormatOptions() throws Exception {
        Path out = tmp.resolve("core");
        CliTestSupport.Result r = CliTestSupport.run("export", "sample:mikrotik-core", "-o", out.toString(), "--zip", "--only", "core",
                "--as", "routeros-v7");
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (ZipFile z = new ZipFile(tmp.resolve("core.zip").toFile())) {
            assertThat(z.stream().map(e -> e.getName()).toList()).containsExactlyInAnyOrder("README.md", "core/bgp.rsc",
                    io.peerplan.export.BundleWriter.MANIFEST);
            assertThat(new String(z.getInputStream(z.getEntry("core/bgp.rsc")).readAllBytes())).contains("/routing/bgp/connection");
        }
    }

    @Test
    void quaggaRefusalExitsOneAndWritesNothing() {
        Path out = tmp.resolve("q");
        CliTestSupport.Result r = CliTestSupport.run("export", "sample:two-dc-anycast", "-o", out.toString(), "--as", "quagga");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("refused: gateway-alfa-unoone (Quagga): BFD").contains("--quagga-unsupported omit");
        assertThat(out).doesNotExist();
        CliTestSupport.Result omit = CliTestSupport.run("export", "sample:two-dc-anycast", "-o", out.toString(), "--as", "quagga",
                "--quagga-unsupported", "omit");
        assertThat(omit.exitCode()).isZero();
        assertThat(omit.err()).contains("warning: gateway-alfa-unoone (Quagga): 'bgp listen range' does not exist in Quagga");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliTestSupport.run("export", "sample:two-dc-anycast", "-o", tmp.resolve("x").toString(), "--as", "junos").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        CliTestSupport.Result only = CliTestSupport.run("export", "sample:two-dc-anycast", "-o", tmp.resolve("y").toString(), "--only", "nope");
        assertThat(only.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(only.err()).contains("--only names no router or cluster: nope");
        assertThat(CliTestSupport.run("export", "sample:nope", "-o", tmp.resolve("z").toString()).exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
    }

    @Test
    void validationErrorsBlockUnlessForcedThenGoIntoTheHeaders() throws Exception {
        BundleNote error = new BundleNote("ERROR", "metallb.pool-overlap", "pool a overlaps pool b", List.of("k8s-alfa"));
        Path out = tmp.resolve("forced");
        Run blocked = run(List.of(error), "sample:two-dc-anycast", "-o", out.toString());
        assertThat(blocked.code()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(blocked.err()).contains("ERROR metallb.pool-overlap").contains("--force");
        assertThat(out).doesNotExist();
        Run forced = run(List.of(error), "sample:two-dc-anycast", "-o", out.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(out.resolve("k8s-alfa/metallb.yaml")))
                .contains("# Exported with --force despite these validation findings:\n#   ERROR metallb.pool-overlap: pool a overlaps pool b [k8s-alfa]");
        assertThat(Files.readString(out.resolve("gateway-alfa-unoone/frr.conf"))).doesNotContain("pool-overlap");
        BundleNote warning = new BundleNote("WARNING", "x", "only a warning", List.of());
        assertThat(run(List.of(warning), "sample:two-dc-anycast", "-o", tmp.resolve("w").toString()).code()).isZero();
    }

    @Test
    void theRealValidatorBlocksADesignWithErrors() throws Exception {
        // Antares expects AS 64860 from gateway-alfa-unoone, which is AS 64859: a session that cannot come up.
        var t = io.peerplan.model.sample.Samples.load("two-dc-anycast");
        var peerings = t.peerings().stream().map(p -> !p.id().equals("alfa-provider") ? p : new io.peerplan.model.Peering(p.id(), p.a(),
                new io.peerplan.model.Peering.End(p.b().element(), p.b().peerAddress(), false, p.b().config().withRemoteAs("64860"), null),
                p.description())).toList();
        Path design = tmp.resolve("broken.peerplan.yaml");
        io.peerplan.model.io.ProjectCodec.save(t.withPeerings(peerings), design);
        Path out = tmp.resolve("b");
        CliTestSupport.Result blocked = CliTestSupport.run("export", design.toString(), "-o", out.toString());
        assertThat(blocked.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(blocked.err()).contains("ERROR BGP-SESSION-ASN-MISMATCH").contains("--force");
        assertThat(out).doesNotExist();
        CliTestSupport.Result forced = CliTestSupport.run("export", design.toString(), "-o", out.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(out.resolve("gateway-alfa-unoone/frr.conf"))).contains("!   ERROR BGP-SESSION-ASN-MISMATCH");
        assertThat(Files.readString(out.resolve("README.md"))).contains("## Validation findings");
    }

    @Test
    void theSamplesHaveNoValidationErrorsSoTheyExportWithoutForce() {
        for (String s : io.peerplan.model.sample.Samples.names()) {
            assertThat(CliTestSupport.run("export", "sample:" + s, "-o", tmp.resolve(s).toString()).exitCode()).as(s).isZero();
        }
    }

    private record Run(int code, String err) {
    }

    private static Run run(List<BundleNote> findings, String... args) {
        ExportCommand cmd = new ExportCommand();
        cmd.validator = t -> findings;
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), err.toString());
    }
}
