package io.peerplan.export;

import io.peerplan.model.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A bundle as one {@code .zip}: built in memory with fixed timestamps (same design, same bytes), with
 * the {@link BundleManifest} as an entry, and saved with {@link AtomicFiles}. An existing file is
 * replaced only if it is a Peerplan bundle zip of the same design ({@code force}: of any design);
 * any other file at that name is the user's and is never overwritten.
 */
final class BundleZip {
    /** Entries get this time so that the same bundle always zips to the same bytes. */
    private static final FileTime ZIP_TIME = FileTime.fromMillis(315_532_800_000L);

    /** A manifest lists a few hundred files; a bigger entry is not one Peerplan wrote. */
    private static final int MAX_MANIFEST = 4 << 20;

    private BundleZip() {
    }

    static void write(Bundle bundle, String design, Path zip, boolean force) throws IOException {
        if (Files.isDirectory(zip)) {
            throw new IOException(zip + " is a folder; give the zip file's name");
        }
        if (Files.exists(zip, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(zip)) {
            Optional<BundleManifest> old = manifestIn(zip);
            if (old.isEmpty()) {
                throw new IOException(zip + " exists and is not a Peerplan bundle; Peerplan does not overwrite it, give another name");
            }
            BundleManifest fresh = BundleManifest.of(design, bundle.files());
            if (!force && !old.get().design().equals(fresh.design())) {
                throw new IOException(zip + " holds the bundle of the design '" + old.get().design() + "', not of '" + design
                        + "'; give another name, or use --force to replace it");
            }
        }
        AtomicFiles.write(zip, bytes(bundle, design));
    }

    static byte[] bytes(Bundle bundle, String design) throws IOException {
        List<ExportFile> files = new ArrayList<>(bundle.files());
        files.add(new ExportFile(BundleManifest.FILE, BundleManifest.of(design, bundle.files()).render()));
        files.sort(Comparator.comparing(ExportFile::path));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (ExportFile f : files) {
                ZipEntry e = new ZipEntry(f.path());
                e.setLastModifiedTime(ZIP_TIME);
                z.putNextEntry(e);
                z.write(f.content().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The manifest inside an existing zip; empty if the file is no zip or no Peerplan bundle. */
    private static Optional<BundleManifest> manifestIn(Path zip) throws IOException {
        if (!Files.isRegularFile(zip)) {
            return Optional.empty();
        }
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry e = z.getEntry(BundleManifest.FILE);
            if (e == null) {
                return Optional.empty();
            }
            return BundleManifest.parse(new String(z.getInputStream(e).readNBytes(MAX_MANIFEST), StandardCharsets.UTF_8));
        } catch (ZipException notAZip) {
            return Optional.empty();
        }
    }
}
