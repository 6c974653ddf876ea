package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerplan.model.sample.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peerplan simulate} on seed 000's sample, as a user and as a tool reading the JSON would. */
class SimulateCommandTest {

    static JsonNode json(String... args) throws Exception {
        CliTestSupport.Result r = CliTestSupport.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    static JsonNode view(JsonNode j, String vantage, String ip) {
        for (JsonNode v : j.get("anycast")) {
            if (v.get("vantage").asText().equals(vantage) && v.get("serviceIp").asText().equals(ip)) {
                return v;
            }
        }
        throw new AssertionError("no view of " + ip + " from " + vantage);
    }

    @Test
    void baselineTextNamesAlfaAndTheReason() {
        CliTestSupport.Result r = CliTestSupport.run("simulate", "sample:two-dc-anycast");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Anycast from Internet clients [internet]")
                .containsPattern("203\\.0\\.113\\.70 +→ Alfa \\[alfa\\], k8s-alfa: alfa-worker-1, alfa-worker-2")
                .contains("via antares, 203.0.113.70/32, AS path 65101 64859 64859 (AS Path)")
                .contains("BGP table of Internet clients [internet]")
                .contains("network 203.0.113.64/29 is not announced");
    }

    /** frr-k8s with toReceive on k8s-alfa's peer: the workers learn the gateway's default route, and their tables are shown. */
    @Test
    void aNodeThatLearnsRoutesHasItsTableInTheReport(@TempDir Path dir) throws Exception {
        String sample = new String(Samples.bytes("two-dc-anycast"), StandardCharsets.UTF_8);
        String receiving = sample.replaceFirst("  backend: frr\n", "  speaker: frr-k8s\n  backend: frr\n")
                .replaceFirst("      bfdProfile: my-default\n", "      bfdProfile: my-default\n      toReceive: {mode: all}\n");
        Path file = dir.resolve("receiving.peerplan.yaml");
        Files.writeString(file, receiving);
        CliTestSupport.Result r = CliTestSupport.run("simulate", file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("BGP table of alfa-worker-1 [alfa-worker-1]")
                .containsPattern("\\*>i0\\.0\\.0\\.0/0 +198\\.51\\.100\\.9 +0 +100 +0 65101 i")
                .doesNotContain("BGP table of bravo-worker-1");
        assertThat(CliTestSupport.run("simulate", "sample:two-dc-anycast").out()).doesNotContain("BGP table of alfa-worker-1");
    }

    @Test
    void prependSwitchoverMovesTheAnycastIpToBravo() throws Exception {
        JsonNode j = json("simulate", "sample:two-dc-anycast", "--set", "gateway-alfa-unoone/prpnd_private:10.prepend=5",
                "--vantage", "internet", "--format", "json");
        JsonNode v = view(j, "internet", "203.0.113.70");
        assertThat(v.get("regions").toString()).isEqualTo("[\"bravo\"]");
        assertThat(v.get("selectionReason").asText()).isEqualTo("AS Path");
        assertThat(view(j, "internet", "203.0.113.65").get("regions").toString()).isEqualTo("[\"alfa\"]");
        assertThat(j.get("changes")).singleElement().satisfies(c -> {
            assertThat(c.get("prefix").asText()).isEqualTo("203.0.113.70/32");
            assertThat(c.get("from").get("regions").toString()).isEqualTo("[\"alfa\"]");
            assertThat(c.get("to").get("regions").toString()).isEqualTo("[\"bravo\"]");
        });
    }

    @Test
    void failingAlfaMovesTheAnycastIpAndLosesTheAlfaOnlyIp() throws Exception {
        CliTestSupport.Result text = CliTestSupport.run("simulate", "sample:two-dc-anycast", "--fail", "alfa", "--rps", "127");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Simulation of two-dc-anycast — fail alfa")
                .containsPattern("203\\.0\\.113\\.65 +unreachable \\(no route\\)")
                .containsPattern("internet +203\\.0\\.113\\.70/32 +Alfa \\[alfa\\] \\(k8s-alfa\\) via antares → Bravo \\[bravo\\] \\(k8s-bravo\\) via betelgeuse")
                .containsPattern("internet +203\\.0\\.113\\.65/32 +Alfa \\[alfa\\] \\(k8s-alfa\\) via antares → unreachable")
                .contains("Failover budget at 127 requests/s")
                .containsPattern("bravo-speakers/bravo-worker-1 +BFD +0\\.9 s +~115 requests lost")
                .containsPattern("bravo-provider +hold timer 180 s")
                .contains("Sessions down");
        JsonNode j = json("simulate", "sample:two-dc-anycast", "--fail", "alfa", "--format", "json");
        assertThat(view(j, "internet", "203.0.113.65").get("reachable").asBoolean()).isFalse();
        assertThat(view(j, "internet", "203.0.113.70").get("regions").toString()).isEqualTo("[\"bravo\"]");
    }

    @Test
    void usageErrorsExitTwoWithASentence() {
        CliTestSupport.Result unknown = CliTestSupport.run("simulate", "sample:two-dc-anycast", "--fail", "gamma");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no element 'gamma' in two-dc-anycast");
        CliTestSupport.Result badSet = CliTestSupport.run("simulate", "sample:two-dc-anycast", "--set", "gateway-alfa-unoone/prpnd_private=5");
        assertThat(badSet.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badSet.err()).contains("is not ROUTER/ROUTEMAP:SEQ.prepend=N");
        CliTestSupport.Result noMap = CliTestSupport.run("simulate", "sample:two-dc-anycast", "--set", "gateway-alfa-unoone/nope:10.prepend=5");
        assertThat(noMap.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noMap.err()).contains("router gateway-alfa-unoone has no route-map nope");
        CliTestSupport.Result badVantage = CliTestSupport.run("simulate", "sample:two-dc-anycast", "--vantage", "alfa-worker-1");
        assertThat(badVantage.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badVantage.err()).contains("no vantage or router 'alfa-worker-1'");
        CliTestSupport.Result textTables = CliTestSupport.run("simulate", "sample:two-dc-anycast", "--tables");
        assertThat(textTables.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(textTables.err()).contains("--tables is for --format json");
        assertThat(CliTestSupport.run("simulate", "sample:nope").exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
    }

    @Test
    void everySampleSimulates() {
        for (String s : new String[] {"homelab-openwrt-quagga", "mikrotik-core"}) {
            CliTestSupport.Result r = CliTestSupport.run("simulate", "sample:" + s);
            assertThat(r.exitCode()).as(s + ": " + r.err()).isZero();
            assertThat(r.out()).contains("BGP table of");
        }
        // Seed 001: OpenWrt learns the /32s via 192.168.1.5 (B>* in the seed); Quagga has no multipath.
        assertThat(CliTestSupport.run("simulate", "sample:homelab-openwrt-quagga").out())
                .containsPattern("\\*  192\\.168\\.0\\.30/32 +192\\.168\\.1\\.6 .*\\n +\\*> +192\\.168\\.1\\.5 .*\\(Router ID\\)");
    }
}
