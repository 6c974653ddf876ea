package io.peerplan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MetalLB corpus ({@code src/test/resources/metallb-corpus}): multi-document MetalLB YAML
 * files, each derived from a case of MetalLB's own validation code or tests (cited in its header),
 * run through {@code peerplan import} and {@code peerplan validate} as a user would.
 *
 * <p>Each file starts with comment lines: {@code # upstream:} (the MetalLB function or test),
 * {@code # expect: accepted|rejected}, for rejected cases {@code # phrase:} (MetalLB's error text, which
 * an error finding must contain), and one {@code # not-imported:} line per thing the import must report
 * as not imported (a substring of its note). A case passes when the import reports exactly those
 * notes and the verdict is the expected one: an accepted case validates without an error, a rejected
 * one has an error with MetalLB's phrase, or, for a value no design can hold, the import leaves it
 * out with that phrase. Every error and warning is about the user's own objects, located in the
 * case's file (never about a stand-in the import invented).
 */
class MetalLbCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/metallb-corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** One corpus file's expectations, read from its header. */
    record Case(Path file, String upstream, boolean rejected, String phrase, List<String> notImported) {
        static Case of(Path file) {
            String upstream = null;
            String expect = null;
            String phrase = null;
            List<String> notImported = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(file)) {
                    if (!line.startsWith("#")) {
                        break;
                    }
                    String body = line.substring(1).strip();
                    int colon = body.indexOf(':');
                    String key = colon < 0 ? "" : body.substring(0, colon);
                    String value = colon < 0 ? "" : body.substring(colon + 1).strip();
                    switch (key) {
                        case "upstream" -> upstream = value;
                        case "expect" -> expect = value;
                        case "phrase" -> phrase = value;
                        case "not-imported" -> notImported.add(value);
                        default -> { }
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(file + ": " + e.getMessage(), e);
            }
            if (upstream == null || !("accepted".equals(expect) || "rejected".equals(expect))
                    || "rejected".equals(expect) != (phrase != null)) {
                throw new IllegalStateException(file + ": the header needs '# upstream:', '# expect: accepted|rejected' and, "
                        + "for a rejected case only, '# phrase:'");
            }
            return new Case(file, upstream, "rejected".equals(expect), phrase, notImported);
        }

        @Override
        public String toString() {
            return file.getFileName().toString();
        }
    }

    static Stream<Case> cases() throws IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().map(Case::of).toList().stream();
        }
    }

    @Test
    void theCorpusIsLargeAndCoversBothVerdictsAndBothModes() throws IOException {
        List<Case> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all).filteredOn(Case::rejected).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all).filteredOn(c -> !c.rejected()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all).filteredOn(c -> text(c).contains("# Backend native")).isNotEmpty();
        assertThat(all).filteredOn(c -> !text(c).contains("# Backend native")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importThenValidateGivesMetalLbsVerdict(Case c) throws Exception {
        Path design = tmp.resolve("case.peerplan.yaml");
        CliTestSupport.Result imported = CliTestSupport.run("import", c.file().toString(), "-o", design.toString());
        assertThat(imported.exitCode()).as(c.upstream() + "\n" + imported.err()).isZero();

        List<String> notes = imported.err().lines().filter(l -> l.startsWith("not imported: ")).toList();
        List<String> unmatched = new ArrayList<>(notes);
        for (String expected : c.notImported()) {
            String hit = unmatched.stream().filter(n -> n.contains(expected)).findFirst().orElse(null);
            assertThat(hit).as("the import reports '%s' as not imported; it reported:\n%s", expected, imported.err()).isNotNull();
            unmatched.remove(hit);
        }
        assertThat(unmatched).as("not imported, but not expected by the case").isEmpty();
        if (c.notImported().isEmpty()) {
            assertThat(Files.readString(tmp.resolve("case.import-report.txt"))).doesNotContain("Not understood");
        }

        CliTestSupport.Result validated = CliTestSupport.run("validate", design.toString(), "--format", "json");
        JsonNode report = JSON.readTree(validated.out());
        List<JsonNode> errors = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if ("error".equals(f.path("severity").asText())) {
                errors.add(f);
            }
            if (!"info".equals(f.path("severity").asText())) {
                assertAboutTheUsersOwnObject(c, f);
                // What the import invented for the peers (stand-ins) accepts the speakers of a valid
                // BGPPeer: none of its sessions may fail, nor leave the cluster without one.
                String rule = f.path("ruleId").asText();
                boolean sessionFailed = rule.startsWith("BGP-SESSION") || rule.equals("GRAPH-ISOLATED");
                assertThat(c.rejected() || !sessionFailed || documents(c).stream().noneMatch(d -> "BGPPeer".equals(d.kind())))
                        .as("a failed session of a valid BGPPeer: %s", f).isTrue();
            }
        });
        String found = String.join("\n", errors.stream().map(f -> f.path("ruleId").asText() + ": " + f.path("message").asText()).toList());
        if (c.rejected() && notes.stream().anyMatch(n -> n.contains(c.phrase()))) {
            // A value no design can hold (a router ID with blanks): the import leaves it out and says MetalLB refuses
            // it, in a note the case expects (every note was matched against the case's list above).
            assertThat(c.notImported()).as("a rejected case refused at import lists what was left out").isNotEmpty();
        } else if (c.rejected()) {
            assertThat(validated.exitCode()).as(c.upstream() + ": MetalLB rejects this").isEqualTo(ExitCodes.INPUT_ERRORS);
            assertThat(errors).as("an error with MetalLB's phrase '%s' (%s); errors:\n%s", c.phrase(), c.upstream(), found)
                    .anyMatch(f -> f.path("message").asText().contains(c.phrase()));
        } else {
            assertThat(validated.exitCode()).as(c.upstream() + ": MetalLB accepts this; errors:\n" + found).isZero();
        }
    }

    /**
     * An error or warning is about something the user wrote, never about what the import invented
     * (a stand-in has no place in the user's file): it is located in the case's file, at the YAML
     * document of the object it names first ({@code BGPPeer peer2 (cluster ...)}), or, when it names
     * none (a cluster-wide finding), at the file's first document.
     */
    private static void assertAboutTheUsersOwnObject(Case c, JsonNode f) {
        String what = f.path("severity").asText() + " " + f.path("ruleId").asText() + ": " + f.path("message").asText() + " "
                + f.path("elementIds");
        JsonNode source = f.path("source");
        assertThat(source.path("file").asText()).as("where the user wrote it: %s", what).isEqualTo(c.file().toString());
        List<Document> docs = documents(c);
        Document at = docs.stream().filter(d -> d.line() == source.path("line").asInt()).findFirst().orElse(null);
        assertThat(at).as("a document starts at line %s: %s", source.path("line"), what).isNotNull();
        List<Document> named = docs.stream().filter(d -> d.namedIn(f.path("message").asText())).toList();
        if (named.isEmpty()) {
            assertThat(at).as("a cluster-wide finding is located at the first document: %s", what).isEqualTo(docs.getFirst());
        } else {
            assertThat(named).as("located at an object it names: %s", what).contains(at);
        }
    }

    /** A YAML document of a case: the line it starts on (its first key), its kind and name. */
    record Document(int line, String kind, String name) {
        boolean namedIn(String message) {
            return kind != null && name != null && message.matches("(?s).*\\b" + java.util.regex.Pattern.quote(kind + " " + name)
                    + "(?![-\\w]|\\.\\w).*");
        }
    }

    static List<Document> documents(Case c) {
        List<String> lines;
        try {
            lines = Files.readAllLines(c.file());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Document> out = new ArrayList<>();
        int start = 0;
        String kind = null;
        String name = null;
        boolean inMetadata = false;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : "---";
            if (l.equals("---")) {
                if (start > 0) {
                    out.add(new Document(start, kind, name));
                }
                start = 0;
                kind = null;
                name = null;
                continue;
            }
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (start == 0) {
                start = i + 1;
            }
            if (l.startsWith("kind:")) {
                kind = l.substring(5).strip();
            }
            if (!l.startsWith(" ")) {
                inMetadata = l.startsWith("metadata:");
            } else if (inMetadata && name == null && l.startsWith("  name:")) {
                name = l.substring(7).strip().replaceAll("^[\"']|[\"']$", "");
            }
        }
        return out;
    }

    private static String text(Case c) {
        try {
            return Files.readString(c.file());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
