package io.peerplan.model.validate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.peerplan.model.Topology;
import io.peerplan.model.io.ProjectCodec;
import io.peerplan.model.io.ProjectLoadException;
import io.peerplan.model.sample.Samples;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A project to validate, built by editing a bundled sample (or a YAML text) at JSON pointers and
 * reading the result back through the real {@link ProjectCodec}, so every fixture is a file the
 * application would load. Immutable: each edit returns a new fixture.
 */
final class Fixture {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final ObjectNode root;

    private Fixture(ObjectNode root) {
        this.root = root;
    }

    static Fixture sample(String name) {
        try {
            return new Fixture((ObjectNode) YAML.readTree(Samples.bytes(name)));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Fixture yaml(String text) {
        try {
            return new Fixture((ObjectNode) YAML.readTree(text));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sets (or appends, with index = size or "-") the value at the pointer; {@code yaml} is a YAML/JSON value. */
    Fixture set(String pointer, String yaml) {
        ObjectNode copy = root.deepCopy();
        JsonNode value;
        try {
            value = YAML.readTree(yaml);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(yaml, e);
        }
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            if (last.equals("-") || Integer.parseInt(last) == a.size()) {
                a.add(value);
            } else {
                a.set(Integer.parseInt(last), value);
            }
        } else {
            throw new IllegalArgumentException("no object or array at " + p.head() + " (setting " + pointer + ")");
        }
        return new Fixture(copy);
    }

    /** Appends many values to the array at the pointer in one copy (fixtures of thousands of elements). */
    Fixture append(String pointer, List<String> yamlValues) {
        ObjectNode copy = root.deepCopy();
        ArrayNode array = (ArrayNode) copy.at(pointer);
        for (String yaml : yamlValues) {
            try {
                array.add(YAML.readTree(yaml));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(yaml, e);
            }
        }
        return new Fixture(copy);
    }

    Fixture remove(String pointer) {
        ObjectNode copy = root.deepCopy();
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = copy.at(p.head());
        if (parent instanceof ObjectNode o) {
            o.remove(p.last().getMatchingProperty());
        } else if (parent instanceof ArrayNode a) {
            a.remove(Integer.parseInt(p.last().getMatchingProperty()));
        } else {
            throw new IllegalArgumentException("nothing at " + pointer);
        }
        return new Fixture(copy);
    }

    Topology topology() {
        try {
            // The loader refuses the first field that breaks its grammar; the rule tests need all of them.
            return ProjectCodec.readWithoutFieldGrammar("fixture", YAML.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
        } catch (ProjectLoadException | java.io.IOException e) {
            throw new IllegalStateException("fixture does not load: " + e.getMessage(), e);
        }
    }

    List<Finding> findings() {
        return Validator.validate(topology());
    }

    List<Finding> findings(String ruleId) {
        return findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
