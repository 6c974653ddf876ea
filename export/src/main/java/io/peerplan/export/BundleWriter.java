package io.peerplan.export;

import io.peerplan.model.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a {@link Bundle} to disk, the only I/O of the export. A folder is written complete in a
 * temporary sibling and renamed into place, so a reader never sees half a bundle and a previous
 * bundle in the same place is replaced whole (no stale files of removed routers). A folder that
 * holds anything but a previous Peerplan bundle is refused rather than overwritten. A zip is built
 * in memory with fixed timestamps (same design, same bytes) and saved with {@link AtomicFiles}.
 */
public final class BundleWriter {
    /** Entries get this time so that the same bundle always zips to the same bytes. */
    private static final FileTime ZIP_TIME = FileTime.fromMillis(315_532_800_000L);

    private BundleWriter() {
    }

    /** Writes to {@code target}: a {@code .zip} file when the name ends so, else a folder. */
    public static void write(Bundle bundle, Path target) throws IOException {
        if (target.getFileName() != null && target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            writeZip(bundle, target);
        } else {
            writeDirectory(bundle, target);
        }
    }

    public static void writeZip(Bundle bundle, Path zip) throws IOException {
        if (Files.isDirectory(zip)) {
            throw new IOException(zip + " is a folder; give the zip file's name");
        }
        AtomicFiles.write(zip, zipBytes(bundle));
    }

    static byte[] zipBytes(Bundle bundle) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (ExportFile f : sorted(bundle.files())) {
                ZipEntry e = new ZipEntry(f.path());
                e.setLastModifiedTime(ZIP_TIME);
                z.putNextEntry(e);
                z.write(f.content().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static void writeDirectory(Bundle bundle, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(dir + " exists and is not a folder");
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !isBundle(target)) {
            throw new IOException(dir + " is not empty and holds no Peerplan bundle; export into a new or empty folder");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        Path old = null;
        try {
            for (ExportFile f : bundle.files()) {
                Path p = fresh.resolve(f.path()).normalize();
                if (!p.startsWith(fresh)) {
                    throw new IOException("bundle path escapes the folder: " + f.path());
                }
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.content(), StandardCharsets.UTF_8);
            }
            if (Files.isDirectory(target) && !isEmpty(target)) {
                old = parent.resolve("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
                move(target, old);
            } else {
                Files.deleteIfExists(target);
            }
            try {
                move(fresh, target);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target);
                    old = null;
                }
                throw e;
            }
        } finally {
            deleteTree(fresh);
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A previous Peerplan bundle: its README says so on the first lines. */
    static boolean isBundle(Path dir) throws IOException {
        Path readme = dir.resolve(BundleExporter.README);
        if (!Files.isRegularFile(readme)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(readme, StandardCharsets.UTF_8)) {
            List<String> head = lines.limit(3).toList();
            return head.size() == 3 && head.get(0).startsWith("# Config bundle for ") && head.get(2).startsWith("Generated by Peerplan");
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(x);
                } catch (DirectoryNotEmptyException ignored) {
                    // removed below once its children are gone
                }
            }
        }
    }

    private static List<ExportFile> sorted(List<ExportFile> files) {
        return files.stream().sorted(Comparator.comparing(ExportFile::path)).toList();
    }
}
