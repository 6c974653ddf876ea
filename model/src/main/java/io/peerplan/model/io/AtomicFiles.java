package io.peerplan.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Atomic file replacement: write a temporary file in the same folder, flush and fsync it, then
 * rename it over the target. A crash at any point leaves either the old file or the new one, never
 * a torn mix (POSIX rename(2) is atomic within one file system).
 *
 * <p>Replacing keeps what the user chose for the file: a symbolic link is written through (the
 * link's final target is replaced, in the target's folder, so the rename stays on one file system
 * and the link stays a link), and an existing file's mode and group carry over. A new file gets the
 * mode {@code open(2)} gives under the user's umask (0644 under the usual 022), not the 0600 of
 * {@link Files#createTempFile}. Temporary files are named {@link StaleTemporaries recognisably}, so
 * the next save can remove what a crashed save left.
 */
public final class AtomicFiles {
    /** Linux gives up after 40 links (MAXSYMLINKS, fs/namei.c); so do we, naming the loop. */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        writeAll(Map.of(target, content));
    }

    /**
     * Replaces each file as {@link #write} does, one after the other, but syncs each folder once
     * after its last rename (and looks for a crashed save's leftovers there once), instead of once
     * per file: a 400-file export bundle spent more system time on those than on its content. A
     * crash still leaves every file old or new; a crash before a folder's sync may leave it old.
     */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        Map<Path, Set<String>> folders = new LinkedHashMap<>();
        Set<Path> created = new HashSet<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path path = e.getKey().toAbsolutePath();
                // In a folder this call created, a file is new: not a link to follow, no mode to keep.
                boolean isNew = created.contains(path.getParent());
                Path file = isNew ? path : finalTarget(path);
                Path dir = file.getParent();
                if (!folders.containsKey(dir)) {
                    if (!Files.isDirectory(dir)) {
                        created.add(dir);
                        isNew = true;
                    }
                    Files.createDirectories(dir);
                }
                replace(file, e.getValue(), isNew);
                folders.computeIfAbsent(dir, d -> new LinkedHashSet<>()).add(file.getFileName().toString());
            }
        } finally {
            // Also when a later file failed: the ones already renamed are synced. Neither step throws.
            // A folder this call created holds no leftover of an earlier save (a bundle's 130 folders
            // in a new export: as many directory scans saved).
            for (Map.Entry<Path, Set<String>> f : folders.entrySet()) {
                syncDirectory(f.getKey());
                if (!created.contains(f.getKey())) {
                    StaleTemporaries.clean(f.getKey(), f.getValue());
                }
            }
        }
    }

    /** Writes {@code content} to a temporary file beside {@code file}, fsyncs it and renames it over {@code file}. */
    private static void replace(Path file, byte[] content, boolean isNew) throws IOException {
        Path dir = file.getParent();
        // The name only has to be new: CREATE_NEW (O_EXCL) refuses an existing file or link, so an
        // unguessable name would buy nothing, and SecureRandom's first use costs ~25 ms per process.
        String hex = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Path tmp = dir.resolve(StaleTemporaries.name(file.getFileName().toString(), hex));
        // CREATE_NEW without attributes: open(2) with 0666 masked by the umask, like any editor's new file.
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            // Before any byte is written, so a 0600 file's new content is never readable by others.
            if (!isNew) {
                keepModeAndGroup(file, tmp);
            }
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp); // after a rename there is no temporary left to remove
            throw e;
        }
    }

    /**
     * The file a write to {@code path} must replace: {@code path} itself, or, when it is a symbolic
     * link (even a dangling one), the end of its chain of links.
     */
    static Path finalTarget(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /** The replaced file keeps its permission bits and group; a file that did not exist keeps the umask's. */
    private static void keepModeAndGroup(Path existing, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view == null || !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributes old = Files.readAttributes(existing, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        view.setPermissions(old.permissions());
        GroupPrincipal group = old.group();
        if (!group.equals(view.readAttributes().group())) {
            try {
                view.setGroup(group);
            } catch (IOException notAMember) {
                // chown(2): only the groups the user belongs to; the file then gets the user's default group.
            }
        }
    }

    /** fsync the folder so the rename itself survives a power loss; not all platforms allow it. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open a directory as a channel; the rename is still atomic there.
        }
    }
}
