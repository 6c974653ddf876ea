package io.peerplan.export;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The designs the export tests run on: the bundled samples plus the test fixtures. */
public final class Designs {
    public static final List<String> FIXTURES = List.of("every-construct");

    private Designs() {
    }

    public static List<String> names() {
        List<String> all = new ArrayList<>(Samples.names());
        all.addAll(FIXTURES);
        return all;
    }

    public static Topology load(String name) {
        try {
            if (Samples.names().contains(name)) {
                return Samples.load(name);
            }
            try (InputStream in = Designs.class.getResourceAsStream("/fixtures/" + name + ProjectCodec.EXTENSION)) {
                if (in == null) {
                    throw new IllegalArgumentException("no design " + name);
                }
                return ProjectCodec.read("fixtures/" + name, in.readAllBytes());
            }
        } catch (ProjectLoadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
