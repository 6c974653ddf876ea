package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad project file gives exactly one clear message naming the file, the line and
 * column and the problem; none gives a stack trace and none modifies the file.
 */
class MalformedProjectTest {
    private static final String HEAD = "schemaVersion: 1\nname: broken\n";
    private static final String REGION = "regions:\n- id: alfa\n  name: Alfa\n";
    private static final String NETWORK = "networks:\n- id: lan\n  region: alfa\n  cidr: 192.168.1.0/24\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("unknown key with the nearest valid name", HEAD + "regionz: []\n", 3, "unknown key 'regionz'", "did you mean 'regions'"),
                bad("unknown nested key", HEAD + REGION + "  lokation: Moscow\n", 6, "unknown key 'lokation'", "did you mean 'location'"),
                bad("wrong type: scalar where a list belongs", HEAD + "regions: 5\n", 3, "wrong type at 'regions'", "a list"),
                bad("wrong type: text where a number belongs", HEAD + REGION + NETWORK
                        + "routers:\n- id: gw\n  role: gateway\n  platform: frr\n  asn: sixty-four\n", 14, "asn"),
                bad("bad CIDR", HEAD + REGION + "networks:\n- id: lan\n  cidr: 192.168.1.300/24\n", 8, "192.168.1.300/24", "not a valid CIDR"),
                bad("CIDR without a length", HEAD + "networks:\n- id: lan\n  cidr: 10.0.0.1\n", 5, "not a CIDR prefix"),
                bad("bad IP address", HEAD + "routers:\n- id: gw\n  role: gateway\n  platform: frr\n  asn: 65000\n  routerId: 1.2.3\n", 8,
                        "'1.2.3' is not a valid IP address"),
                bad("ASN above 32 bits", HEAD + "routers:\n- id: gw\n  role: gateway\n  platform: frr\n  asn: 4294967296\n", 7,
                        "out of range"),
                bad("negative ASN", HEAD + "routers:\n- id: gw\n  role: gateway\n  platform: frr\n  asn: -5\n", 7, "out of range"),
                bad("duplicate id", HEAD + REGION + "- id: alfa\n  name: Again\n", 6, "duplicate id 'alfa'", "regions[0]"),
                bad("dangling reference", HEAD + REGION + "networks:\n- id: lan\n  region: bravo\n  cidr: 10.0.0.0/8\n", 8,
                        "unknown region 'bravo'"),
                bad("dangling peering end", HEAD + "peerings:\n- id: p\n  a: {element: gw}\n  b: {element: gw2}\n", 5,
                        "unknown element 'gw'"),
                bad("truncated file", HEAD + REGION + "networks:\n- {id: lan, cidr: \"10.0.0.0/8", 7, "invalid YAML"),
                bad("tab indentation", HEAD + "regions:\n- id: alfa\n\tname: Alfa\n", 5, "tab"),
                bad("empty file", "", 1, "empty"),
                bad("only a comment", "# nothing here\n", 1, "empty"),
                badBytes("binary garbage", garbage(), "not a text file"),
                bad("deep nesting (10 MB)", HEAD + "description: " + ("[".repeat(1024) + "\n").repeat(10 * 1024), 3, "nest"),
                bad("number out of range for an int", HEAD + "clusters:\n- id: c\n  services:\n  - name: s\n    ports:\n    - port: 99999999999\n",
                        8, "out of range"),
                bad("float where an integer belongs", HEAD + "routers:\n- id: gw\n  role: gateway\n  platform: frr\n  asn: 65000\n"
                        + "  prefixLists:\n  - name: pl\n    entries:\n    - {seq: 1.5, action: permit, prefix: any}\n", 11, "seq"),
                bad("unknown enum value", HEAD + "routers:\n- id: gw\n  role: gateway\n  platform: cisco\n  asn: 65000\n", 6,
                        "'cisco'", "frr, quagga, routeros-v6, routeros-v7, external"),
                bad("unsupported schemaVersion", "schemaVersion: 2\nname: future\n", 1, "unsupported schemaVersion '2'", "newer Peerplan"),
                bad("missing schemaVersion", "name: x\nregions: []\n", 1, "missing 'schemaVersion'"),
                bad("schemaVersion without a value", "schemaVersion: ~\nname: x\n", 1, "'schemaVersion' has no value", "reads schemaVersion 1"),
                bad("duplicate key", HEAD + "name: again\n", 3, "duplicate", "name"),
                bad("top level is a list", "- schemaVersion: 1\n", 1, "top level must be a mapping"),
                bad("cluster end naming a missing BGPPeer", HEAD + "clusters:\n- id: c\n  metallb:\n    peers:\n    - {name: gw}\n"
                        + "routers:\n- {id: r, role: gateway, platform: frr, asn: 65000}\n"
                        + "peerings:\n- id: p\n  a: {element: c, bgpPeer: nope}\n  b: {element: r, peerAddress: 10.0.0.1}\n", 12,
                        "no BGPPeer named 'nope'"),
                bad("invalid id", HEAD + "regions:\n- id: \"has space\"\n", 4, "invalid id 'has space'"),
                bad("schemaVersion beyond a long", "schemaVersion: 99999999999999999999\n", 1, "unsupported schemaVersion", "newer Peerplan"),
                bad("one 4 MiB line (SnakeYAML slows down superlinearly on it)", HEAD + "description: " + "x".repeat(4 << 20) + "\n", 3,
                        "line 3 is 4,194,317 characters long", "at most 65,536"),
                bad("one long line in a file with CR LF line ends (the CR counts)", HEAD.replace("\n", "\r\n") + "description: "
                        + "x".repeat(70_000) + "\r\n", 3, "line 3 is 70,014 characters long"),
                bad("a 1 MiB text value over many lines", HEAD + "description: |\n" + ("  " + "y".repeat(78) + "\n").repeat(1 << 14), 3,
                        "text value longer than 65536"),
                bad("prefix-list entry without a prefix", HEAD + "routers:\n- id: gw\n  role: gateway\n  platform: frr\n  asn: 65000\n"
                        + "  prefixLists:\n  - name: pl\n    entries:\n    - {seq: 5, action: permit}\n", 11, "prefix-list 'pl' entry without 'prefix'"),
                bad("listen range without a peer group", HEAD + "routers:\n- id: gw\n  role: gateway\n  platform: frr\n  asn: 65000\n"
                        + "  bgp:\n    listenRanges:\n    - range: 10.0.0.0/24\n", 10, "listen range without 'peerGroup'"),
                bad("service endpoint on a node the cluster does not have", HEAD + "clusters:\n- id: c\n  nodes:\n"
                        + "  - {id: n1, name: node-1, address: 10.0.0.5}\n  services:\n  - name: web\n    endpointNodes:\n"
                        + "    - node-1\n    - node-9\n", 11, "unknown node 'node-9'", "[node-1]"),
                bad("peering without its b end", HEAD + "routers:\n- {id: r, role: gateway, platform: frr, asn: 65000}\n"
                        + "peerings:\n- id: p\n  a: {element: r, peerAddress: 10.0.0.1}\n", 6, "needs both ends"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneClearErrorWithLocationAndTheFileIsUntouched(String label, byte[] content, int line, String[] fragments, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("broken.peerplan.yaml");
        Files.write(file, content);
        FileTime before = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, before);

        ProjectLoadException e = catchThrowableOfType(ProjectLoadException.class, () -> ProjectCodec.read(file));

        assertThat(e).as(label).isNotNull();
        String message = e.getMessage();
        assertThat(message).startsWith(file + ":");
        assertThat(e.line()).as(message).isPositive();
        assertThat(e.column()).as(message).isPositive();
        if (line > 0) {
            assertThat(e.line()).as(message).isEqualTo(line);
        }
        for (String fragment : fragments) {
            assertThat(message).containsIgnoringCase(fragment);
        }
        assertThat(message).doesNotContain("\n").doesNotContain("Exception").doesNotContain("at com.").doesNotContain("at io.")
                .hasSizeLessThan(600);
        assertThat(e.getStackTrace()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    }

    /** A 3 GiB file (sparse: no disk used) is refused by its size, before it is read (it was an OutOfMemoryError). */
    @Test
    void aFileOfGigabytesIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.peerplan.yaml");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(3L << 30);
        }

        ProjectLoadException e = catchThrowableOfType(ProjectLoadException.class, () -> ProjectCodec.read(file));

        assertThat(e.getMessage()).isEqualTo(file + ": the file is 3,221,225,472 bytes; a project file is at most 67,108,864 bytes "
                + "(a 2,000-speaker design is a few MB)");
    }

    private static Arguments bad(String label, String content, int line, String... fragments) {
        return Arguments.of(label, content.getBytes(StandardCharsets.UTF_8), line, fragments);
    }

    private static Arguments badBytes(String label, byte[] content, String... fragments) {
        return Arguments.of(label, content, 0, fragments);
    }

    private static byte[] garbage() {
        byte[] b = new byte[4096];
        new Random(7).nextBytes(b);
        return b;
    }
}
