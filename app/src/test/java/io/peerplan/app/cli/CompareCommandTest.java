package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peerplan compare --speaker} and {@code peerplan export --speaker}: the migration report and its objects. */
class CompareCommandTest {
    @TempDir
    Path tmp;

    /** Seed 000 switched to Cilium: the same DC serves each IP, but BFD's 0.9 s becomes the 90 s hold timer. */
    @Test
    void twoDcToCiliumKeepsPlacementAndLosesBfd() {
        CliTestSupport.Result r = CliTestSupport.run("compare", "sample:two-dc-anycast", "--speaker", "cilium");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Anycast placement: unchanged")
                .contains("Failover budget at 127 requests/s")
                // 0.9 s at 127 rps is 115 requests (ceil 114.3); 90 s is 11430.
                .contains("BFD 0.9 s, ~115 requests lost").contains("-> hold timer 90 s, ~11430 requests lost")
                .contains("k8s-alfa/cilium.yaml: CiliumBGPPeerConfig gateway-alfa-unoone")
                .contains("k8s-bravo/cilium.yaml: CiliumLoadBalancerIPPool anycast-pool");
        assertThat(r.out()).containsPattern("Sessions that change \\([1-9]");
    }

    @Test
    void jsonCarriesTheSameFigures() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("compare", "sample:two-dc-anycast", "--speaker", "cilium", "--rps", "100",
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("speaker").asText()).isEqualTo("cilium");
        assertThat(j.get("placementUnchanged").asBoolean()).isTrue();
        JsonNode f = j.get("failover").get(0);
        assertThat(f.at("/before/mechanism").asText()).isEqualTo("bfd");
        assertThat(f.at("/before/millis").asLong()).isEqualTo(900);
        assertThat(f.at("/after/mechanism").asText()).isEqualTo("hold_timer");
        assertThat(f.at("/after/requestsLost").asLong()).isEqualTo(9000);
        assertThat(j.get("objects").size()).isPositive();
    }

    @Test
    void toTheSameSpeakerNothingChanges() {
        CliTestSupport.Result r = CliTestSupport.run("compare", "sample:two-dc-anycast", "--speaker", "frr-k8s");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // frr-k8s is FRR with bfdd: the BFD budget stays.
        assertThat(r.out()).contains("Anycast placement: unchanged").contains("Sessions that change (0)")
                .containsPattern("BFD 0\\.9 s, ~115 requests lost \\[[^\\]]+\\] -> BFD 0\\.9 s, ~115 requests lost");
    }

    /** One cluster switched: its sessions lose BFD, the other cluster's stay; only its objects are listed. */
    @Test
    void oneClusterSwitchedListsOnlyItsObjects() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("compare", "sample:two-dc-anycast", "--speaker", "cilium", "--cluster", "k8s-alfa",
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("cluster").asText()).isEqualTo("k8s-alfa");
        assertThat(j.get("placementUnchanged").asBoolean()).isTrue();
        assertThat(j.get("objects")).isNotEmpty().allMatch(o -> o.get("file").asText().equals("k8s-alfa/cilium.yaml"));
        assertThat(j.get("sessions")).isNotEmpty().allMatch(s -> s.get("session").asText().contains("alfa"));
        CliTestSupport.Result text = CliTestSupport.run("compare", "sample:two-dc-anycast", "--speaker", "cilium", "--cluster", "k8s-alfa");
        assertThat(text.out()).startsWith("Switching cluster k8s-alfa to Cilium BGP")
                .contains("`peerplan export DESIGN --speaker cilium --only k8s-alfa -o DIR` writes them");
    }

    @Test
    void anUnknownClusterIsAUsageError() {
        CliTestSupport.Result r = CliTestSupport.run("compare", "sample:two-dc-anycast", "--speaker", "cilium", "--cluster", "k8s-zulu");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("the design has no cluster 'k8s-zulu'; its clusters: k8s-alfa, k8s-bravo");
    }

    @Test
    void anUnknownSpeakerIsAUsageError() {
        CliTestSupport.Result r = CliTestSupport.run("compare", "sample:two-dc-anycast", "--speaker", "calico");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("'calico' is not a speaker; use metallb, frr-k8s, cilium");
    }

    @Test
    void exportWithSpeakerWritesThatSpeakersObjects() throws Exception {
        Path out = tmp.resolve("bundle");
        CliTestSupport.Result r = CliTestSupport.run("export", "sample:two-dc-anycast", "--speaker", "frr-k8s", "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("k8s-alfa/frr-k8s.yaml"))).contains("kind: FRRConfiguration")
                .contains("kubernetes.io/hostname: alfa-worker-1");
        assertThat(out.resolve("k8s-alfa/metallb.yaml")).doesNotExist();
        assertThat(out.resolve("gateway-alfa-unoone/frr.conf")).exists();
    }
}
