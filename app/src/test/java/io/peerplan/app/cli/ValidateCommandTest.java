package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.validate.RuleInfo;
import io.peerplan.model.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code peerplan validate}: the three formats, the severity filter and the exit codes, run in-process. */
class ValidateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Seed 000 with the Alfa speakers expecting AS 64860 of their gateway: one error. */
    private static Path brokenProject(Path dir) throws Exception {
        String yaml = new String(Samples.bytes("two-dc-anycast"), StandardCharsets.UTF_8);
        String broken = yaml.replaceFirst("peerASN: 64859", "peerASN: 64860");
        assertThat(broken).isNotEqualTo(yaml);
        Path file = dir.resolve("broken.peerplan.yaml");
        Files.writeString(file, broken);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"two-dc-anycast", "homelab-openwrt-quagga", "mikrotik-core"})
    void samplesHaveNoErrorsAndExitZero(String sample) {
        CliTestSupport.Result r = CliTestSupport.run("validate", "sample:" + sample);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("sample:" + sample + ": 0 errors").contains(Validator.rules().size() + " rules checked");
    }

    @Test
    void textNamesRuleElementsAndFix() {
        String out = CliTestSupport.run("validate", "sample:two-dc-anycast").out();
        assertThat(out).contains("sample:two-dc-anycast: warning GRAPH-SINGLE-POINT-OF-FAILURE: gateway-alfa-unoone is the only way from cluster "
                        + "k8s-alfa-unoone to Internet clients")
                .contains("    elements: gateway-alfa-unoone, k8s-alfa")
                .contains("    fix: add 'ip route 203.0.113.64/29 blackhole'")
                .contains("sample:two-dc-anycast: 0 errors, 8 warnings, 2 infos");
    }

    @Test
    void anErrorExitsOneAndPointsAtTheLine(@TempDir Path dir) throws Exception {
        Path file = brokenProject(dir);
        CliTestSupport.Result r = CliTestSupport.run("validate", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        List<String> lines = Files.readAllLines(file);
        // The first element of the finding is the most specific one: the first speaker node.
        int line = lines.indexOf("  - id: alfa-worker-1") + 1;
        assertThat(line).isPositive();
        assertThat(r.out()).contains(file + ":" + line + ": error BGP-SESSION-ASN-MISMATCH: The speakers on alfa-worker-1, alfa-worker-2 "
                        + "(cluster k8s-alfa-unoone) expect AS 64860 but gateway-alfa-unoone sends AS 64859 [peering alfa-speakers]")
                .contains("1 error,");
    }

    @Test
    void minSeverityHidesButErrorsStillCount(@TempDir Path dir) throws Exception {
        CliTestSupport.Result sample = CliTestSupport.run("validate", "sample:two-dc-anycast", "--min-severity", "error");
        assertThat(sample.exitCode()).isZero();
        assertThat(sample.out()).doesNotContain(": warning ").contains("(10 below the minimum severity not shown)");
        CliTestSupport.Result warnings = CliTestSupport.run("validate", "sample:two-dc-anycast", "--min-severity=WARNING");
        assertThat(warnings.out()).contains(": warning ").doesNotContain(": info ");
        CliTestSupport.Result broken = CliTestSupport.run("validate", brokenProject(dir).toString(), "--min-severity", "error");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
    }

    @Test
    void json(@TempDir Path dir) throws Exception {
        Path file = brokenProject(dir);
        CliTestSupport.Result r = CliTestSupport.run("validate", file.toString(), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("project").asText()).isEqualTo(file.toString());
        assertThat(root.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/shown").asInt()).isEqualTo(root.get("findings").size());
        JsonNode first = root.get("findings").get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("BGP-SESSION-ASN-MISMATCH");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("elementIds")).isNotEmpty();
        assertThat(first.has("fixHint")).isTrue();
        assertThat(first.at("/location/line").asInt()).isPositive();
    }

    @Test
    void sarifForAFile(@TempDir Path dir) throws Exception {
        Path file = brokenProject(dir);
        CliTestSupport.Result r = CliTestSupport.run("validate", file.toString(), "--format", "sarif");
        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode root = JSON.readTree(r.out());
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("$schema").asText()).endsWith("sarif-2.1.0.json");
        assertThat(root.get("runs")).hasSize(1);
        JsonNode run = root.get("runs").get(0);
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(run.at("/tool/driver/name").asText()).isEqualTo("Peerplan");
        List<String> ruleIds = new ArrayList<>();
        rules.forEach(rule -> {
            ruleIds.add(rule.get("id").asText());
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
            assertThat(rule.at("/properties/source").asText()).isNotBlank();
        });
        assertThat(ruleIds).doesNotHaveDuplicates().containsExactlyElementsOf(Validator.rules().stream().map(RuleInfo::id).toList());
        assertThat(run.at("/artifacts/0/location/uri").asText()).isEqualTo(file.toUri().toString());
        JsonNode results = run.get("results");
        assertThat(results).isNotEmpty();
        List<String> lines = Files.readAllLines(file);
        Set<String> levels = new HashSet<>();
        results.forEach(res -> {
            String ruleId = res.get("ruleId").asText();
            assertThat(ruleIds.get(res.get("ruleIndex").asInt())).isEqualTo(ruleId);
            levels.add(res.get("level").asText());
            assertThat(res.at("/message/text").asText()).isNotBlank();
            JsonNode loc = res.at("/locations/0");
            assertThat(loc.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo(file.toUri().toString());
            List<String> names = new ArrayList<>();
            loc.get("logicalLocations").forEach(l -> names.add(l.get("name").asText()));
            List<String> ids = new ArrayList<>();
            res.at("/properties/elementIds").forEach(id -> ids.add(id.asText()));
            assertThat(names).isEqualTo(ids).isNotEmpty();
            int line = loc.at("/physicalLocation/region/startLine").asInt();
            assertThat(lines.get(line - 1)).as("line %d names %s", line, names.getFirst()).contains("id: " + names.getFirst());
        });
        assertThat(levels).contains("error", "warning", "note");
    }

    @Test
    void sarifForASampleHasOnlyLogicalLocations() throws Exception {
        CliTestSupport.Result r = CliTestSupport.run("validate", "sample:mikrotik-core", "--format", "sarif");
        assertThat(r.exitCode()).isZero();
        JsonNode run = JSON.readTree(r.out()).get("runs").get(0);
        assertThat(run.has("artifacts")).isFalse();
        run.get("results").forEach(res -> {
            assertThat(res.at("/locations/0").has("physicalLocation")).isFalse();
            assertThat(res.at("/locations/0/logicalLocations")).isNotEmpty();
        });
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliTestSupport.run("validate", "sample:two-dc-anycast", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliTestSupport.run("validate", "sample:two-dc-anycast", "--min-severity", "fatal").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliTestSupport.run("validate").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aMissingFileIsOneLineAndExitOne(@TempDir Path dir) {
        CliTestSupport.Result r = CliTestSupport.run("validate", dir.resolve("nope.peerplan.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT_ERRORS);
        assertThat(r.err().strip()).contains("no such file").doesNotContain("Exception").hasLineCount(1);
    }
}
