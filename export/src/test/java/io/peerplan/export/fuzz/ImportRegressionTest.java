package io.peerplan.export.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.export.importer.ConfigImporter;
import io.peerplan.export.importer.ImportException;
import io.peerplan.export.importer.ImportNote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19's import crashes, one input each: before, each crashed the importer or a later stage,
 * or failed pointing into the design Peerplan generated; now each is either imported and passes
 * every stage ({@link Pipeline}), or refused with one message located in the user's own file.
 */
class ImportRegressionTest {
    private static final String BGP = "frr version 8.4\nhostname edge\n!\nrouter bgp 65010\n neighbor 192.0.2.1 remote-as 65001\nexit\n!\n";
    private static final String SERVICES = """
            apiVersion: v1
            kind: Service
            metadata:
              name: smtp
              namespace: default
            spec:
              type: LoadBalancer
              loadBalancerIP: 172.22.35.70
              ports:
              - port: 25
            """;
    private static final String PEER = """
            apiVersion: metallb.io/v1beta2
            kind: BGPPeer
            metadata:
              name: gw
              namespace: metallb-system
            spec:
              myASN: 4294967296
              peerASN: 64500
              peerAddress: 192.0.2.1
            """;
    private static final String LEGACY = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              namespace: metallb-system
              name: config
            data:
              config: |
                address-pools:
                - protocol: bgp
                  addresses:
                  - 203.0.113.64/29
                  bgp-advertisements:
                  - {}
            """;

    /**
     * {@code expected}: fragments of the located refusal, or of the import report's notes when the input imports;
     * none: the input imports cleanly and every later stage runs.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("OSPF-only frr.conf", "r1/frr.conf", bytes("hostname r1\nrouter ospf\n network 10.0.0.0/8 area 0\nexit\n"),
                        new String[] {"frr.conf:1:1: ", "no 'router bgp ASN'"}),
                Arguments.of("truncated frr.conf", "r1/frr.conf", bytes(BGP.substring(0, BGP.indexOf("router bgp") + 8)),
                        new String[] {"frr.conf:1:1: ", "no 'router bgp ASN'"}),
                Arguments.of("CR-only line endings", "r1/frr.conf", bytes(BGP.replace('\n', '\r')), new String[0]),
                Arguments.of("remote-as above 2^32", "r1/frr.conf", bytes(BGP.replace("remote-as 65001", "remote-as 4294967296")),
                        new String[] {"frr.conf:5: ", "neighbor 192.0.2.1 remote-as 4294967296"}),
                Arguments.of("an IPv4-mapped IPv6 neighbor", "r1/frr.conf", bytes(BGP.replace("192.0.2.1", "::ffff:198.51.100.9")),
                        new String[0]),
                Arguments.of("out-of-range MetalLB ASN", "k8s/metallb.yaml", bytes(PEER),
                        new String[] {"metallb.yaml:1: ", "BGPPeer gw", "spec.myASN (4294967296 is not an AS number"}),
                Arguments.of("legacy pool without a name", "k8s/metallb-config.yaml", bytes(LEGACY),
                        new String[] {"metallb-config.yaml: ", "a pool without 'name'"}),
                Arguments.of("a lone services.yaml (a crds cluster with no MetalLB objects)", "k8s/services.yaml", bytes(SERVICES),
                        new String[0]),
                Arguments.of("not UTF-8", "r1/frr.conf", notUtf8(), new String[] {"frr.conf:5:3: ", "byte 0xe9", "not valid UTF-8"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importedAndEveryStageRunsOrRefusedWithALocation(String label, String name, byte[] content, String[] expected,
            @TempDir Path dir) throws Exception {
        Path file = Files.createDirectories(dir.resolve(name).getParent()).resolve(Path.of(name).getFileName());

        Pipeline.Outcome outcome = Pipeline.imported(file, content);

        assertThat(outcome.kind()).as(outcome.detail()).isIn(Pipeline.Kind.OK, Pipeline.Kind.LOCATED);
        String told;
        try {
            told = ConfigImporter.importFiles("x", List.of(file)).notes().stream().map(ImportNote::render).collect(Collectors.joining("\n"));
        } catch (ImportException e) {
            told = e.getMessage();
        }
        if (expected.length == 0) {
            assertThat(outcome.kind()).as("imported, and every stage ran: " + told).isEqualTo(Pipeline.Kind.OK);
        } else {
            assertThat(told).contains(expected);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The neighbor line (line 5) with a Latin-1 byte at column 3. */
    private static byte[] notUtf8() {
        byte[] b = bytes(BGP.replace("neighbor", "n\u00e9ighbor"));
        byte[] out = new byte[b.length - 1];
        int at = BGP.indexOf("neighbor") + 1;
        System.arraycopy(b, 0, out, 0, at);
        out[at] = (byte) 0xe9;
        System.arraycopy(b, at + 2, out, at + 1, b.length - at - 2);
        return out;
    }
}
