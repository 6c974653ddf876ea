package io.peerplan.export.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import org.junit.jupiter.api.Test;

/** The generated topologies: reproducible per seed, valid project files, and plannable as labs. */
class RandomTopologyTest {
    @Test
    void sameSeedSameTopologyAndItRoundTripsThroughTheProjectFormat() throws Exception {
        for (long seed = 1; seed <= 25; seed++) {
            Topology t = RandomTopology.generate(seed);
            assertThat(ProjectCodec.write(t)).isEqualTo(ProjectCodec.write(RandomTopology.generate(seed)));
            Topology back = ProjectCodec.read("seed " + seed, ProjectCodec.write(t).getBytes());
            assertThat(ProjectCodec.write(back)).isEqualTo(ProjectCodec.write(t));
            LabPlan plan = new LabPlanner().plan(t, "abcdef", "seed " + seed);
            assertThat(plan.sessions()).as("seed %d", seed).isNotEmpty();
        }
    }
}
