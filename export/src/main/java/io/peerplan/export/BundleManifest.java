package io.peerplan.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an export wrote into a folder: the design's name and the SHA-256 of each file it wrote. It is
 * how a later export recognises "a previous bundle of this design" and which files are Peerplan's
 * to replace or remove; anything it does not list (with a matching hash) is the user's and stays.
 * The format is {@code sha256sum}'s ({@code HEX  PATH}, RFC 6234 SHA-256) after {@code #} header
 * lines, so {@code grep -v '^#' .peerplan-bundle | sha256sum -c} checks a bundle by hand.
 *
 * <p>A manifest is read from a folder the user may have got from anyone: a path that is absolute,
 * climbs out with {@code ..}, or holds a control character makes the whole manifest unrecognised.
 */
record BundleManifest(String design, Map<String, Set<String>> hashes) {
    static final String FILE = ".peerplan-bundle";
    private static final String HEADER = "# Peerplan config bundle: the files Peerplan wrote here. A new export of the same design\n"
            + "# replaces exactly these (and removes those the design no longer has); it never touches other files.\n";
    private static final Pattern DESIGN = Pattern.compile("# design: (.*)");
    private static final Pattern ENTRY = Pattern.compile("([0-9a-f]{64})  (.+)");

    BundleManifest {
        design = oneLine(design);
        hashes = Map.copyOf(hashes);
    }

    /** The manifest of a bundle about to be written. */
    static BundleManifest of(String design, List<ExportFile> files) {
        Map<String, Set<String>> h = new TreeMap<>();
        // One digest for all files (digest() resets it): a provider lookup per file cost ~400 lookups per export.
        MessageDigest sha256 = sha256();
        for (ExportFile f : files) {
            h.put(f.path(), Set.of(HexFormat.of().formatHex(sha256.digest(f.content().getBytes(StandardCharsets.UTF_8)))));
        }
        return new BundleManifest(design, h);
    }

    /** This manifest and another together: a path is Peerplan's if either says so, with either hash. */
    BundleManifest union(BundleManifest other) {
        Map<String, Set<String>> h = new TreeMap<>();
        for (BundleManifest m : List.of(this, other)) {
            m.hashes.forEach((path, set) -> h.computeIfAbsent(path, k -> new LinkedHashSet<>()).addAll(set));
        }
        return new BundleManifest(design, h);
    }

    /** Whether the file at {@code path} holds what Peerplan wrote there (not edited since, not a link). */
    boolean wrote(Path dir, String path) throws IOException {
        Path p = dir.resolve(path);
        if (!hashes.containsKey(path) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || hasLinkBetween(dir, p)) {
            return false;
        }
        return hashes.get(path).contains(sha256(Files.readAllBytes(p)));
    }

    String render() {
        StringBuilder b = new StringBuilder(HEADER).append("# design: ").append(design).append('\n');
        new TreeMap<>(hashes).forEach((path, set) -> set.stream().sorted().forEach(h -> b.append(h).append("  ").append(path).append('\n')));
        return b.toString();
    }

    /** The manifest in {@code dir}, or empty when there is none or it is not one Peerplan could have written. */
    static Optional<BundleManifest> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /** A manifest's text, or empty when it is not one Peerplan could have written. */
    static Optional<BundleManifest> parse(String text) {
        String design = null;
        Map<String, Set<String>> h = new LinkedHashMap<>();
        for (String line : text.split("\n", -1)) {
            Matcher d = DESIGN.matcher(line);
            Matcher e = ENTRY.matcher(line);
            if (d.matches()) {
                design = d.group(1);
            } else if (e.matches()) {
                if (!safe(e.group(2))) {
                    return Optional.empty();
                }
                h.computeIfAbsent(e.group(2), k -> new LinkedHashSet<>()).add(e.group(1));
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                return Optional.empty();
            }
        }
        return design == null ? Optional.empty() : Optional.of(new BundleManifest(design, h));
    }

    /** A bundle path: relative, no {@code .}/{@code ..}/empty segment, no control character. */
    static boolean safe(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** A folder on the way that is a symbolic link would make us write or delete outside the bundle. */
    static boolean hasLinkBetween(Path dir, Path file) {
        for (Path p = file.getParent(); p != null && p.startsWith(dir) && !p.equals(dir); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ");
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256 (MessageDigest's contract)", e);
        }
    }
}
