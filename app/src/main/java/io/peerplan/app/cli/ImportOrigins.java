package io.peerplan.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.peerplan.export.importer.ImportSource;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.validate.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the elements and objects of an imported design were written in the user's own files.
 * {@code peerplan import} writes {@code NAME.import-sources.json} beside {@code NAME.peerplan.yaml};
 * {@code peerplan validate} reads it to locate each finding in the file the user wrote (the YAML
 * document of the object the finding names, or the router's {@code router bgp} line). Elements the
 * import invented (stand-ins) have no origin. A missing or unreadable file gives no origins: the
 * findings are still located in the design.
 */
final class ImportOrigins {
    static final String SUFFIX = ".import-sources.json";
    static final ImportOrigins NONE = new ImportOrigins(List.of());
    /** Made on first use: most designs have no origins file, and making a mapper costs every `validate` ~10 ms. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** A file and 1-based line (0 when only the file is known). */
    record Origin(String file, int line) {
        String render() {
            return file + (line > 0 ? ":" + line : "");
        }
    }

    private final List<ImportSource> sources;

    private ImportOrigins(List<ImportSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** {@code NAME.import-sources.json} for {@code NAME.peerplan.yaml}. */
    static Path beside(Path design) {
        String name = design.getFileName().toString();
        String base = name.endsWith(ProjectCodec.EXTENSION) ? name.substring(0, name.length() - ProjectCodec.EXTENSION.length()) : name;
        return design.resolveSibling(base + SUFFIX);
    }

    static String render(List<ImportSource> sources) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode all = root.putArray("sources");
        for (ImportSource s : sources) {
            ObjectNode n = all.addObject();
            n.put("element", s.element());
            if (s.object() != null) {
                n.put("object", s.object());
            }
            n.put("file", s.file());
            n.put("line", s.line());
        }
        return root.toPrettyString() + "\n";
    }

    /** The origins written beside the design, or none. */
    static ImportOrigins of(Path design) {
        Path file = beside(design);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        List<ImportSource> out = new ArrayList<>();
        try {
            for (JsonNode n : Json.MAPPER.readTree(file.toFile()).path("sources")) {
                String element = n.path("element").textValue();
                String from = n.path("file").textValue();
                if (element != null && printable(from) && n.path("line").canConvertToInt()) {
                    out.add(new ImportSource(element, n.path("object").textValue(), from, Math.max(0, n.path("line").intValue())));
                }
            }
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
        return new ImportOrigins(out);
    }

    /**
     * The sidecar travels with the design (in git, in a ticket), so it is untrusted like the design:
     * a file name is printed as is in the text report, so one holding control characters (a terminal
     * escape sequence, a line break that would forge a finding) or of absurd length is dropped.
     */
    private static boolean printable(String file) {
        if (file == null || file.isEmpty() || file.length() > 4096) {
            return false;
        }
        return file.chars().noneMatch(c -> {
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT;
        });
    }

    /**
     * Where the finding's subject was written: the object of one of its elements that the message
     * names first ({@code BGPPeer peer1 (cluster c): ...}), else the first of its elements with an
     * origin of its own; null when none has one.
     */
    Origin of(Finding f) {
        ImportSource named = null;
        int at = Integer.MAX_VALUE;
        for (ImportSource s : sources) {
            if (s.object() != null && f.elementIds().contains(s.element())) {
                int i = wordAt(f.message(), s.object());
                if (i >= 0 && i < at) {
                    named = s;
                    at = i;
                }
            }
        }
        if (named != null) {
            return new Origin(named.file(), named.line());
        }
        for (String id : f.elementIds()) {
            for (ImportSource s : sources) {
                if (s.object() == null && s.element().equals(id)) {
                    return new Origin(s.file(), s.line());
                }
            }
        }
        return null;
    }

    /**
     * Where {@code words} stand in the text as a whole name, or -1: not the start of a longer one
     * ({@code peer1} in {@code peer10}, {@code peer} in {@code peer.one}); a dot that ends a sentence ends the name.
     */
    private static int wordAt(String text, String words) {
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            int end = i + words.length();
            boolean longer = end < text.length() && (nameChar(text.charAt(end))
                    || text.charAt(end) == '.' && end + 1 < text.length() && nameChar(text.charAt(end + 1)));
            if (!longer) {
                return i;
            }
        }
        return -1;
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }
}
