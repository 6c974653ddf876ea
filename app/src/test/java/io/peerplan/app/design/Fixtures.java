package io.peerplan.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.nio.charset.StandardCharsets;

/** Shared fixtures: the bundled samples, and the check that an edited topology still saves and loads. */
final class Fixtures {
    private Fixtures() {
    }

    static Topology sample(String name) {
        try {
            return Samples.load(name);
        } catch (ProjectLoadException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    /** The topology survives a save and a load unchanged (the loader's structure checks pass). */
    static Topology roundTrips(Topology t) {
        try {
            Topology back = ProjectCodec.read("edited", ProjectCodec.write(t).getBytes(StandardCharsets.UTF_8));
            assertThat(back).isEqualTo(t);
            return back;
        } catch (ProjectLoadException e) {
            throw new AssertionError("edited topology does not load: " + e.getMessage());
        }
    }
}
