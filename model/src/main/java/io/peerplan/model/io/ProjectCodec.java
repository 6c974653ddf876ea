package io.peerplan.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.peerplan.model.LastAnswer;
import io.peerplan.model.Topology;
import io.peerplan.model.validate.input.InputRules;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes {@code *.peerplan.yaml} project files ({@code schemaVersion: 1}).
 *
 * <p>Reading never throws anything but {@link ProjectLoadException}, whose message names the file,
 * line, column and problem. Writing is deterministic: an unchanged topology writes the same bytes,
 * and a one-field edit changes one line. Saving is atomic ({@link AtomicFiles}).
 */
public final class ProjectCodec {
    public static final String EXTENSION = ".peerplan.yaml";

    /**
     * Jackson, made on first use: a sound file in {@link BlockYaml}'s subset is read without it
     * ({@link BlockBinder}), and making the mapper (its date formats, its configuration) cost every
     * command that only reads a design a few per cent of its CPU.
     */
    private static final class Jackson {
        static final ObjectMapper MAPPER = ProjectMapper.create();
    }

    private ProjectCodec() {
    }

    /** Reads a project file from disk. */
    public static Topology read(Path file) throws ProjectLoadException {
        byte[] bytes;
        try {
            if (Files.size(file) > ProjectMapper.MAX_BYTES) {
                throw tooLarge(file.toString(), Files.size(file));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectLoadException(file.toString(), 0, 0, "no such file");
        } catch (IOException e) {
            throw new ProjectLoadException(file.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
        return read(file.toString(), bytes);
    }

    /**
     * Reads a project from bytes; {@code source} names it in error messages. Every text field must
     * fit the grammar of what it is written into ({@link InputRules}): a project is untrusted input,
     * so a value that would add a line to a router config or a command to a shell line is refused
     * here, at its line and column, with the element id and field.
     */
    public static Topology read(String source, byte[] bytes) throws ProjectLoadException {
        Topology topology = readWithoutFieldGrammar(source, bytes);
        checkFieldGrammar(source, bytes, topology);
        return topology;
    }

    /**
     * What {@link #read} adds to {@link #readWithoutFieldGrammar}: the first text field that does not
     * fit its grammar, refused at its place in {@code bytes} (the file {@code topology} was read from).
     */
    public static void checkFieldGrammar(String source, byte[] bytes, Topology topology) throws ProjectLoadException {
        var violation = InputRules.firstProblem(topology);
        if (violation.isPresent()) {
            throw located(source, locations(source, bytes), violation.get().field().pointer(),
                    violation.get().message() + " [" + violation.get().rule().id() + "]");
        }
    }

    /**
     * Reads a project whose structure is sound (ids, references) without checking its text fields'
     * grammar, so that a tool can list every {@link InputRules} finding instead of the first (the
     * validator's rule tests). Never export or push what this returns without validating it.
     */
    public static Topology readWithoutFieldGrammar(String source, byte[] bytes) throws ProjectLoadException {
        if (bytes.length > ProjectMapper.MAX_BYTES) {
            throw tooLarge(source, bytes.length);
        }
        String text = decode(source, bytes);
        checkLineLengths(source, text);
        Topology sound = readSound(text);
        if (sound != null) {
            var problem = FieldCheck.check(sound).or(() -> StructureCheck.check(sound));
            if (problem.isPresent()) {
                throw located(source, locations(source, bytes), problem.get().pointer(), problem.get().message());
            }
            return sound;
        }
        LocationIndex index;
        try {
            index = LocationIndex.scan(Jackson.MAPPER, text);
        } catch (IOException | RuntimeException e) {
            throw ErrorTranslator.translate(source, e, null);
        }
        if (index.isEmpty()) {
            throw new ProjectLoadException(source, 1, 1,
                    "the file is empty; a Peerplan project starts with 'schemaVersion: " + Topology.SCHEMA_VERSION + "'");
        }
        if (!index.rootIsMapping()) {
            throw new ProjectLoadException(source, 1, 1,
                    "not a Peerplan project: the top level must be a mapping starting with 'schemaVersion: "
                            + Topology.SCHEMA_VERSION + "'");
        }
        if (index.tooLong() != null) {
            throw new ProjectLoadException(source, index.tooLong().getLineNr(), index.tooLong().getColumnNr(),
                    "a text value longer than " + ProjectMapper.MAX_TEXT + " characters; no field of a design is that long");
        }
        checkSchemaVersion(source, index);
        Topology topology;
        try {
            topology = Jackson.MAPPER.readValue(text, Topology.class);
        } catch (IOException | RuntimeException e) {
            throw ErrorTranslator.translate(source, e, index);
        }
        var problem = FieldCheck.check(topology).or(() -> StructureCheck.check(topology));
        if (problem.isPresent()) {
            throw located(source, index, problem.get().pointer(), problem.get().message());
        }
        return topology;
    }

    /**
     * The topology of a file that binds and passes the location index's checks, parsed once: by
     * {@link BlockYaml} when the file is in its subset (most are: Peerplan writes it), else by Jackson's
     * YAML parser ({@link ObservingParser}); null for any other file, which then takes the path that scans the
     * index first, so its error is the one that path has always given.
     */
    private static Topology readSound(String text) {
        Topology fast = readBlock(text);
        if (fast != null) {
            return fast;
        }
        try (ObservingParser p = new ObservingParser(Jackson.MAPPER.createParser(text))) {
            Topology topology = Jackson.MAPPER.readValue(p, Topology.class);
            p.drain();
            return topology != null && p.passesIndexChecks(Integer.toString(Topology.SCHEMA_VERSION)) ? topology : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The topology of a text in {@link BlockYaml}'s subset that binds; null for any other text. */
    private static Topology readBlock(String text) {
        TokenBuffer tokens = BlockYaml.read(text, null, Integer.toString(Topology.SCHEMA_VERSION));
        if (tokens != null) {
            try (JsonParser p = tokens.asParser()) {
                Topology bound = BlockBinder.bind(p, Topology.class);
                if (bound != null) {
                    return bound;
                }
            } catch (IOException e) {
                // closing a token buffer's parser reads nothing
            }
            try (JsonParser p = tokens.asParser(Jackson.MAPPER)) {
                return Jackson.MAPPER.readValue(p, Topology.class);
            } catch (IOException | RuntimeException e) {
                // Jackson's YAML parser reads it again and says where the problem is.
            }
        }
        return null;
    }

    /** What a text Peerplan wrote reads back as: {@link BlockYaml} when it can, else Jackson's YAML parser. */
    private static Topology readBack(String text) throws IOException {
        Topology fast = readBlock(text);
        return fast != null ? fast : Jackson.MAPPER.readValue(text, Topology.class);
    }

    private static ProjectLoadException located(String source, LocationIndex index, String pointer, String message) {
        JsonLocation loc = index.locate(pointer);
        return new ProjectLoadException(source, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), message);
    }

    /** The location index of a text already read once, so only a refused file pays for a second scan. */
    private static LocationIndex locations(String source, byte[] bytes) throws ProjectLoadException {
        try {
            return LocationIndex.scan(Jackson.MAPPER, decode(source, bytes));
        } catch (IOException | RuntimeException e) {
            throw ErrorTranslator.translate(source, e, null);
        }
    }

    private static void checkSchemaVersion(String source, LocationIndex index) throws ProjectLoadException {
        String v = index.schemaVersionText();
        if (v == null) {
            throw new ProjectLoadException(source, 1, 1, "missing 'schemaVersion' (this Peerplan reads schemaVersion "
                    + Topology.SCHEMA_VERSION + ")");
        }
        if (!v.equals(Integer.toString(Topology.SCHEMA_VERSION))) {
            JsonLocation loc = index.locate("/schemaVersion");
            if (v.isBlank()) {
                throw new ProjectLoadException(source, loc.getLineNr(), loc.getColumnNr(),
                        "'schemaVersion' has no value; this Peerplan reads schemaVersion " + Topology.SCHEMA_VERSION);
            }
            throw new ProjectLoadException(source, loc.getLineNr(), loc.getColumnNr(), "unsupported schemaVersion '" + v
                    + "': this Peerplan reads schemaVersion " + Topology.SCHEMA_VERSION
                    + (v.matches("\\d+") && new BigInteger(v).compareTo(BigInteger.ONE) > 0 ? " (the file was written by a newer Peerplan)" : ""));
        }
    }

    private static ProjectLoadException tooLarge(String source, long size) {
        return new ProjectLoadException(source, 0, 0, String.format("the file is %,d bytes; a project file is at most %,d bytes "
                + "(a 2,000-speaker design is a few MB)", size, ProjectMapper.MAX_BYTES));
    }

    /** Before the YAML scanner sees it: one very long line is what makes SnakeYAML slow (ProjectMapper.MAX_TEXT). */
    private static void checkLineLengths(String source, String text) throws ProjectLoadException {
        int line = 1;
        int start = 0;
        if (text.indexOf('\r') < 0) {
            // Only LF ends a line here, so the lines are found by indexOf (a vectorised search) instead of char by char.
            for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
                int to = end < 0 ? text.length() : end;
                checkLineLength(source, line, to - start);
                if (end < 0) {
                    return;
                }
                line++;
                start = end + 1;
            }
        }
        for (int i = 0; i <= text.length(); i++) {
            boolean crBeforeLf = i + 1 < text.length() && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n';
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' && !crBeforeLf) {
                checkLineLength(source, line, i - start);
                line++;
                start = i + 1;
            }
        }
    }

    private static void checkLineLength(String source, int line, int length) throws ProjectLoadException {
        if (length > ProjectMapper.MAX_TEXT) {
            throw new ProjectLoadException(source, line, 1, String.format("line %d is %,d characters long; a project file's "
                    + "lines are at most %,d", line, length, ProjectMapper.MAX_TEXT));
        }
    }

    /** Strict UTF-8, so binary garbage is named as such instead of producing odd parse errors. */
    private static String decode(String source, byte[] bytes) throws ProjectLoadException {
        try {
            return Utf8Text.decode(bytes);
        } catch (Utf8Text.NotText e) {
            throw new ProjectLoadException(source, e.line(), e.column(), e.getMessage() + " (a project file is YAML)");
        }
    }

    /** The canonical text of a topology. */
    public static String write(Topology topology) {
        return CANONICAL.of(topology);
    }

    /**
     * Import writes its design to check that it loads, then saves the same topology: one serialisation.
     * {@link RecordTree} makes the tree Jackson would (else Jackson makes it), and {@link BlockYamlWriter}
     * writes the text Jackson would (a design in printable ASCII, as generated and imported ones are),
     * else Jackson does.
     */
    private static final LastAnswer<Topology, String> CANONICAL = new LastAnswer<>(topology -> {
        StringBuilder text = new StringBuilder();
        JsonNode tree = RecordTree.of(topology);
        if (tree == null) {
            tree = Jackson.MAPPER.valueToTree(topology);
        }
        if (BlockYamlWriter.append(tree, ProjectMapper.QUOTING, text)) {
            return text.toString();
        }
        try {
            // The tree holds what the records serialise to (inclusion rules and key order applied),
            // so writing it gives the same text without serialising the records again.
            return Jackson.MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise topology", e);
        }
    });

    /**
     * Writes the topology to a file atomically ({@link AtomicFiles}: mode and links kept). An existing
     * project is edited in place ({@link YamlSplice}), so its comments and layout survive and a
     * one-field edit is a one-line diff; a new file gets the canonical text.
     */
    public static void save(Topology topology, Path file) throws IOException {
        String canonical = write(topology);
        String text = canonical;
        if (Files.isRegularFile(file)) {
            try {
                String original = Files.readString(file, StandardCharsets.UTF_8);
                // A file already in the canonical text of this topology (saved again unchanged, the same import
                // run again) stays as it is: splicing it would give it back after three YAML passes.
                text = original.equals(canonical) ? canonical : edited(original, canonical, topology);
            } catch (java.nio.charset.CharacterCodingException notText) {
                // Not UTF-8 (so it could not have been loaded): nothing in it to keep.
            }
        }
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Rewrites a project in the canonical layout (key order, indentation, quoting as Peerplan writes
     * a new file) keeping every comment ({@link CanonicalLayout}), atomically like a save.
     *
     * @return whether the file changed
     * @throws IOException also when the comments cannot all be kept: then nothing is written
     */
    public static boolean format(Path file) throws ProjectLoadException, IOException {
        Topology topology = read(file);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String text;
        try {
            text = CanonicalLayout.format(original, write(topology));
            if (!topology.equals(readBack(text)) || !commentTexts(text).equals(commentTexts(original))) {
                throw new YamlSplice.Unspliceable("the laid-out text would lose a comment or a value");
            }
        } catch (YamlSplice.Unspliceable e) {
            throw new IOException("cannot lay out " + file + " and keep all its comments (" + e.getMessage() + "); nothing written");
        }
        if (text.equals(original)) {
            return false;
        }
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private static java.util.List<String> commentTexts(String text) throws YamlSplice.Unspliceable {
        return CanonicalLayout.comments(text).stream().map(c -> c.getValue()).sorted().toList();
    }

    /**
     * The original text with the topology's changes spliced in, checked by reading it back. If the
     * splice cannot express the edit (a flow-style document, say) or does not read as exactly
     * {@code topology}, the canonical layout with every original comment carried over
     * ({@link CanonicalLayout}, as {@code peerplan fmt} writes it) comes next; the bare canonical text
     * only when even that fails, since a correct file matters more than its comments.
     */
    static String edited(String original, String canonical, Topology topology) {
        try {
            String spliced = YamlSplice.splice(original, canonical);
            if (topology.equals(readBack(spliced))) {
                return spliced;
            }
        } catch (YamlSplice.Unspliceable | IOException | RuntimeException cannotKeepTheLayout) {
            // Fall through to the canonical layout.
        }
        try {
            String laidOut = CanonicalLayout.format(original, canonical);
            if (topology.equals(readBack(laidOut)) && commentTexts(laidOut).equals(commentTexts(original))) {
                return laidOut;
            }
        } catch (YamlSplice.Unspliceable | IOException | RuntimeException cannotKeepTheComments) {
            // Fall through to the canonical text.
        }
        return canonical;
    }
}
