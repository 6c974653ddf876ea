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

    /** A seed snippet from test resources {@code seeds/} (see its README). */
    public static String seed(String name) {
        try (InputStream in = Designs.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed snippet " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> names() {
        List<String> all = new ArrayList<>(Samples.names());
        all.addAll(FIXTURES);
        return all;
    }

    private static final java.util.Map<String, Topology> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The design (immutable, so loaded once per test run). */
    public static Topology load(String name) {
        return CACHE.computeIfAbsent(name, Designs::read);
    }

    private static Topology read(String name) {
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
