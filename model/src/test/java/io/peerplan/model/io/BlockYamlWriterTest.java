package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.sample.SampleDesigns;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A design's canonical text is the same whether BlockYamlWriter or Jackson's YAML generator writes it;
 * the writer takes every design in printable ASCII (generated ones, the samples without non-ASCII text).
 */
class BlockYamlWriterTest {
    private static final ObjectMapper MAPPER = ProjectMapper.create();

    @Test
    void projectTextIsJacksonsByteForByte() throws Exception {
        int fast = 0;
        for (Topology t : SampleDesigns.withGenerated(new ScaleTopology.Spec(6, 240, 12, 3, 300))) {
            StringBuilder text = new StringBuilder();
            boolean written = BlockYamlWriter.append(MAPPER.valueToTree(t), ProjectMapper.QUOTING, text);
            String jackson = MAPPER.writeValueAsString(t);
            if (written) {
                fast++;
                assertThat(text.toString()).as(t.name()).isEqualTo(jackson);
            } else {
                assertThat(text).as("nothing written for %s", t.name()).isEmpty();
            }
            assertThat(ProjectCodec.write(t)).as(t.name()).isEqualTo(jackson);
        }
        assertThat(fast).as("designs the writer took").isGreaterThanOrEqualTo(2);
    }

    @Test
    void doublesAreWrittenAsJacksonWritesThem() throws Exception {
        java.util.Random random = new java.util.Random(5);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 40.0, 3500.0, 1.0E-5, 1.23456789E10, 1.0E21, 0.1 + 0.2,
                Double.MIN_VALUE, Double.MAX_VALUE));
        for (int i = 0; i < 2_000; i++) {
            double d = i % 2 == 0 ? random.nextDouble() * 10_000 : Double.longBitsToDouble(random.nextLong());
            values.add(Double.isFinite(d) ? d : 1.5);
        }
        var tree = MAPPER.createObjectNode();
        var list = tree.putArray("values");
        values.forEach(list::add);
        StringBuilder text = new StringBuilder();
        assertThat(BlockYamlWriter.append(tree, ProjectMapper.QUOTING, text)).isTrue();
        assertThat(text.toString()).isEqualTo(MAPPER.writeValueAsString(tree));
        for (double special : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            var one = MAPPER.createObjectNode().put("v", special);
            StringBuilder t = new StringBuilder();
            if (BlockYamlWriter.append(one, ProjectMapper.QUOTING, t)) {
                assertThat(t.toString()).as("%s", special).isEqualTo(MAPPER.writeValueAsString(one));
            }
        }
        var position = MAPPER.createObjectNode();
        position.putObject("position").put("x", 200.0).put("y", 40.0);
        StringBuilder plain = new StringBuilder();
        assertThat(BlockYamlWriter.append(position, ProjectMapper.QUOTING, plain)).isTrue();
        assertThat(plain.toString()).isEqualTo(MAPPER.writeValueAsString(position)).isEqualTo("position:\n  x: 200.0\n  \"y\": 40.0\n");
    }
}
