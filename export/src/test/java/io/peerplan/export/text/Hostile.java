package io.peerplan.export.text;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A design with one text field replaced, read back past the loader's field-grammar check: what a
 * design built in memory (the designer, an import) could hold, so the exporters' own refusal is
 * what the tests see. Empty when the structure check refuses the edit (an id, a reference).
 */
final class Hostile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Hostile() {
    }

    static Optional<Topology> with(Topology base, String pointer, String value) {
        try {
            JsonNode root = YAML.readTree(ProjectCodec.write(base));
            JsonPointer p = JsonPointer.compile(pointer);
            JsonNode parent = root.at(p.head());
            String last = p.last().getMatchingProperty();
            if (parent instanceof ObjectNode o) {
                o.set(last, TextNode.valueOf(value));
            } else if (parent instanceof ArrayNode a) {
                a.set(Integer.parseInt(last), TextNode.valueOf(value));
            } else {
                throw new IllegalArgumentException("nothing at " + pointer);
            }
            byte[] bytes = YAML.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
            return Optional.of(ProjectCodec.readWithoutFieldGrammar("hostile", bytes));
        } catch (ProjectLoadException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
