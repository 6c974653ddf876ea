package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.sample.SampleDesigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BlockYaml} gives exactly the tokens Jackson's YAML parser gives (type, text, number type and
 * value), or gives up so that the file takes that parser; and what Peerplan writes takes the fast path.
 */
class BlockYamlTest {
    private static final ObjectMapper MAPPER = ProjectMapper.create();
    private static final String HEAD = "schemaVersion: 1\n";

    @Test
    void whatPeerplanWritesIsReadAsJacksonReadsIt() throws IOException {
        for (String text : SampleDesigns.textsWithGenerated(new ScaleTopology.Spec(5, 200, 10, 2, 200))) {
            assertThat(BlockYaml.read(text, MAPPER, "1")).as("fast path for:%n%s", text).isNotNull();
            assertSameTokens(text);
        }
    }

    static Stream<String> inside() {
        return Stream.of(
                "a: b\n",
                "# a comment\n\na: b # trailing\nc: 'd # not a comment'\ne: \"f: g\"\n",
                "a: 'it''s'\nb: \"q \\\" \\\\ \\n \\t\"\n'quoted key': 1\n\"k2\" : x\n",
                "b1: true\nb2: false\nb3: y\nb4: n\nn1: null\n",
                "f1: 420.0\nf2: -12.5\nf3: 1.0E10\nf4: 0.0\nf5: 1.5\n",
                "i1: 0\ni2: -5\ni3: 65101\ni4: 4200000000\ni5: 2147483648\ni6: -2147483649\n",
                "s1: 192.168.0.1\ns2: 10.0.0.0/8\ns3: 2001:db8::1\ns4: fe80::1/64\ns5: a:b\ns6: 'x'\ns8: a#b\ns9: -1x\n",
                "s9: r7-gw0 \ns10: héllo wörld\ns11: 😀 emoji\ns12: \"\"\ns13: ''\ns14: a [b] {c}, d\n",
                "l:\n- a\n- b\nm:\n  - c\n  -   d\nnext: 1\n",
                "l:\n- id: x\n  peers:\n  - a\n  - b\n  sub:\n    k: v\n- id: y\n",
                "e1: []\ne2: {}\ne3: [] # empty\n",
                "deep:\n  a:\n    b:\n      c: 1\n  d: 2\nz: 3\n");
    }

    @ParameterizedTest
    @MethodSource("inside")
    void theSubsetIsReadAsJacksonReadsIt(String body) throws IOException {
        String text = HEAD + body;
        assertThat(BlockYaml.read(text, MAPPER, "1")).as("fast path for:%n%s", text).isNotNull();
        assertSameTokens(text);
    }

    static Stream<String> outside() {
        return Stream.of(
                "o1: 010\n", "o2: 0x1F\n", "o3: 1_000\n", "o5: 1e3\n", "o6: 2001-12-14\n", "o7: +1\n",
                "o8: -0\n", "o12: 1.50\n", "o13: 1e3\n", "o14: -x\n", "o15: yes\n", "o16: ~\n", "o17: True\n", "o18: NULL\n",
                "o19: \"\\/\"\n", "o9: 12345678901234567890\n", "o10: .inf\n", "o11: 1:20\n",
                "e:\nf: 1\n", "e:\n", "f: [a, b]\n", "f: {a: 1}\n", "f: |\n  text\n", "f: >\n  text\n",
                "f: &a x\ng: *a\n", "f: !!str 1\n", "f: plain\n  continued\n", "f: 'open\n  quote'\n",
                "f:\tx\n", "f: x\r\ng: y\r\n", "f: a\nf: b\n", "---\nf: x\n", "f: x\n...\n", "f: \"\\x41\"\n",
                "f: a: b\n", "f: x\n - y\n", "- a\n", "f:\n  x\n", "f: x\n  g: y\n", "f: @x\n", "f: `x`\n",
                "f:\n- - a\n", "f:\n-\n  a: 1\n", "f: 'x'y\n", "f: \"x\"#c\n", "f: a\u0085b\n", "f: a\u2028b\n",
                "? complex\n: key\n", "f: x\n g: y\n");
    }

    @ParameterizedTest
    @MethodSource("outside")
    void everythingElseTakesJacksonsParser(String body) {
        String text = HEAD + body;
        assertThat(BlockYaml.read(text, MAPPER, "1")).as("outside the subset:%n%s", text).isNull();
    }

    @Test
    void aFileThatWouldFailTheIndexChecksTakesJacksonsParser() {
        assertThat(BlockYaml.read("schemaVersion: 2\n", MAPPER, "1")).isNull();
        assertThat(BlockYaml.read("schemaVersion: '1'\n", MAPPER, "1")).isNotNull();
        assertThat(BlockYaml.read("name: x\n", MAPPER, "1")).as("no schemaVersion").isNull();
        assertThat(BlockYaml.read("a:\n  schemaVersion: 1\n", MAPPER, "1")).as("not at the top").isNull();
        assertThat(BlockYaml.read(HEAD + "a: " + "x".repeat(ProjectMapper.MAX_TEXT + 1) + "\n", MAPPER, "1")).isNull();
        assertThat(BlockYaml.read("", MAPPER, "1")).isNull();
        assertThat(BlockYaml.read("  schemaVersion: 1\n", MAPPER, "1")).isNull();
        String deep = HEAD + "d:\n" + "  ".repeat(1) + "x: 1\n";
        StringBuilder nested = new StringBuilder(HEAD);
        for (int i = 0; i < ProjectMapper.MAX_NESTING; i++) {
            nested.append("  ".repeat(i)).append("k:\n");
        }
        nested.append("  ".repeat(ProjectMapper.MAX_NESTING)).append("v: 1\n");
        assertThat(BlockYaml.read(deep, MAPPER, "1")).isNotNull();
        assertThat(BlockYaml.read(nested.toString(), MAPPER, "1")).as("nesting past Jackson's limit").isNull();
    }

    @Test
    void idLocationsAreWhereJacksonsParserPlacesTheIdKeys() throws IOException {
        List<String> texts = SampleDesigns.textsWithGenerated(new ScaleTopology.Spec(5, 200, 10, 2, 200));
        texts.add(HEAD + "a:\n- id: x\n  b:\n    - id: 'q'\n    -   id: \"dq\"\n- \"id\": y\n- id: 7\n- id: true\n- id: x\nid: top\n");
        for (String text : texts) {
            Map<String, String> expected = new HashMap<>();
            try (JsonParser p = new YAMLFactory().createParser(text)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t == JsonToken.FIELD_NAME && "id".equals(p.currentName())) {
                        JsonLocation at = p.currentTokenLocation();
                        if (p.nextToken() == JsonToken.VALUE_STRING) {
                            expected.putIfAbsent(p.getText(), at.getLineNr() + ":" + at.getColumnNr());
                        }
                    }
                }
            }
            Map<String, String> actual = new HashMap<>();
            IdLocations.of(text.getBytes(StandardCharsets.UTF_8)).orElseThrow()
                    .forEach((id, at) -> actual.put(id, at.getLineNr() + ":" + at.getColumnNr()));
            assertThat(actual).as(text).isNotEmpty().isEqualTo(expected);
            // The same again after a load of the text, which keeps the ids it found for this call.
            BlockYaml.read(text, MAPPER, "1");
            Map<String, String> afterLoad = new HashMap<>();
            IdLocations.of(text.getBytes(StandardCharsets.UTF_8)).orElseThrow()
                    .forEach((id, at) -> afterLoad.put(id, at.getLineNr() + ":" + at.getColumnNr()));
            assertThat(afterLoad).as("after a load: %s", text).isEqualTo(expected);
        }
        assertThat(IdLocations.of((HEAD + "a: [x]\n").getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    /** The fast path's tokens are Jackson's; a text outside the subset passes (it takes Jackson's parser). */
    static void assertSameTokensOrOutside(String text) throws IOException {
        if (BlockYaml.read(text, MAPPER, "1") != null) {
            assertSameTokens(text);
        }
    }

    private static void assertSameTokens(String text) throws IOException {
        TokenBuffer fast = BlockYaml.read(text, MAPPER, "1");
        try (JsonParser expected = MAPPER.createParser(text); JsonParser actual = fast.asParser(MAPPER)) {
            int i = 0;
            while (true) {
                JsonToken e = expected.nextToken();
                JsonToken a = actual.nextToken();
                String where = "token " + i++ + " at " + expected.currentLocation();
                assertThat(a).as(where).isEqualTo(e);
                if (e == null) {
                    return;
                }
                if (e == JsonToken.FIELD_NAME || e.isScalarValue()) {
                    assertThat(actual.getText()).as(where).isEqualTo(expected.getText());
                }
                if (e.isNumeric()) {
                    assertThat(actual.getNumberType()).as(where).isEqualTo(expected.getNumberType());
                    assertThat(actual.getNumberValue()).as(where).isEqualTo(expected.getNumberValue());
                }
            }
        }
    }
}
