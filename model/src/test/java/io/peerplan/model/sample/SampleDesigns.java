package io.peerplan.model.sample;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The designs the format tests run over: every bundled sample, then generated scale topologies. */
public final class SampleDesigns {
    private SampleDesigns() {
    }

    /** Every sample, loaded, then each generated design ({@code seed} 1, 2, ... in order). */
    public static List<Topology> withGenerated(ScaleTopology.Spec... generated) throws ProjectLoadException {
        List<Topology> designs = new ArrayList<>();
        for (String name : Samples.names()) {
            designs.add(Samples.load(name));
        }
        for (int i = 0; i < generated.length; i++) {
            designs.add(ScaleTopology.generate(generated[i], i + 1));
        }
        return designs;
    }

    /** Every sample's file as bundled (comments and all), then each generated design's canonical text. */
    public static List<String> textsWithGenerated(ScaleTopology.Spec... generated) {
        List<String> texts = new ArrayList<>();
        for (String name : Samples.names()) {
            texts.add(new String(Samples.bytes(name), StandardCharsets.UTF_8));
        }
        for (int i = 0; i < generated.length; i++) {
            texts.add(ProjectCodec.write(ScaleTopology.generate(generated[i], i + 1)));
        }
        return texts;
    }
}
