package io.peerplan.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {
    @TempDir
    Path home;

    /** A pid that is certainly not running: larger than any Linux pid_max (4194304). */
    private static final long GONE = 999_999_999L;

    @Test
    void aRecoveryFileLeftByADeadProcessIsOfferedWithItsSource() throws IOException, ProjectLoadException {
        Topology t = Samples.load("two-dc-anycast");
        Recovery crashed = new Recovery(home, GONE);
        crashed.write(t, Path.of("/projects/anycast.peerplan.yaml"));
        Recovery now = Recovery.forThisProcess(home);
        assertThat(now.orphans()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo("/projects/anycast.peerplan.yaml");
            assertThat(o.load()).isEqualTo(t);
        });
        Recovery.discard(now.orphans().getFirst());
        assertThat(now.orphans()).isEmpty();
        assertThat(Files.list(home.resolve("recovery"))).isEmpty();
    }

    @Test
    void aRunningDesignersFileIsNotAnOrphanAndClearRemovesIt() throws IOException {
        Recovery mine = Recovery.forThisProcess(home);
        mine.write(Topology.empty("x"), null);
        assertThat(Files.exists(mine.file())).isTrue();
        assertThat(mine.orphans()).as("this process is alive").isEmpty();
        assertThat(new Recovery(home, GONE).orphans()).as("seen from another designer, the owner is alive").isEmpty();
        mine.clear();
        assertThat(Files.exists(mine.file())).isFalse();
    }

    @Test
    void untitledDesignsHaveNoSource() throws IOException {
        new Recovery(home, GONE).write(Topology.empty("x"), null);
        assertThat(Recovery.forThisProcess(home).orphans()).singleElement()
                .satisfies(o -> assertThat(o.source()).isNull());
    }
}
