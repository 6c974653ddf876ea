package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerplan.model.Topology;
import io.peerplan.model.generate.ScaleTopology;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves are atomic: a process killed mid-save leaves the previous file or the new one, never a torn one. */
class AtomicSaveTest {

    /** Saves two different topologies in turn, forever, until killed. Run by the test in a child JVM. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Topology small = Samples.load("two-dc-anycast");
        Topology big = ScaleTopology.generate(new ScaleTopology.Spec(5, 200, 10, 2, 200), 3);
        for (int i = 0; ; i++) {
            ProjectCodec.save(i % 2 == 0 ? big : small, file);
            if (i == 0) {
                System.out.println("saving");
                System.out.flush();
            }
        }
    }

    @Test
    void killingTheProcessMidSaveNeverLosesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p" + ProjectCodec.EXTENSION);
        Topology small = Samples.load("two-dc-anycast");
        Topology big = ScaleTopology.generate(new ScaleTopology.Spec(5, 200, 10, 2, 200), 3);
        ProjectCodec.save(small, file);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<Topology> seen = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AtomicSaveTest.class.getName(),
                    file.toString()).redirectErrorStream(true).start();
            try {
                assertThat(new String(child.getInputStream().readNBytes(7))).isEqualTo("saving\n".substring(0, 7));
                Thread.sleep(40L + 37L * round);
            } finally {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
            Topology now = ProjectCodec.read(file);
            assertThat(now).isIn(small, big);
            seen.add(now);
        }
        assertThat(seen).isNotEmpty();
        // The killed children may have left their temporary files; the next save removes them (they are dead).
        ProjectCodec.save(small, file);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
        }
    }

    @Test
    void aFailedSaveLeavesThePreviousFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p" + ProjectCodec.EXTENSION);
        Topology t = Samples.load("homelab-openwrt-quagga");
        ProjectCodec.save(t, file);
        byte[] before = Files.readAllBytes(file);
        Path blocked = dir.resolve("blocked");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("child"), "x");
        // Renaming a file over a non-empty directory fails: the save must fail cleanly.
        assertThatThrownBy(() -> ProjectCodec.save(t, blocked)).isInstanceOf(java.io.IOException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("p" + ProjectCodec.EXTENSION, "blocked");
        }
    }
}
