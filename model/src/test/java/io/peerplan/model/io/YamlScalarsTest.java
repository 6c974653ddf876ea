package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.sample.SampleDesigns;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * {@link YamlScalars#tag} answers as SnakeYAML's resolver does, skipping its patterns only where they
 * cannot match. If a SnakeYAML upgrade registers another first character or pattern, this fails.
 */
class YamlScalarsTest {
    private static final Resolver RESOLVER = new Resolver();
    /** Every first character the resolver knows, and characters its patterns care about. */
    private static final String ALPHABET = YamlScalars.RESOLVED_FIRSTS + "eEsSlLuUrRxXbBaAiIcCdDzZ_:/ \t#=@%^";

    @Test
    void everyShortTextGetsTheResolversTag() {
        List<String> texts = new ArrayList<>(List.of(""));
        for (char a : ALPHABET.toCharArray()) {
            texts.add("" + a);
            for (char b : ALPHABET.toCharArray()) {
                texts.add("" + a + b);
                for (char c : ALPHABET.toCharArray()) {
                    texts.add("" + a + b + c);
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(200_000);
        texts.forEach(YamlScalarsTest::agrees);
    }

    @Test
    void longerTextsGetTheResolversTag() {
        Random random = new Random(20261207);
        List<String> words = List.of("true", "false", "yes", "no", "on", "off", "null", "Null", "~", "<<", "0x1f", "0b101", "017",
                "1_000", "1:30", "2026-12-07", "1e5", ".inf", ".NaN", "65000", "-42", "4294967295", "10.0.0.1", "10.0.0.0/24",
                "1.5", "-0", "00", "9223372036854775807", "99999999999999999999", "420.0", "-3.75", "0.5", "00.5", "1.", ".5",
                "1.2.3", "-.5", "True", "YES", "Off", "NULL", "nul", "frr", "tor", "offer", "n", "Y");
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) {
                    b.append(words.get(random.nextInt(words.size())));
                } else {
                    for (int k = random.nextInt(6); k >= 0; k--) {
                        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
            agrees(b.toString());
        }
        words.forEach(YamlScalarsTest::agrees);
    }

    @Test
    void everyValueOfTheSamplesAndTheScaleTopologyGetsTheResolversTag() throws Exception {
        int values = 0;
        for (String file : SampleDesigns.textsWithGenerated(new ScaleTopology.Spec(4, 60, 8, 2, 200))) {
            for (String line : file.lines().toList()) {
                String s = line.strip();
                s = s.startsWith("- ") ? s.substring(2) : s;
                int colon = s.indexOf(": ");
                String value = colon >= 0 ? s.substring(colon + 2) : s;
                if (!value.isEmpty()) {
                    agrees(value);
                    values++;
                }
            }
        }
        assertThat(values).isGreaterThan(5_000);
    }

    private static void agrees(String text) {
        Tag expected = RESOLVER.resolve(NodeId.scalar, text, true);
        assertThat(YamlScalars.tag(text)).as("'%s'", text).isEqualTo(expected);
    }
}
