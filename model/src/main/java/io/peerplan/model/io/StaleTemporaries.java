package io.peerplan.model.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
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

    /** Removes the temporaries of {@code names} that crashed saves left in {@code dir}; best effort, one listing. */
    static void clean(Path dir, Set<String> names) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> {
            String f = p.getFileName().toString();
            return f.startsWith(".") && f.endsWith(".tmp");
        })) {
            for (Path p : s) {
                if (staleFor(p, names)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // Cleaning is a courtesy: a save that succeeded must not fail because a leftover could not go.
        }
    }

    /**
     * Whether {@code p}, named {@code .NAME.MIDDLE.tmp}, is a stale temporary of one of {@code names}.
     * NAME may hold dots ({@code frr.conf}), so each dot is tried as its end.
     */
    private static boolean staleFor(Path p, Set<String> names) throws IOException {
        String f = p.getFileName().toString();
        for (int dot = f.indexOf('.', 1); dot > 0; dot = f.indexOf('.', dot + 1)) {
            String name = f.substring(1, dot);
            String prefix = "." + name + ".";
            if (names.contains(name) && isCandidate(p, prefix)
                    && stale(p, f.substring(prefix.length(), f.length() - ".tmp".length()))) {
                return true;
            }
        }
        return false;
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
