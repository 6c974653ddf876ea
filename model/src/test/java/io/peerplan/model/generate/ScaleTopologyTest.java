package io.peerplan.model.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Cluster;
import io.peerplan.model.Service;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScaleTopologyTest {

    @Test
    void defaultSpecHasTheIssuesSizes() {
        Topology t = ScaleTopology.generate(ScaleTopology.Spec.DEFAULT, 42);
        assertThat(t.regions()).hasSize(50);
        assertThat(t.clusters().stream().mapToInt(c -> c.nodes().size()).sum()).isEqualTo(2000);
        assertThat(t.routers().stream().filter(r -> r.role() == io.peerplan.model.RouterRole.GATEWAY)).hasSize(100);
        assertThat(t.routers().stream().filter(r -> r.role() == io.peerplan.model.RouterRole.PROVIDER)).hasSize(10);
        Set<String> ips = new HashSet<>();
        for (Cluster c : t.clusters()) {
            for (Service s : c.services()) {
                ips.addAll(s.ips());
            }
        }
        assertThat(ips).hasSize(5000);
    }

    @Test
    void sameSeedSameTopologyAndItRoundTripsThroughTheProjectFormat() throws Exception {
        ScaleTopology.Spec spec = new ScaleTopology.Spec(5, 40, 10, 3, 100);
        Topology a = ScaleTopology.generate(spec, 7);
        Topology b = ScaleTopology.generate(spec, 7);
        assertThat(a).isEqualTo(b);
        String text = ProjectCodec.write(a);
        assertThat(ProjectCodec.read("generated", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(a);
        assertThat(ScaleTopology.generate(spec, 8)).isNotEqualTo(a);
    }

    @Test
    void defaultScaleTopologyPassesTheLoaderStructureChecks() throws Exception {
        Topology t = ScaleTopology.generate(ScaleTopology.Spec.DEFAULT, 1);
        byte[] bytes = ProjectCodec.write(t).getBytes(StandardCharsets.UTF_8);
        assertThat(ProjectCodec.read("scale", bytes)).isEqualTo(t);
    }

    @Test
    void rejectsImpossibleSpecs() {
        assertThatThrownBy(() -> new ScaleTopology.Spec(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScaleTopology.Spec(5, 40, 4, 1, 1)).hasMessageContaining("gateways");
    }
}
