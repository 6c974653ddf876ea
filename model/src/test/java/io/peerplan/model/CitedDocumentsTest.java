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
 * design notes the code cites). Build outputs under {@code target/} are not citations.
 */
class CitedDocumentsTest {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern CITATION = Pattern.compile("[A-Za-z0-9_./-]*[A-Za-z0-9_-]\\.md\\b");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyCitedDocumentIsInTheRepository() throws IOException {
        List<Path> sources = sources();
        Set<String> names = files().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Path source : sources) {
            Matcher comment = COMMENT.matcher(Files.readString(source));
            while (comment.find()) {
                Matcher cited = CITATION.matcher(comment.group());
                while (cited.find()) {
                    String doc = cited.group();
                    if (!exists(doc, names)) {
                        missing.add(ROOT.relativize(source) + ": " + doc);
                    }
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
