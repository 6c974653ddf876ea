package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.sample.SampleDesigns;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link BlockBinder} binds exactly as {@link ProjectMapper}'s Jackson configuration does, or leaves
 * the tokens to Jackson: on every sample and generated design it binds them all, to equal records;
 * on thousands of mutated files (values of every kind in every place, keys dropped, repeated or
 * misspelt) it never binds what Jackson refuses, and what it binds equals what Jackson binds.
 */
class BlockBinderTest {
    private static final ObjectMapper MAPPER = ProjectMapper.create();
    private static final String[] VALUES = {"~", "null", "''", "\"\"", "0", "1", "-1", "65001", "4294967295", "4294967296",
            "99999999999999999999", "1.5", "420.0", "-0.0", "true", "false", "yes", "x", "frr", "FRR", "metallb", "permit",
            "gateway", "Cluster", "10.0.0.1", "10.0.0.0/24", "2001:db8::1", "any", "'7'", "[]", "{}", "\"a b\"", "-", "datacenter"};

    @Test
    void everySampleAndGeneratedDesignBindsToWhatJacksonBinds() throws IOException {
        List<String> texts = SampleDesigns.textsWithGenerated(new ScaleTopology.Spec(5, 200, 10, 2, 200),
                new ScaleTopology.Spec(3, 60, 6, 2, 80, true));
        for (String text : texts) {
            TokenBuffer tokens = BlockYaml.read(text, MAPPER, Integer.toString(Topology.SCHEMA_VERSION));
            assertThat(tokens).isNotNull();
            Topology bound = bind(tokens);
            assertThat(bound).isNotNull().isEqualTo(jackson(tokens));
        }
    }

    @Test
    void aMutatedFileBindsAsJacksonBindsItOrIsLeftToJackson() throws IOException {
        Random random = new Random(20261207);
        int bound = 0;
        int refusedByJackson = 0;
        for (String text : SampleDesigns.textsWithGenerated()) {
            List<String> lines = text.lines().toList();
            for (int i = 0; i < 1_500; i++) {
                String mutated = mutate(lines, random);
                TokenBuffer tokens = BlockYaml.read(mutated, MAPPER, Integer.toString(Topology.SCHEMA_VERSION));
                if (tokens == null) {
                    continue;
                }
                Topology ours = bind(tokens);
                Topology theirs;
                try {
                    theirs = jackson(tokens);
                } catch (IOException | RuntimeException e) {
                    refusedByJackson++;
                    assertThat(ours).as("Jackson refuses this file, so the binder must leave it:%n%s", mutated).isNull();
                    continue;
                }
                if (ours != null) {
                    bound++;
                    assertThat(ours).as(mutated).isEqualTo(theirs);
                }
            }
        }
        assertThat(bound).as("files the binder bound").isGreaterThan(2_000);
        assertThat(refusedByJackson).as("files Jackson refused").isGreaterThan(1_000);
    }

    /** One change to one line: a value of another kind, the line dropped or repeated, or its key misspelt. */
    private static String mutate(List<String> lines, Random random) {
        List<String> out = new ArrayList<>(lines);
        int at = random.nextInt(out.size());
        String line = out.get(at);
        int colon = line.indexOf(": ");
        switch (random.nextInt(5)) {
            case 0, 1 -> {
                if (colon > 0 && !line.strip().startsWith("#")) {
                    out.set(at, line.substring(0, colon + 2) + VALUES[random.nextInt(VALUES.length)]);
                }
            }
            case 2 -> out.remove(at);
            case 3 -> out.add(at, line);
            default -> {
                if (colon > 0) {
                    out.set(at, line.substring(0, colon) + "x" + line.substring(colon));
                }
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static Topology bind(TokenBuffer tokens) throws IOException {
        try (JsonParser p = tokens.asParser(MAPPER)) {
            return BlockBinder.bind(p, Topology.class);
        }
    }

    private static Topology jackson(TokenBuffer tokens) throws IOException {
        try (JsonParser p = tokens.asParser(MAPPER)) {
            return MAPPER.readValue(p, Topology.class);
        }
    }
}
