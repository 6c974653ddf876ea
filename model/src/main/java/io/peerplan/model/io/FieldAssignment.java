package io.peerplan.model.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.peerplan.model.Topology;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ID.FIELD[.FIELD...]=VALUE}: one scripted edit of a project, as {@code peerplan set} takes it.
 * ID is any element's {@code id} (region, network, router, interface, cluster, peering...) or empty
 * for the design's own fields ({@code name=...}); FIELD is a field of that element's record as the
 * project file spells it. VALUE is text for a text field and a YAML value otherwise ({@code 64512},
 * {@code true}, {@code [a, b]}); an empty VALUE clears the field. The edit goes through the same
 * strict binding and checks as loading a file, so it can produce nothing a file could not hold.
 */
public final class FieldAssignment {
    private static final ObjectMapper MAPPER = ProjectMapper.create();

    private record Element(String id, String pointer, Class<?> type) {
        @Override
        public String toString() {
            return pointer.isEmpty() ? "the design" : type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " '" + id + "'";
        }
    }

    private FieldAssignment() {
    }

    /** The topology with the assignment made; an IllegalArgumentException's message names what is wrong and the closest names. */
    public static Topology apply(Topology t, String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("'" + assignment + "' is not ID.FIELD=VALUE (e.g. gateway-alfa-unoone.asn=64859)");
        }
        String target = assignment.substring(0, eq);
        String value = assignment.substring(eq + 1);
        Map<String, List<Element>> elements = new LinkedHashMap<>();
        collect(t, "", elements);
        String id = elements.keySet().stream().filter(k -> target.startsWith(k + ".")).max((a, b) -> a.length() - b.length()).orElse(null);
        Element element;
        List<String> fields;
        if (id != null) {
            List<Element> found = elements.get(id);
            if (found.size() > 1) {
                throw new IllegalArgumentException(assignment + ": '" + id + "' names " + found.size() + " elements (" + String.join(", ",
                        found.stream().map(Element::toString).toList()) + "); rename one so that ids are unique");
            }
            element = found.getFirst();
            fields = List.of(target.substring(id.length() + 1).split("\\.", -1));
        } else if (!target.contains(".") && has(Topology.class, target)) {
            element = new Element("", "", Topology.class);
            fields = List.of(target);
        } else {
            String guess = target.contains(".") ? target.substring(0, target.indexOf('.')) : target;
            String near = ErrorTranslator.nearest(guess, new ArrayList<>(elements.keySet()));
            throw new IllegalArgumentException(assignment + ": no element has the id '" + guess + "'"
                    + (near != null ? "; did you mean '" + near + "'?" : "; ids: " + String.join(", ", elements.keySet())));
        }
        return bind(t, assignment, element, fields, value);
    }

    private static Topology bind(Topology t, String assignment, Element element, List<String> fields, String value) {
        ObjectNode tree = MAPPER.valueToTree(t);
        JsonNode node = element.pointer().isEmpty() ? tree : tree.at(element.pointer());
        Class<?> type = element.type();
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            RecordComponent c = component(type, f);
            if (c == null) {
                String near = ErrorTranslator.nearest(f, new ArrayList<>(names(type)));
                throw new IllegalArgumentException(assignment + ": " + where(element, fields, i) + " has no field '" + f + "'"
                        + (near != null ? "; did you mean '" + near + "'?" : "; its fields: " + String.join(", ", names(type))));
            }
            ObjectNode object = (ObjectNode) node;
            if (i == fields.size() - 1) {
                JsonNode v = value(c.getType(), value);
                if (v.isNull()) {
                    object.remove(f);
                } else {
                    object.set(f, v);
                }
            } else if (c.getType().isRecord()) {
                node = object.has(f) ? object.get(f) : object.putObject(f);
                type = c.getType();
            } else {
                throw new IllegalArgumentException(assignment + ": '" + f + "' of " + where(element, fields, i)
                        + " holds a value, not fields; set it whole (" + String.join(".", fields.subList(0, i + 1)) + "=...)");
            }
        }
        try {
            Topology edited = MAPPER.treeToValue(tree, Topology.class);
            var problem = StructureCheck.check(edited);
            if (problem.isPresent()) {
                throw new IllegalArgumentException(assignment + ": " + problem.get().message());
            }
            // The loader refuses text a router config or shell line cannot hold; set must not write what the next load refuses.
            var grammar = io.peerplan.model.validate.input.InputRules.firstProblem(edited);
            if (grammar.isPresent()) {
                throw new IllegalArgumentException(assignment + ": " + grammar.get().message());
            }
            return edited;
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && iae.getMessage().startsWith(assignment)) {
                throw iae;
            }
            throw new IllegalArgumentException(assignment + ": " + ErrorTranslator.translate(assignment, e, null).problem());
        }
    }

    /** Text fields take VALUE as it is (a description may hold ": " or "#"); other fields read it as a YAML value. */
    private static JsonNode value(Class<?> type, String value) {
        if (value.isEmpty()) {
            return NullNode.instance;
        }
        if (type == String.class) {
            return TextNode.valueOf(value);
        }
        try {
            JsonNode v = MAPPER.readTree(value);
            return v == null || v.isMissingNode() ? NullNode.instance : v;
        } catch (IOException notYaml) {
            return TextNode.valueOf(value);
        }
    }

    private static String where(Element e, List<String> fields, int i) {
        return i == 0 ? e.toString() : e + " " + String.join(".", fields.subList(0, i));
    }

    /** Every record with an {@code id}, by id, with its JSON pointer in the project file. */
    private static void collect(Object o, String pointer, Map<String, List<Element>> out) {
        if (o instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), pointer + "/" + i, out);
            }
        } else if (o != null && o.getClass().isRecord()) {
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                Object v = read(c, o);
                if (c.getName().equals("id") && v instanceof String id && !pointer.isEmpty()) {
                    out.computeIfAbsent(id, k -> new ArrayList<>()).add(new Element(id, pointer, o.getClass()));
                }
                if (v instanceof List<?> || (v != null && v.getClass().isRecord())) {
                    collect(v, pointer + "/" + BlockBinder.jsonName(c), out);
                }
            }
        }
    }

    private static Object read(RecordComponent c, Object o) {
        try {
            return c.getAccessor().invoke(o);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("model records are public (module peerplan.model opens io.peerplan.model)", e);
        }
    }

    private static RecordComponent component(Class<?> type, String jsonName) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> BlockBinder.jsonName(c).equals(jsonName)).findFirst().orElse(null);
    }

    private static boolean has(Class<?> type, String jsonName) {
        return component(type, jsonName) != null && !jsonName.equals("schemaVersion");
    }

    private static List<String> names(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(BlockBinder::jsonName).toList();
    }

}
