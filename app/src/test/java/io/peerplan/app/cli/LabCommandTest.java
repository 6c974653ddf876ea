package io.peerplan.app.cli;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.lab.Preflight;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peerplan lab}: usage, what it says without root or FRR, and a whole up/status/check/down cycle. */
class LabCommandTest {
    @TempDir
    Path tmp;

    @Test
    void unknownActionIsAUsageError() {
        CliTestSupport.Result r = CliTestSupport.run("lab", "start", "sample:mikrotik-core");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("unknown action 'start'; use up, status, check or down");
    }

    @Test
    void statusWithoutALabSaysSoOrWhatTheMachineLacks() {
        CliTestSupport.Result r = CliTestSupport.run("lab", "status", "sample:mikrotik-core", "--state-dir",
                tmp.toString());
        if (Preflight.report() != null) {
            assertThat(r.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
            assertThat(r.err()).contains("the lab cannot run here").contains("apt-get install");
        } else {
            assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
            assertThat(r.err()).contains("no lab is up for sample:mikrotik-core");
        }
    }

    @Test
    void aBadProjectFailsBeforeAnythingIsBuilt() {
        CliTestSupport.Result r = CliTestSupport.run("lab", "up", tmp.resolve("missing.peerplan.yaml").toString(),
                "--state-dir", tmp.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err()).contains("missing.peerplan.yaml");
    }

    @Test
    @Tag("lab")
    void upStatusCheckWithAFailureAndDown() throws Exception {
        Requires.nothingMissing(Preflight.report());
        // A copy under a fresh path: its own lab id, so no other lab of the sample can collide.
        Path project = tmp.resolve("mikrotik.peerplan.yaml");
        Files.write(project, Samples.bytes("mikrotik-core"));
        String state = tmp.resolve("state").toString();
        try {
            CliTestSupport.Result up = CliTestSupport.run("lab", "up", project.toString(), "--state-dir", state);
            assertThat(up.exitCode()).as(up.err()).isZero();
            assertThat(up.out()).contains("core", "kube2", "routes converged");

            CliTestSupport.Result status = CliTestSupport.run("lab", "status", project.toString(), "--state-dir", state);
            assertThat(status.exitCode()).isZero();
            assertThat(status.out()).containsPattern("core\\s+router\\s+pp-[0-9a-f]{6}-core\\s+running\\s+3/3");

            CliTestSupport.Result check = CliTestSupport.run("lab", "check", project.toString(), "--state-dir", state);
            assertThat(check.exitCode()).as(check.out()).isZero();
            assertThat(check.out()).contains("AGREE  core 172.22.35.70/32: from 172.22.35.26",
                    "(speaker, prefix) best paths agree");

            CliTestSupport.Result failed = CliTestSupport.run("lab", "check", project.toString(), "--fail", "kube2",
                    "--state-dir", state);
            assertThat(failed.exitCode()).as(failed.out()).isZero();
            assertThat(failed.out()).contains("applied: stopped bgpd of kube2").doesNotContain("172.22.35.70/32");
        } finally {
            CliTestSupport.Result down = CliTestSupport.run("lab", "down", project.toString(), "--state-dir", state);
            assertThat(down.exitCode()).as(down.err()).isZero();
            assertThat(down.out()).contains("is down");
        }
        assertThat(Files.list(tmp.resolve("state")).toList()).isEmpty();
    }

    @Test
    @Tag("lab")
    void aPrependSetByCheckStaysInForceForLaterChecks() throws Exception {
        Requires.nothingMissing(Preflight.report());
        Path project = tmp.resolve("two-dc.peerplan.yaml");
        Files.write(project, Samples.bytes("two-dc-anycast"));
        String state = tmp.resolve("state").toString();
        try {
            assertThat(CliTestSupport.run("lab", "up", project.toString(), "--state-dir", state).exitCode()).isZero();
            CliTestSupport.Result switched = CliTestSupport.run("lab", "check", project.toString(), "--set",
                    "gateway-alfa-unoone/prpnd_private:10.prepend=5", "--state-dir", state);
            assertThat(switched.exitCode()).as(switched.out()).isZero();
            assertThat(switched.out()).contains("applied: set gateway-alfa-unoone route-map prpnd_private 10 to prepend 5",
                    "AGREE  internet 203.0.113.70/32: from 198.18.0.5");
            CliTestSupport.Result again = CliTestSupport.run("lab", "check", project.toString(), "--state-dir", state);
            assertThat(again.exitCode()).as(again.out()).isZero();
            assertThat(again.out()).doesNotContain("applied:").contains("AGREE  internet 203.0.113.70/32: from 198.18.0.5");
        } finally {
            assertThat(CliTestSupport.run("lab", "down", project.toString(), "--state-dir", state).exitCode()).isZero();
        }
    }

    /** The homelab's OpenWrt router runs real Quagga 1.2.3 in the lab, and `lab check` agrees with the simulator on every pair. */
    @Test
    @Tag("lab")
    void checkOfTheQuaggaHomelabAgreesOnEveryPair() throws Exception {
        Requires.nothingMissing(Preflight.report());
        Requires.quagga();
        Path project = tmp.resolve("homelab.peerplan.yaml");
        Files.write(project, Samples.bytes("homelab-openwrt-quagga"));
        String state = tmp.resolve("state").toString();
        try {
            CliTestSupport.Result up = CliTestSupport.run("lab", "up", project.toString(), "--state-dir", state);
            assertThat(up.exitCode()).as(up.err()).isZero();
            CliTestSupport.Result check = CliTestSupport.run("lab", "check", project.toString(), "--state-dir", state);
            assertThat(check.exitCode()).as(check.out()).isZero();
            assertThat(check.out()).contains("AGREE  openwrt 192.168.0.30/32: from ", "AGREE  openwrt 192.168.0.31/32: from ",
                    "(speaker, prefix) best paths agree").doesNotContain("DISAGREE");
        } finally {
            assertThat(CliTestSupport.run("lab", "down", project.toString(), "--state-dir", state).exitCode()).isZero();
        }
    }
}
