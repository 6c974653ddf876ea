package io.peerplan.model.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files {@link AtomicFiles} writes next to a file, and the removal of those a killed
 * save left behind. Only names Peerplan makes are ever removed:
 * <ul>
 *   <li>{@code .NAME.peerplan-PID-HEX.tmp}: removed once process PID is gone (a live one may be saving);
 *   <li>{@code .NAME.DIGITS.tmp}: what earlier Peerplan builds made with {@link Files#createTempFile}
 *       (prefix, an unsigned random long, suffix); removed when older than {@link #LEGACY_AGE}, since
 *       they carry no process id.
 * </ul>
 * Regular files only (never a link or folder), and only for the one NAME being saved.
 */
final class StaleTemporaries {
    static final Duration LEGACY_AGE = Duration.ofMinutes(10);
    private static final Pattern OURS = Pattern.compile("peerplan-(\\d{1,19})-[0-9a-f]{16}");
    private static final Pattern LEGACY = Pattern.compile("\\d{1,20}");

    private StaleTemporaries() {
    }

    /** The temporary name for a save of {@code name} by this process. */
    static String name(String name, String hex) {
        return "." + name + ".peerplan-" + ProcessHandle.current().pid() + "-" + hex + ".tmp";
    }

    /** Removes the temporaries of {@code name} that crashed saves left in {@code dir}; best effort. */
    static void clean(Path dir, String name) {
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> isCandidate(p, prefix))) {
            for (Path p : s) {
                String middle = p.getFileName().toString();
                middle = middle.substring(prefix.length(), middle.length() - ".tmp".length());
                if (stale(p, middle)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Cleaning is a courtesy: a save that succeeded must not fail because a leftover could not go.
        }
    }

    private static boolean isCandidate(Path p, String prefix) {
        String f = p.getFileName().toString();
        return f.startsWith(prefix) && f.endsWith(".tmp") && f.length() > prefix.length() + ".tmp".length();
    }

    private static boolean stale(Path p, String middle) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()) {
            return false;
        }
        Matcher ours = OURS.matcher(middle);
        if (ours.matches()) {
            long pid = Long.parseLong(ours.group(1));
            return pid != ProcessHandle.current().pid() && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        return LEGACY.matcher(middle).matches() && a.lastModifiedTime().toInstant().isBefore(Instant.now().minus(LEGACY_AGE));
    }
}
