package io.peerplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.sample.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bundled sample loads, is stored in canonical form, saves byte-identically and reloads equal. */
class SamplesTest {

    static java.util.List<String> samples() {
        return Samples.names();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleTextIsCanonicalApartFromComments(String name) throws Exception {
        Topology t = Samples.load(name);
        String bundled = new String(Samples.bytes(name), StandardCharsets.UTF_8);
        String withoutComments = bundled.lines().filter(l -> !l.strip().startsWith("#"))
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(ProjectCodec.write(t)).isEqualTo(withoutComments);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void saveIsByteIdenticalAndReloadsEqual(String name, @TempDir Path dir) throws Exception {
        Topology t = Samples.load(name);
        Path file = dir.resolve(name + ProjectCodec.EXTENSION);
        ProjectCodec.save(t, file);
        byte[] first = Files.readAllBytes(file);
        Topology reloaded = ProjectCodec.read(file);
        assertThat(reloaded).isEqualTo(t);
        ProjectCodec.save(reloaded, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        try (var s = Files.list(dir)) {
            assertThat(s).containsExactly(file);
        }
    }
}
