package io.peerplan.export.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import io.peerplan.model.validate.Finding;
import io.peerplan.model.validate.Severity;
import io.peerplan.model.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19's crash list, one project edit each: before, each crashed a later stage (export,
 * simulate) or the loader with a Java exception; now each passes every stage ({@link Pipeline})
 * and the user is told what is wrong, located: at file:line:col on load, or by element id and
 * field in a validator error.
 */
class CrashRegressionTest {
    private static final String TWO_DC = "two-dc-anycast";
    private static final String MIKROTIK = "mikrotik-core";

    static Stream<Arguments> cases() {
        return Stream.of(
                edit("listen range without a peer group", TWO_DC, "      peerGroup: mks-nodes\n  peerGroups:", "\n  peerGroups:",
                        ":101:", "peerGroup"),
                edit("prefix-list entry without a prefix", TWO_DC, "      prefix: 203.0.113.64/29\n", "", ":81:", "prefix"),
                edit("prefix-list entry without an action", TWO_DC, "      action: deny\n", "", ":85:", "action"),
                edit("empty route-map entry", TWO_DC, "    - seq: 10\n      action: permit\n      description: For AS PATH prepend",
                        "    - {}\n    - seq: 10\n      action: permit\n      description: For AS PATH prepend", ":91:", "action"),
                edit("targetPort beyond an int", MIKROTIK, "targetPort: smtp-port", "targetPort: \"2147483648\"",
                        ":114:19:", "targetPort '2147483648'", "1-65535"),
                edit("unnamed legacy pool", MIKROTIK, "    - name: public\n", "    - addresses: [10.9.0.0/24]\n    - name: public\n",
                        "METALLB-NAME [k8s]", "missing IPAddressPool name"),
                edit("empty pool", MIKROTIK, "    - name: public\n", "    - {}\n    - name: public\n", "METALLB-NAME [k8s]",
                        "METALLB-POOL-NO-ADDRESSES [k8s]"),
                edit("schemaVersion beyond a long", MIKROTIK, "schemaVersion: 1", "schemaVersion: 99999999999999999999",
                        ":7:", "unsupported schemaVersion", "newer Peerplan"),
                edit("BGPPeer without a name, referenced by a peering", MIKROTIK, "    - name: peer1\n", "    - name: ~\n", ":126:14:",
                        "cluster 'k8s' has no BGPPeer named 'peer1'"),
                edit("negative listen limit", TWO_DC, "listenLimit: 110", "listenLimit: -1", ":99:18:", "'listenLimit' must be 1..65535"),
                edit("an IPv4-mapped IPv6 neighbor", MIKROTIK, "    peerAddress: 172.22.35.25\n", "    peerAddress: ::ffff:198.51.100.9\n",
                        "core-kube1"),
                edit("bad holdTime", MIKROTIK, "      peerAddress: 172.22.35.1\n", "      peerAddress: 172.22.35.1\n      holdTime: 5x\n",
                        "peer1", "holdTime"),
                edit("negative aggregationLength", MIKROTIK, "aggregationLength: 32\n      localPref: 100\n    - name: bgpadvertisement2",
                        "aggregationLength: -4\n      localPref: 100\n    - name: bgpadvertisement2", "bgpadvertisement1",
                        "aggregationLength"));
    }

    private static Arguments edit(String label, String sample, String find, String replace, String... expected) {
        return Arguments.of(label, sample, find, replace, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyStageRunsAndTheProblemIsLocated(String label, String sample, String find, String replace, String[] expected,
            @TempDir Path dir) throws Exception {
        String text = new String(Samples.bytes(sample), StandardCharsets.UTF_8);
        assertThat(text).as("the edit applies to the sample").contains(find);
        byte[] bytes = text.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace))
                .getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("edited.peerplan.yaml");

        Pipeline.Outcome outcome = Pipeline.project(file, bytes);

        assertThat(outcome.kind()).as(outcome.detail()).isIn(Pipeline.Kind.OK, Pipeline.Kind.LOCATED);
        assertThat(verdict(file)).contains(expected);
    }

    /** The load error, or the validator's errors with their element ids: what the user reads. */
    private static String verdict(Path file) {
        try {
            return Validator.validate(ProjectCodec.read(file)).stream().filter(f -> f.severity() == Severity.ERROR)
                    .map(CrashRegressionTest::line).collect(Collectors.joining("\n"));
        } catch (ProjectLoadException e) {
            return e.getMessage();
        }
    }

    private static String line(Finding f) {
        return f.ruleId() + " " + f.elementIds() + ": " + f.message();
    }
}
