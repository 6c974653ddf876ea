package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code peerplan fmt}: Peerplan's layout, every comment next to what it was written for. */
class FormatKeepsCommentsTest {
    @TempDir
    Path dir;

    @Test
    void aHandWrittenFileGetsTheCanonicalLayoutAndKeepsItsComments() throws Exception {
        Path file = Files.writeString(dir.resolve("lab" + ProjectCodec.EXTENSION), """
                # my lab
                name: 'lab'   # short name
                schemaVersion: 1
                regions:
                    # the first one
                    - name: A
                      id: a
                    - {id: b, name: B}      # keep me
                """);
        assertThat(ProjectCodec.format(file)).isTrue();
        assertThat(Files.readString(file)).isEqualTo("""
                # my lab
                schemaVersion: 1
                name: lab   # short name
                regions:
                # the first one
                - id: a
                  name: A
                - id: b
                  name: B      # keep me
                """);
        assertThat(ProjectCodec.format(file)).as("formatting is idempotent").isFalse();
    }

    @Test
    void everySampleKeepsItsValuesAndEveryComment() throws Exception {
        for (String sample : Samples.names()) {
            Path file = Files.write(dir.resolve(sample + ProjectCodec.EXTENSION), Samples.bytes(sample));
            ProjectCodec.format(file);
            assertThat(ProjectCodec.read(file)).as(sample).isEqualTo(Samples.load(sample));
            assertThat(Files.readString(file).lines().filter(l -> l.contains("#")).count()).as(sample)
                    .isEqualTo(new String(Samples.bytes(sample)).lines().filter(l -> l.contains("#")).count());
        }
    }
}
