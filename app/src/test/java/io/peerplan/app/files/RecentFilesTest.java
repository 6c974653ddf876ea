package io.peerplan.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path home;

    @Test
    void newestFirstWithoutDuplicatesBoundedAndPersisted() {
        RecentFiles recent = new RecentFiles(home);
        for (int i = 0; i < RecentFiles.MAX + 3; i++) {
            recent.add(home.resolve("p" + i + ".peerplan.yaml"));
        }
        recent.add(home.resolve("p5.peerplan.yaml"));
        assertThat(recent.list()).hasSize(RecentFiles.MAX);
        assertThat(recent.list().getFirst()).isEqualTo(home.resolve("p5.peerplan.yaml"));
        assertThat(recent.list()).doesNotHaveDuplicates().doesNotContain(home.resolve("p0.peerplan.yaml"));
        assertThat(new RecentFiles(home).list()).isEqualTo(recent.list());
        recent.clear();
        assertThat(new RecentFiles(home).list()).isEmpty();
    }

    @Test
    void settingsSurviveARestart() {
        new Settings(home).put("theme", "dark");
        assertThat(new Settings(home).get("theme", "light")).isEqualTo("dark");
    }
}
