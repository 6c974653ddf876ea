package io.peerplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A comment that cites a document must cite one a reader can open: every {@code *.md} named in a
 * comment of the main or test code of any module is a file of the repository, by its path from the
 * root or, for a bare name such as {@code reference.md}, by its file name (docs/design/ ships the
 * design notes the code cites). Build outputs under {@code target/} are not citations. A founding
 * scenario ("seed 000") is cited by its number in docs/design/seeds.md. The project's own issue
 * tracker is not in the repository, so its issue numbers are no citation (an upstream one names
 * its project and has more digits, e.g. FRR issue 7583).
 */
class CitedDocumentsTest {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern CITATION = Pattern.compile("[A-Za-z0-9_./-]*[A-Za-z0-9_-]\\.md\\b");
    private static final Pattern SEEDS = Pattern.compile("[Ss]eeds? \\d{3}(?:(?:, | and |/)\\d{3})*");
    private static final Pattern SEED_NUMBER = Pattern.compile("\\d{3}");
    private static final Pattern OWN_ISSUE = Pattern.compile("\\bissues? \\d{1,2}\\b");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SEEDS_DOC = ROOT.resolve("docs/design/seeds.md");

    @Test
    void everyCitedDocumentIsInTheRepository() throws IOException {
        List<Path> sources = sources();
        Set<String> names = files().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        String seedsDoc = Files.readString(SEEDS_DOC);
        List<String> missing = new ArrayList<>();
        for (Path source : sources) {
            Matcher comment = COMMENT.matcher(Files.readString(source));
            while (comment.find()) {
                String where = ROOT.relativize(source) + ": ";
                Matcher cited = CITATION.matcher(comment.group());
                while (cited.find()) {
                    if (!exists(cited.group(), names)) {
                        missing.add(where + cited.group());
                    }
                }
                Matcher seeds = SEEDS.matcher(comment.group());
                while (seeds.find()) {
                    Matcher n = SEED_NUMBER.matcher(seeds.group());
                    while (n.find()) {
                        if (!seedsDoc.contains("\n## " + n.group() + "_")) {
                            missing.add(where + "seed " + n.group() + " (not in docs/design/seeds.md)");
                        }
                    }
                }
                Matcher issue = OWN_ISSUE.matcher(comment.group());
                while (issue.find()) {
                    missing.add(where + issue.group() + " (the issue tracker is not in the repository)");
                }
            }
        }
        assertThat(sources).as("the modules' sources were found from %s", ROOT).hasSizeGreaterThan(100);
        assertThat(missing).as("comments citing a document that is not in the repository").isEmpty();
    }

    private static boolean exists(String doc, Set<String> names) {
        if (doc.contains("target/")) {
            return true;
        }
        if (doc.contains("/")) {
            return Files.isRegularFile(ROOT.resolve(doc.startsWith("/") ? doc.substring(1) : doc)) && !doc.startsWith("/");
        }
        return names.contains(doc);
    }

    private static List<Path> sources() {
        return files().filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/")).toList();
    }

    private static Stream<Path> files() {
        try {
            return Files.walk(ROOT).filter(Files::isRegularFile)
                    .filter(p -> {
                        String rel = ROOT.relativize(p).toString();
                        return !rel.startsWith(".") && !rel.contains("/target/") && !rel.startsWith("target/") && !rel.contains("node_modules");
                    }).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
