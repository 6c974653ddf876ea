package io.peerplan.export;

import io.peerplan.model.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a {@link Bundle} to disk, the only I/O of the export, into a folder or a {@code .zip}
 * ({@link BundleZip}). The folder may be the user's (a git checkout, a folder with notes), so the
 * writer touches only the bundle's own files, as its {@link BundleManifest} lists them:
 * <ul>
 *   <li>an empty or new folder, or one holding a previous bundle of the same design, is written;
 *       anything else is refused unless {@code force};
 *   <li>a file the bundle would write over is replaced only if Peerplan wrote it and it was not
 *       edited since ({@code force} replaces an edited one); a file Peerplan did not write is never
 *       replaced, even with {@code force};
 *   <li>files of the previous bundle that this one no longer has are removed if unedited, else kept
 *       and reported.
 * </ul>
 * Each file is replaced atomically ({@link AtomicFiles#writeAll}: umask modes, kept modes and links;
 * each folder synced once). The manifest is first extended to the union of old and new files, so a
 * crash mid-way still leaves every written file recognisable as Peerplan's.
 */
public final class BundleWriter {
    /** The manifest's name in a bundle folder or zip. */
    public static final String MANIFEST = BundleManifest.FILE;
    private static final int NAMED_CONFLICTS = 10;

    private BundleWriter() {
    }

    /**
     * Writes to {@code target}: a {@code .zip} file when the name ends so, else a folder.
     *
     * @param design the design's name, which the manifest records to recognise this design's bundle
     * @return what the user should know: files kept because they were edited
     */
    public static List<String> write(Bundle bundle, String design, Path target, boolean force) throws IOException {
        if (target.getFileName() != null && target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            BundleZip.write(bundle, design, target, force);
            return List.of();
        }
        return writeDirectory(bundle, design, target, force);
    }

    public static List<String> writeDirectory(Bundle bundle, String design, Path dir, boolean force) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(dir + " exists and is not a folder");
        }
        Files.createDirectories(target);
        BundleManifest fresh = BundleManifest.of(design, bundle.files());
        var old = BundleManifest.read(target);
        boolean sameDesign = old.isPresent() && old.get().design().equals(fresh.design());
        // A folder that holds nothing yet (the usual first export) cannot hold a conflicting or an
        // unchanged file: no file is looked up before it is written (three lookups per file otherwise).
        boolean empty = old.isEmpty() && isEmpty(target);
        if (!sameDesign && !force && !empty) {
            throw new IOException(old.isPresent()
                    ? dir + " holds the bundle of the design '" + old.get().design() + "', not of '" + design
                            + "'; export into another folder, or use --force to replace that bundle's files (nothing else is touched)"
                    : dir + " is not empty and holds no Peerplan bundle (no " + BundleManifest.FILE + "); export into a new or empty "
                            + "folder, or use --force to add the bundle's files to it (no other file is touched)");
        }
        BundleManifest ours = old.orElse(new BundleManifest(design, Map.of()));
        refuseConflicts(bundle, target, ours, force, empty);
        Path manifest = target.resolve(BundleManifest.FILE);
        String during = ours.union(fresh).render();
        AtomicFiles.write(manifest, bytes(during));
        Map<Path, byte[]> changed = new LinkedHashMap<>();
        for (ExportFile f : bundle.files()) {
            Path p = target.resolve(f.path());
            byte[] content = bytes(f.content());
            // An unchanged file keeps its time stamp, so make, rsync and editors see no change.
            if (empty || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || !Arrays.equals(Files.readAllBytes(p), content)) {
                changed.put(p, content);
            }
        }
        AtomicFiles.writeAll(changed);
        List<String> notes = removeStale(target, ours, fresh);
        String after = fresh.render();
        if (!after.equals(during)) { // a first export into a folder already wrote this manifest above
            AtomicFiles.write(manifest, bytes(after));
        }
        return notes;
    }

    /** Every bundle path that holds a file Peerplan may not replace; refused all at once, before writing anything. */
    private static void refuseConflicts(Bundle bundle, Path target, BundleManifest ours, boolean force, boolean empty) throws IOException {
        List<String> conflicts = new ArrayList<>();
        for (ExportFile f : bundle.files()) {
            if (!BundleManifest.safe(f.path())) {
                throw new IOException("bundle path is not a plain relative path: " + f.path());
            }
            Path p = target.resolve(f.path());
            if (empty) {
                continue;
            } else if (BundleManifest.hasLinkBetween(target, p)) {
                conflicts.add(f.path() + " (a folder on its way is a symbolic link)");
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !ours.wrote(target, f.path())) {
                boolean edited = ours.hashes().containsKey(f.path()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
                if (!edited) {
                    conflicts.add(f.path() + " (not written by Peerplan)");
                } else if (!force) {
                    conflicts.add(f.path() + " (edited since Peerplan wrote it; --force replaces it)");
                }
            }
        }
        if (!conflicts.isEmpty()) {
            throw new IOException("nothing written: " + conflicts.size() + " file(s) in " + target + " are in the way: "
                    + String.join(", ", conflicts.subList(0, Math.min(NAMED_CONFLICTS, conflicts.size())))
                    + (conflicts.size() > NAMED_CONFLICTS ? ", ..." : "") + "; move them, or export into another folder");
        }
    }

    /** Removes the previous bundle's files this one no longer has, if unedited, and then their emptied folders. */
    private static List<String> removeStale(Path target, BundleManifest ours, BundleManifest fresh) throws IOException {
        List<String> notes = new ArrayList<>();
        for (String path : ours.hashes().keySet().stream().sorted().toList()) {
            if (fresh.hashes().containsKey(path) || !BundleManifest.safe(path)) {
                continue;
            }
            Path p = target.resolve(path);
            if (ours.wrote(target, path)) {
                Files.delete(p);
                removeEmptyFolders(target, p.getParent());
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                notes.add("kept " + path + ": the design no longer has it, but it was edited since Peerplan wrote it");
            }
        }
        return notes;
    }

    private static void removeEmptyFolders(Path target, Path folder) throws IOException {
        for (Path d = folder; d != null && d.startsWith(target) && !d.equals(target); d = d.getParent()) {
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException stillUsed) {
                return;
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
