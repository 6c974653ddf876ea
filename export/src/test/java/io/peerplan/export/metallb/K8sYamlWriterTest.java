package io.peerplan.export.metallb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.model.Cluster;
import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.io.BlockYamlWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link BlockYamlWriter} writes exactly the bytes Jackson's YAML generator writes with
 * {@link K8sYaml.Jackson#MAPPER}, or writes nothing so that Jackson does; text inside its subset always takes
 * the fast path. Trees are random: nested mappings and sequences, keys and values drawn from what
 * YAML quoting rules single out (indicators, reserved words, numbers, base-60, spaces, quotes,
 * non-ASCII, line breaks, long text).
 */
class K8sYamlWriterTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> TRICKY = List.of("", " ", "  ", " a", "a ", " a ", "a b", ":", "a:", ":a", "a:b", "a: b",
            "a :b", "#", "#a", "a#b", "a #b", "a# b", "-", "- ", "- a", "-a", "--", "---", "--- a", "...", "...a", "?", "? a", "?a",
            "a?", "'", "''", "it's", "'a'", "\"", "a\"b", "\"a\"", "\\", "a\\b", "\\\"", "[", "]", "{", "}", "[a]", "{a}", "a,b", ",",
            "a[b", "&a", "*a", "!a", "|", ">", "%a", "@a", "`a`", "a&b", "a|b", "a>b", "~", "~a", "yes", "no", "on", "off", "y", "n",
            "Y", "N", "true", "True", "TRUE", "false", "null", "Null", "NULL", "Yes", "NO", "Off", "<<", "=", "0", "00", "012", "0_1",
            "08", "0.5", ".5", "5.", ".", "+", "+1", "-1", "-0", "1e3", "1E3", "1e+3", "1.5e-3", "-1.5e3", "0x1F", "0xG", "0b101",
            "0o17", "1_000", "1,000", ".inf", "-.Inf", ".nan", ".NaN", "64512:1", "1:2:3", "1:60", "-1:30", "1:30.5", "190:20:30.15",
            "65000:100:200", "2001:db8::1", "fe80::1/64", "::1", "10.0.0.1", "10.0.0.0/8", "192.168.1.0/24", "100.66.0.1",
            "1.2.3", "1.2", "v1", "Service", "LoadBalancer", "metallb.io/address-pool", "metallb.io/loadBalancerIPs",
            "10.0.0.1,10.0.0.2", "svc-0001", "app.kubernetes.io/name", "2026-12-07", "2026-12-07T13:00:00Z", "12:30", "a\tb",
            "\ta", "a\n", "a\nb", "\n", "line 1\nline 2\n", "a\r\nb", "a\u0085b", "a\u2028b", "\u0000", "\u0007", "\u007f", "é",
            "héllo", "日本", "😀", "a\u00a0b", "\ufeffa", "a\ud800", "x".repeat(127), "x".repeat(128), "long ".repeat(60),
            "a: b ".repeat(30));
    private static final String ALPHABET = " :#-'\"?,[]{}&*!|>%@`~.+_/\\=<0123456789abcenoxyETNY";
    private static final String ODD = "\t\n\r\u0085\u00a0é😀\u2028";

    /** What each kind of text becomes: Jackson's choice of quotes, refined by SnakeYAML's plain-scalar rules. */
    @Example
    void textIsQuotedAsJacksonQuotesIt() {
        ObjectNode doc = NODES.objectNode();
        doc.put("plain", "metallb.io/address-pool").put("empty", "").put("reserved", "yes").put("number", "012")
                .put("float", "1e3").put("hex", "0x1F").put("community", "64512:1").put("ip", "10.0.0.1").put("leading", " a")
                .put("trailing", "a ").put("dash", "- a").put("quote", "it's").put("comment", "a #b").put("colon", "a: b")
                .put("n", "n").put("012", 7).put("ok", true).putNull("none");
        doc.putArray("list").add("a").addObject().put("k", "v").putArray("l").add(1);
        doc.putArray("nested").addArray().add("x").add("y");
        doc.putObject("empty object");
        doc.putArray("empty list");
        StringBuilder text = new StringBuilder();
        assertThat(BlockYamlWriter.append(doc, K8sYaml.QUOTING, text)).isTrue();
        assertThat(text.toString()).isEqualTo("""
                plain: metallb.io/address-pool
                empty: ""
                reserved: "yes"
                number: "012"
                float: "1e3"
                hex: "0x1F"
                community: "64512:1"
                ip: 10.0.0.1
                leading: ' a'
                trailing: 'a '
                dash: '- a'
                quote: it's
                comment: "a #b"
                colon: "a: b"
                "n": "n"
                "012": 7
                ok: true
                none: null
                list:
                - a
                - k: v
                  l:
                  - 1
                nested:
                - - x
                  - "y"
                empty object: {}
                empty list: []
                """).isEqualTo(K8sYaml.jackson(doc));
    }

    @Property(tries = 3000, seed = "7")
    void aDocumentIsWrittenAsJacksonWritesItOrLeftToJackson(@ForAll("anyTree") ObjectNode doc) {
        StringBuilder text = new StringBuilder("kept");
        boolean fast = BlockYamlWriter.append(doc, K8sYaml.QUOTING, text);
        assertThat(text.toString()).isEqualTo(fast ? "kept" + K8sYaml.jackson(doc) : "kept");
        Statistics.label("fast path").collect(fast);
        Statistics.label("fast path").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 3000, seed = "11")
    void printableAsciiOnOneLineTakesTheFastPath(@ForAll("asciiTree") ObjectNode doc) {
        StringBuilder text = new StringBuilder();
        assertThat(BlockYamlWriter.append(doc, K8sYaml.QUOTING, text)).as("fast path for %s", doc).isTrue();
        assertThat(text.toString()).isEqualTo(K8sYaml.jackson(doc));
        assertThat(K8sYaml.write(doc)).isEqualTo(text.toString());
    }

    /** Mixed streams: documents outside the subset, empty ones, non-mapping roots among fast ones. */
    @Property(tries = 1000, seed = "5")
    void documentsAreWrittenAsOneJacksonStreamWritesThem(@ForAll("streams") List<JsonNode> docs) {
        assertThat(K8sYaml.documents(List.of(), docs)).isEqualTo(K8sYaml.jacksonDocuments(docs));
    }

    @Example
    void theScaleTopologysServicesAllTakeTheFastPath() {
        Topology t = ScaleTopology.generate(new ScaleTopology.Spec(5, 200, 10, 2, 400), 42);
        List<ObjectNode> services = new ArrayList<>();
        for (Cluster c : t.clusters()) {
            services.addAll(ServiceManifestGenerator.services(c, Cluster.ConfigStyle.CRDS));
            services.addAll(ServiceManifestGenerator.services(c, Cluster.ConfigStyle.LEGACY_CONFIGMAP));
        }
        assertThat(services).hasSizeGreaterThan(400).allSatisfy(s -> assertThat(BlockYamlWriter.append(s, K8sYaml.QUOTING, new StringBuilder())).isTrue());
        assertThat(K8sYaml.documents(List.of(), services)).isEqualTo(K8sYaml.jacksonDocuments(services));
    }

    @Provide
    Arbitrary<ObjectNode> anyTree() {
        return Arbitraries.randomValue(r -> new Trees(r, false).object(0));
    }

    @Provide
    Arbitrary<ObjectNode> asciiTree() {
        return Arbitraries.randomValue(r -> new Trees(r, true).object(0));
    }

    @Provide
    Arbitrary<List<JsonNode>> streams() {
        return Arbitraries.randomValue(r -> {
            Trees trees = new Trees(r, r.nextBoolean());
            List<JsonNode> docs = new ArrayList<>();
            for (int i = r.nextInt(5) + 1; i > 0; i--) {
                int kind = r.nextInt(12);
                docs.add(switch (kind) {
                    case 0 -> NODES.objectNode();
                    case 1 -> trees.array(1);
                    case 2 -> trees.leaf();
                    default -> trees.object(0);
                });
            }
            return docs;
        });
    }

    /** Random trees; {@code ascii}: keys and text only of printable ASCII on one line, no double. */
    private record Trees(Random r, boolean ascii) {
        ObjectNode object(int depth) {
            ObjectNode o = NODES.objectNode();
            for (int i = (depth == 0 ? 1 : 0) + r.nextInt(5); i > 0; i--) {
                o.set(key(), node(depth + 1));
            }
            return o;
        }

        ArrayNode array(int depth) {
            ArrayNode a = NODES.arrayNode();
            for (int i = r.nextInt(4); i > 0; i--) {
                a.add(node(depth + 1));
            }
            return a;
        }

        JsonNode node(int depth) {
            int kind = r.nextInt(depth > 4 ? 3 : 6);
            return kind < 3 ? leaf() : kind == 3 ? array(depth) : object(depth);
        }

        JsonNode leaf() {
            return switch (r.nextInt(12)) {
                case 0 -> NODES.numberNode(r.nextInt());
                case 1 -> NODES.numberNode(r.nextLong());
                case 2 -> NODES.booleanNode(r.nextBoolean());
                case 3 -> NODES.nullNode();
                case 4 -> ascii ? NODES.numberNode(r.nextInt(70000)) : odd();
                default -> NODES.textNode(text());
            };
        }

        /** Numbers the writer leaves to Jackson. */
        private JsonNode odd() {
            return switch (r.nextInt(5)) {
                case 0 -> NODES.numberNode(r.nextDouble() * 1000);
                case 1 -> NODES.numberNode((short) r.nextInt(100));
                case 2 -> NODES.numberNode(BigInteger.valueOf(r.nextLong()).pow(2));
                case 3 -> NODES.numberNode(new BigDecimal("1.50"));
                default -> NODES.numberNode(r.nextFloat());
            };
        }

        String key() {
            String k = text();
            return ascii && !insideKey(k) ? "k" + k.substring(0, Math.min(k.length(), 100)) : k;
        }

        String text() {
            String t = switch (r.nextInt(3)) {
                case 0 -> TRICKY.get(r.nextInt(TRICKY.size()));
                case 1 -> random(ALPHABET + (ascii ? "" : ODD), 1 + r.nextInt(8));
                default -> TRICKY.get(r.nextInt(TRICKY.size())) + random(ALPHABET, r.nextInt(4))
                        + TRICKY.get(r.nextInt(TRICKY.size()));
            };
            return ascii && !inside(t) ? t.replaceAll("[^ -~]", "_") : t;
        }

        private String random(String alphabet, int length) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < length; i++) {
                s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0,
                        alphabet.length())))));
            }
            return s.toString();
        }

        private static boolean inside(String t) {
            return t.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
        }

        private static boolean insideKey(String k) {
            return inside(k) && !k.isEmpty() && k.length() < 127;
        }
    }
}
