package io.peerplan.app.files;

import io.peerplan.model.Topology;
import io.peerplan.model.io.AtomicFiles;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Autosave for crash recovery. Each running designer writes its unsaved design to
 * {@code recovery/autosave-PID.peerplan.yaml} (atomically, with a small sidecar naming the project
 * file it came from) and deletes it when the design is saved or closed cleanly. A file whose
 * process is gone is what a crash left behind: the next start offers to recover it.
 */
public final class Recovery {
    private static final String PREFIX = "autosave-";

    /** A recovery file left by a designer that is no longer running. */
    public record Orphan(Path file, Path sidecar, String source, Instant savedAt) {
        public Topology load() throws ProjectLoadException {
            return ProjectCodec.read(file);
        }
    }

    private final Path dir;
    private final long pid;

    public Recovery(Path home, long pid) {
        this.dir = home.resolve("recovery");
        this.pid = pid;
    }

    public static Recovery forThisProcess(Path home) {
        return new Recovery(home, ProcessHandle.current().pid());
    }

    public Path file() {
        return dir.resolve(PREFIX + pid + ProjectCodec.EXTENSION);
    }

    private Path sidecar() {
        return dir.resolve(PREFIX + pid + ".properties");
    }

    /** Writes the unsaved design; {@code source} is its project file, or null when it has none yet. */
    public void write(Topology t, Path source) throws IOException {
        Properties p = new Properties();
        p.setProperty("source", source == null ? "" : source.toAbsolutePath().toString());
        p.setProperty("savedAt", Instant.now().toString());
        StringWriter w = new StringWriter();
        p.store(w, "Peerplan crash recovery");
        ProjectCodec.save(t, file());
        AtomicFiles.write(sidecar(), w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes this process's recovery file (the design was saved or deliberately discarded). */
    public void clear() {
        delete(file(), sidecar());
    }

    /** Recovery files of designers that are not running any more, newest first. */
    public List<Orphan> orphans() {
        List<Orphan> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + ProjectCodec.EXTENSION)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String pidText = name.substring(PREFIX.length(), name.length() - ProjectCodec.EXTENSION.length());
                long other;
                try {
                    other = Long.parseLong(pidText);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (other == pid || ProcessHandle.of(other).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                out.add(orphan(f, dir.resolve(PREFIX + other + ".properties")));
            }
        } catch (IOException e) {
            return out;
        }
        out.sort((a, b) -> b.savedAt().compareTo(a.savedAt()));
        return out;
    }

    private static Orphan orphan(Path file, Path sidecar) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(sidecar, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // A missing sidecar only loses the source name and time; the design itself is in the file.
        }
        Instant at;
        try {
            at = Instant.parse(p.getProperty("savedAt", ""));
        } catch (RuntimeException e) {
            try {
                at = Files.getLastModifiedTime(file).toInstant();
            } catch (IOException io) {
                at = Instant.EPOCH;
            }
        }
        String source = p.getProperty("source", "");
        return new Orphan(file, sidecar, source.isBlank() ? null : source, at);
    }

    public static void discard(Orphan o) {
        delete(o.file(), o.sidecar());
    }

    private static void delete(Path... files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // Left behind: the next start offers it again, which is the safe side.
            }
        }
    }
}
