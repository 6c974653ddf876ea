package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.io.ProjectCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peerplan import}: a bundle or loose configs back into a design that loads, with a report. */
class ImportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void anExportedBundleImportsIntoALoadableDesignThatExportsTheSameConfigs() throws Exception {
        Path bundle = tmp.resolve("bundle");
        assertThat(CliTestSupport.run("export", "sample:two-dc-anycast", "-o", bundle.toString()).exitCode()).isZero();
        Path design = tmp.resolve("back.peerplan.yaml");
        CliTestSupport.Result r = CliTestSupport.run("import", bundle.toString(), "-o", design.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote " + design + ": 4 routers, 2 clusters");
        assertThat(ProjectCodec.read(design).routers()).extracting(x -> x.id()).contains("gateway-alfa-unoone", "gateway-bravo-bissotwo");
        assertThat(tmp.resolve("back.import-report.txt")).exists();
        Path again = tmp.resolve("again");
        assertThat(CliTestSupport.run("export", design.toString(), "-o", again.toString()).exitCode()).isZero();
        assertThat(Files.readString(again.resolve("gateway-alfa-unoone/frr.conf")))
                .isEqualTo(Files.readString(bundle.resolve("gateway-alfa-unoone/frr.conf")));
        assertThat(Files.readString(again.resolve("k8s-bravo/metallb.yaml"))).isEqualTo(Files.readString(bundle.resolve("k8s-bravo/metallb.yaml")));
    }

    @Test
    void unknownLinesAreReportedOnTheTerminalAndInTheReport() throws Exception {
        Path conf = Files.writeString(tmp.resolve("r1.conf"), "hostname r1\nrouter bgp 65001\n neighbor 10.0.0.2 remote-as 65002\n"
                + " neighbor 10.0.0.2 solo\nexit\n");
        Path design = tmp.resolve("r.peerplan.yaml");
        CliTestSupport.Result r = CliTestSupport.run("import", conf.toString(), "-o", design.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("not imported: " + conf + ":4: [router bgp 65001] neighbor 10.0.0.2 solo");
        assertThat(Files.readString(tmp.resolve("r.import-report.txt"))).contains("neighbor 10.0.0.2 solo");
    }

    @Test
    void refusesToOverwriteAndNamesBadInput() throws Exception {
        Path design = Files.writeString(tmp.resolve("x.peerplan.yaml"), "keep");
        Path conf = Files.writeString(tmp.resolve("a.conf"), "router bgp 1\n");
        assertThat(CliTestSupport.run("import", conf.toString(), "-o", design.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(Files.readString(design)).isEqualTo("keep");
        assertThat(CliTestSupport.run("import", conf.toString(), "-o", tmp.resolve("x.yaml").toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
        CliTestSupport.Result missing = CliTestSupport.run("import", tmp.resolve("nope.conf").toString(), "-o", tmp.resolve("n.peerplan.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(missing.err()).contains("nope.conf: no such file");
    }
}
