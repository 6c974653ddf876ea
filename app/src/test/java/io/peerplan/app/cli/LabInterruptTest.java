package io.peerplan.app.cli;

import io.peerplan.export.testlab.Requires;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.peerplan.export.lab.Preflight;
import io.peerplan.model.sample.Samples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code peerplan lab up} interrupted half-way (SIGTERM, as a Ctrl-C or a killed terminal sends)
 * leaves nothing behind: its shutdown hook stops the daemons it started and deletes the
 * namespaces it made.
 */
@Tag("lab")
class LabInterruptTest {
    @TempDir
    Path tmp;

    @Test
    void anInterruptedUpCleansUpAfterItself() throws Exception {
        Requires.nothingMissing(Preflight.report());
        Path project = tmp.resolve("two-dc.peerplan.yaml");
        Files.write(project, Samples.bytes("two-dc-anycast"));
        Path state = tmp.resolve("state");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.peerplan.app.Main",
                "lab", "up", project.toString(), "--state-dir", state.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        List<String> namespaces = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode s = null;
        while (System.nanoTime() < deadline && p.isAlive()) {
            s = readState(state);
            // Interrupt once namespaces and at least one daemon exist, before up completes.
            if (s != null && s.path("pids").size() > 0 && !s.path("complete").asBoolean()) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(s).as("up got as far as starting daemons").isNotNull();
        assertThat(p.isAlive()).as("up was still running").isTrue();
        s.path("namespaces").forEach(n -> namespaces.add(n.asText()));
        List<Long> pids = new ArrayList<>();
        s.path("pids").forEach(m -> m.forEach(pid -> pids.add(pid.asLong())));
        p.destroy();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(namespaces).isNotEmpty().noneMatch(ns -> Files.exists(Path.of("/run/netns", ns)));
        assertThat(pids).isNotEmpty().noneMatch(pid -> ProcessHandle.of(pid).map(h -> h.isAlive()
                && h.info().command().orElse("").startsWith("/usr/lib/frr/")).orElse(false));
        assertThat(Files.exists(state) ? Files.list(state).toList() : List.of()).isEmpty();
    }

    private static JsonNode readState(Path state) {
        try (var dirs = Files.list(state)) {
            for (Path d : dirs.toList()) {
                Path f = d.resolve("state.json");
                if (Files.isRegularFile(f)) {
                    return new ObjectMapper().readTree(f.toFile());
                }
            }
        } catch (Exception e) {
            // Not written yet, or being replaced: try again.
        }
        return null;
    }
}
