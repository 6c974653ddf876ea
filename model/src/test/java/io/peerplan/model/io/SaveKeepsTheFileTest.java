package io.peerplan.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerplan.model.Topology;
import io.peerplan.model.sample.Samples;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save replaces the content and nothing else the user chose: the mode, the link, the neighbours. */
class SaveKeepsTheFileTest {
    @TempDir
    Path dir;

    @Test
    void aSaveKeepsTheFilesModeAndANewFileGetsTheUmasksMode() throws Exception {
        Topology t = Samples.load("two-dc-anycast");
        Path shared = dir.resolve("shared" + ProjectCodec.EXTENSION);
        Files.writeString(shared, "x");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        ProjectCodec.save(t, shared);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
        assertThat(ProjectCodec.read(shared)).isEqualTo(t);

        Path fresh = dir.resolve("fresh" + ProjectCodec.EXTENSION);
        ProjectCodec.save(t, fresh);
        Path byOpen = dir.resolve("reference");
        try (OutputStream o = Files.newOutputStream(byOpen)) {
            o.write('x');
        }
        assertThat(Files.getPosixFilePermissions(fresh)).as("what open(2) gives under this umask")
                .isEqualTo(Files.getPosixFilePermissions(byOpen));
    }

    @Test
    void aSymlinkedProjectStaysALinkAndItsTargetIsSaved() throws Exception {
        Topology t = Samples.load("homelab-openwrt-quagga");
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Path real = repo.resolve("lab" + ProjectCodec.EXTENSION);
        Files.writeString(real, "placeholder");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
        Path link = dir.resolve("current" + ProjectCodec.EXTENSION);
        Files.createSymbolicLink(link, Path.of("repo", "lab" + ProjectCodec.EXTENSION));
        ProjectCodec.save(t, link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("repo", "lab" + ProjectCodec.EXTENSION));
        assertThat(ProjectCodec.read(real)).isEqualTo(t);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("repo", "current" + ProjectCodec.EXTENSION);
        }
    }

    @Test
    void aLinkLoopIsRefusedWithItsName() throws Exception {
        Path a = dir.resolve("a" + ProjectCodec.EXTENSION);
        Path b = dir.resolve("b" + ProjectCodec.EXTENSION);
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        var e = org.assertj.core.api.Assertions.catchThrowable(() -> ProjectCodec.save(Samples.load("mikrotik-core"), a));
        assertThat(e).isInstanceOf(java.io.IOException.class).hasMessageContaining("too many levels of symbolic links");
        assertThat(Files.isSymbolicLink(a)).isTrue();
        assertThat(Files.isSymbolicLink(b)).isTrue();
    }

    @Test
    void leftoversOfCrashedSavesGoAndNothingElseDoes() throws Exception {
        String name = "p" + ProjectCodec.EXTENSION;
        Path file = dir.resolve(name);
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Path crashed = Files.writeString(dir.resolve("." + name + ".peerplan-" + gone.pid() + "-0123456789abcdef.tmp"), "half");
        Path running = Files.writeString(dir.resolve("." + name + ".peerplan-1-0123456789abcdef.tmp"), "pid 1 is alive");
        Path legacy = Files.writeString(dir.resolve("." + name + ".4242424242.tmp"), "old build");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minus(StaleTemporaries.LEGACY_AGE.multipliedBy(2))));
        Path recentLegacy = Files.writeString(dir.resolve("." + name + ".77.tmp"), "maybe still being written");
        Path usersOwn = Files.writeString(dir.resolve("." + name + ".notes.tmp"), "mine");
        Path otherFile = Files.writeString(dir.resolve(".q" + ProjectCodec.EXTENSION + ".peerplan-" + gone.pid() + "-0123456789abcdef.tmp"), "not this file's");
        Path linkToTmp = dir.resolve("." + name + ".peerplan-" + gone.pid() + "-fedcba9876543210.tmp");
        Files.createSymbolicLink(linkToTmp, usersOwn);

        ProjectCodec.save(Samples.load("two-dc-anycast"), file);

        assertThat(crashed).doesNotExist();
        assertThat(legacy).doesNotExist();
        assertThat(running).exists();
        assertThat(recentLegacy).exists();
        assertThat(Files.readString(usersOwn)).isEqualTo("mine");
        assertThat(otherFile).exists();
        assertThat(Files.exists(linkToTmp, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void manyFilesAtOnceEachGetTheirContentAndOnlyTheirLeftoversGo() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Path a = Files.createDirectories(dir.resolve("a"));
        String stale = ".peerplan-" + gone.pid() + "-0123456789abcdef.tmp";
        // frr.conf's and frr's leftovers go when both are written; other.conf was not written, so its stays.
        Path frrConfLeftover = Files.writeString(a.resolve(".frr.conf" + stale), "half");
        Path frrLeftover = Files.writeString(a.resolve(".frr" + stale), "half");
        Path otherLeftover = Files.writeString(a.resolve(".other.conf" + stale), "not written now");
        Path fresh = dir.resolve("b").resolve("c").resolve("new.yaml");

        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(a.resolve("frr.conf"), "router bgp 65001\n".getBytes(StandardCharsets.UTF_8));
        files.put(a.resolve("frr"), "x".getBytes(StandardCharsets.UTF_8));
        files.put(fresh, "kind: x\n".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeAll(files);

        assertThat(a.resolve("frr.conf")).hasContent("router bgp 65001");
        assertThat(a.resolve("frr")).hasContent("x");
        assertThat(fresh).hasContent("kind: x");
        assertThat(frrConfLeftover).doesNotExist();
        assertThat(frrLeftover).doesNotExist();
        assertThat(otherLeftover).exists();
        try (var left = Files.list(a)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("frr.conf", "frr", ".other.conf" + stale);
        }
    }
}
